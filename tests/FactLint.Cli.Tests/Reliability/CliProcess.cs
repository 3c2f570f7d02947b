using System.Diagnostics;
using FactLint.Tests.Shared;

namespace FactLint.Cli.Tests.Reliability;

/// <summary>What one run of the real <c>factlint</c> program gave.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr, TimeSpan Elapsed)
{
    public string All => Stdout + Stderr;
    public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs the built CLI (factlint.dll beside the tests) as a separate process: real exit codes, real crashes.</summary>
internal static class CliProcess
{
    public static string DllPath => Path.Combine(AppContext.BaseDirectory, "factlint.dll");

    public static Process Start(string workingDirectory, params string[] args) => Process.Start(StartInfo("dotnet", workingDirectory, [DllPath, .. args]))!;

    /// <summary>Runs factlint with a hang guard: 90 s on an idle 2-core machine, stretched on a slower or busier one.</summary>
    public static CliResult Run(string workingDirectory, params string[] args) => Run(workingDirectory, MachinePace.HangGuard(TimeSpan.FromSeconds(90)), args);

    public static CliResult Run(string workingDirectory, TimeSpan timeout, params string[] args) =>
        Run(StartInfo("dotnet", workingDirectory, [DllPath, .. args]), timeout);

    /// <summary>Any program (a published factlint, dotnet publish), with output captured and FACTLINT_DEBUG unset.</summary>
    public static ProcessStartInfo StartInfo(string program, string workingDirectory, IEnumerable<string> args)
    {
        var psi = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment.Remove("FACTLINT_DEBUG");
        return psi;
    }

    public static CliResult Run(ProcessStartInfo start, TimeSpan timeout)
    {
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} did not finish in {timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return new CliResult(process.ExitCode, stdout.Result, stderr.Result, watch.Elapsed);
    }

    /// <summary>The run ended in an orderly way: no stack trace, no "Unhandled exception", no internal error.</summary>
    public static void AssertOrderly(CliResult r)
    {
        Assert.DoesNotContain("Unhandled exception", r.All);
        Assert.DoesNotContain("   at ", r.All);
        Assert.DoesNotContain("internal error", r.All);
        Assert.InRange(r.ExitCode, 0, 2);
    }
}

/// <summary>A unique folder under /tmp (reliab-*), removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reliab-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text) => WriteBytes(relative, System.Text.Encoding.UTF8.GetBytes(text));

    public string WriteBytes(string relative, byte[] bytes)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            foreach (var entry in Directory.EnumerateFileSystemEntries(Path, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint }))
                if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
