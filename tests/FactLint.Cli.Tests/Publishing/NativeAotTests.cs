using System.Runtime.InteropServices;
using FactLint.Cli.Tests.Reliability;
using FactLint.Tests.Shared;

namespace FactLint.Cli.Tests.Publishing;

/// <summary>A fact that needs a C toolchain for native AOT linking; skipped with the reason where there is none.</summary>
public sealed class NativeAotFactAttribute : FactAttribute
{
    public NativeAotFactAttribute()
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.OSArchitecture != Architecture.X64)
            Skip = "native AOT publish is checked on linux-x64 only";
        else if (NativeAotTests.Linker is null)
            Skip = "no clang or gcc on PATH (native AOT links with one)";
    }
}

/// <summary>
/// The CLI published as a native AOT executable gives exactly what the JIT build gives, model included. Reflection-based
/// code compiles under AOT and fails only when run (the tokenizer's vocab.json reader did), so this runs the real binary.
/// </summary>
public class NativeAotTests
{
    internal static string? Linker => new[] { "clang", "gcc" }.FirstOrDefault(OnPath);

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Any(d => File.Exists(Path.Combine(d, program)));

    [NativeAotFact]
    public void Aot_build_checks_and_scores_the_samples_like_the_jit_build()
    {
        var root = CliRunner.RepositoryRoot();
        using var dir = new TempDir();
        var aot = Path.Combine(PublishedOrShared(root, dir.Path), "factlint");
        Assert.True(File.Exists(aot), "no factlint executable in the publish output");

        var samples = Path.Combine(root, "samples");
        string[][] commands =
        [
            ["check", "--device", "cpu", "."],
            ["check", "--no-model", "--format", "sarif", "."],
            ["score", "--device", "cpu", "--format", "json", "llm-answer.md"],
        ];
        foreach (var args in commands)
        {
            var native = CliProcess.Run(CliProcess.StartInfo(aot, samples, args), MachinePace.HangGuard(TimeSpan.FromMinutes(2)));
            var jit = CliProcess.Run(samples, MachinePace.HangGuard(TimeSpan.FromMinutes(2)), args);
            CliProcess.AssertOrderly(native);
            Assert.Equal(jit.ExitCode, native.ExitCode);
            Assert.Equal(jit.Stdout, native.Stdout);
            Assert.DoesNotContain("surprisal skipped:", native.Stderr); // the model failed to load ("skipped (--no-model" is fine)
        }
    }

    /// <summary>
    /// The folder holding the native executable: the one tests/run-all.sh publishes in the background (FACTLINT_TEST_AOT),
    /// or a publish done here (own artifacts path: no shared obj/bin with the builds other test projects run meanwhile).
    /// </summary>
    private static string PublishedOrShared(string root, string scratch)
    {
        if (BackgroundStep.FolderFrom("FACTLINT_TEST_AOT") is { } shared)
        {
            var (exitCode, log) = BackgroundStep.Wait(shared);
            Assert.True(exitCode == 0, "native AOT publish (tests/run-all.sh) failed:\n" + log[^Math.Min(3000, log.Length)..]);
            return Path.Combine(shared, "out");
        }
        var output = Path.Combine(scratch, "out");
        var publish = WatchedProcess.Run(CliProcess.StartInfo("dotnet", root, [
            "publish", Path.Combine(root, "src", "FactLint.Cli", "FactLint.Cli.csproj"), "-c", "Release", "-r", "linux-x64",
            "-p:PublishAot=true", $"-p:CppCompilerAndLinker={Linker}", "--artifacts-path", Path.Combine(scratch, "artifacts"), "-o", output, "-nologo", "-v:n"]));
        Assert.True(publish.ExitCode == 0, publish.Output[^Math.Min(3000, publish.Output.Length)..]);
        return output;
    }
}
