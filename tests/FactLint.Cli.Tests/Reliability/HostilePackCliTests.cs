using FactLint.Tests.Shared;

namespace FactLint.Cli.Tests.Reliability;

/// <summary>Issue 7: a broken or hostile pack stops the run with exit 2 and FL9xx lines naming file and line; no stack trace.</summary>
public sealed class HostilePackCliTests
{
    [Fact]
    public void BrokenPack_IsExit2_WithFileAndLineOnStderr()
    {
        using var dir = new TempDir();
        dir.Write(".factlint.yaml", "packs: [core, ./pack]\n");
        dir.Write("pack/pack.yaml", "name: hostile\nclams: {}\n");
        dir.Write("pack/rule.yaml", "code: FL150\nextends: unsourced-claim\nmessage: m\nlevel: [warning]\nexceptions: ['(unclosed']\n");
        dir.Write("good.md", "The API handled 18,412 requests.\n");
        var r = CliProcess.Run(dir.Path, "check", "--no-model", "--format", "concise", "-q", ".");
        CliProcess.AssertOrderly(r);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var lines = r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Contains(lines, l => l.StartsWith("pack/pack.yaml:2:1: FL902", StringComparison.Ordinal) && l.Contains("did you mean 'claims'", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("pack/rule.yaml:4:8: FL905", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith("pack/rule.yaml:5:", StringComparison.Ordinal) && l.Contains("FL903", StringComparison.Ordinal));
    }

    [Fact]
    public void YamlBombInConfig_IsExit2_Quickly()
    {
        using var dir = new TempDir();
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(1, 8).Select(i => $"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n")) + "? *a8\n: boom\n";
        dir.Write(".factlint.yaml", yaml);
        dir.Write("good.md", "The API handled 18,412 requests.\n");
        var r = CliProcess.Run(dir.Path, MachinePace.HangGuard(TimeSpan.FromSeconds(60)), "check", "--no-model", "--format", "concise", "-q", ".");
        CliProcess.AssertOrderly(r);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(".factlint.yaml:", r.Stderr);
        Assert.Contains("alias expansion limit", r.Stderr);
    }
}
