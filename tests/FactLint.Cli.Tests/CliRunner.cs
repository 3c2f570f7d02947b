using System.Diagnostics;

namespace FactLint.Cli.Tests;

/// <summary>Runs the built factlint program as a user would, and captures what it prints.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static string ProgramPath => Path.Combine(AppContext.BaseDirectory, "factlint.dll");

    public static Result Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(ProgramPath);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var guard = global::FactLint.Tests.Shared.MachinePace.HangGuard(TimeSpan.FromMinutes(2));
        if (!process.WaitForExit(guard)) { process.Kill(true); throw new TimeoutException($"factlint did not finish in {guard.TotalSeconds:F0} s (hang guard)"); }
        return new Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactLint.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("FactLint.sln not found");
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factlint-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
