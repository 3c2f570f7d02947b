using System.Diagnostics;

namespace FactLint.Cli.Tests.Reliability;

/// <summary>
/// Issue 22 through the real program: each reproduction ends in seconds with one clear line per bad file, the right
/// exit code, the good file's finding intact, and no stack trace.
/// </summary>
public sealed class HostileInputCliTests
{
    private const string Good = "The API handled 18,412 requests.\n";
    private const string GoodLine = "good.md:1:17: FL101";

    private static CliResult Check(TempDir dir, params string[] args)
    {
        dir.Write("good.md", Good);
        var r = CliProcess.Run(dir.Path, TimeSpan.FromSeconds(60), ["check", "--no-model", "-q", .. args]);
        CliProcess.AssertOrderly(r);
        return r;
    }

    // 3. The stack overflow (exit 134, thousands of frames) killed every other file's findings.
    [Fact]
    public void Item03_FortyThousandStars_AreLinted_AndTheGoodFileKeepsItsFinding()
    {
        using var dir = new TempDir();
        dir.Write("e.md", new string('*', 40000) + "x 12.5%" + new string('*', 40000) + "\n");
        var r = Check(dir, "--format", "concise", "e.md", "good.md");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(r.StdoutLines, l => l.StartsWith(GoodLine, StringComparison.Ordinal));
        Assert.Contains(r.StdoutLines, l => l.StartsWith("e.md:1:", StringComparison.Ordinal) && l.Contains("FL102", StringComparison.Ordinal));
    }

    // 6. A named pipe in the tree hung the run forever.
    [Fact]
    public void Item06_NamedPipeInTheTree_IsOneLine()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(dir.Path, "x.md")])) mkfifo.WaitForExit();
        var r = Check(dir, "--format", "concise", ".");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("x.md:1:1: FL900 [error] not a regular file (a named pipe); not read", r.StdoutLines);
        Assert.Contains(r.StdoutLines, l => l.StartsWith(GoodLine, StringComparison.Ordinal));
    }

    // 11. File names are data: a newline or "name:9:9: …" cannot forge a finding or a GitHub workflow command.
    [Theory]
    [InlineData("text")]
    [InlineData("concise")]
    [InlineData("msbuild")]
    public void Item11_NewlinesAndColonsInFileNames_AreEscaped(string format)
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        dir.Write("a\n::error file=x::forged.md", Good);
        dir.Write("b:9:9: FL999 [error] forged.md", Good);
        var r = Check(dir, "--format", format, ".");
        Assert.Equal(1, r.ExitCode);
        Assert.DoesNotContain(r.Stdout.Split('\n'), l => l.StartsWith("::", StringComparison.Ordinal) || l.StartsWith("b:9", StringComparison.Ordinal));
        Assert.Contains("a%0A%3A%3Aerror file=x%3A%3Aforged.md", r.Stdout);
        Assert.Contains("b%3A9%3A9%3A FL999 [error] forged.md", r.Stdout);
    }

    // 12. An output path the user can fix is a usage error (2) with one line, not "internal error" (3).
    [Fact]
    public void Item12_OutputToAFolder_IsExit2WithOneLine()
    {
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "outdir"));
        var r = Check(dir, "good.md", "-o", "outdir");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("factlint: cannot write the report to 'outdir'", line);
    }

    [Fact]
    public void Item12_OutputToAFullDevice_IsExit2WithOneLine()
    {
        if (!File.Exists("/dev/full")) return;
        using var dir = new TempDir();
        var r = Check(dir, "good.md", "-o", "/dev/full");
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("factlint: cannot write the report to '/dev/full'", line);
    }

    // 13. Under MSBuild (which passes --unreadable-level warning) a binary .md is a warning, not a failed build.
    [Fact]
    public void Item13_UnreadableFile_IsAWarning_WithUnreadableLevelWarning()
    {
        using var dir = new TempDir();
        dir.WriteBytes("bin.md", [.. "text "u8, 0, .. " more\n"u8]);
        var r = Check(dir, "--format", "msbuild", "--unreadable-level", "warning", "bin.md", "good.md");
        Assert.Contains(r.StdoutLines, l => l.EndsWith("bin.md(1,1): warning FL900: binary file (contains NUL bytes), not text", StringComparison.Ordinal));
        Assert.Contains(r.StdoutLines, l => l.Contains("good.md(1,17): warning FL101", StringComparison.Ordinal));

        var strict = Check(dir, "--format", "msbuild", "bin.md");
        Assert.Contains(strict.StdoutLines, l => l.EndsWith("bin.md(1,1): error FL900: binary file (contains NUL bytes), not text", StringComparison.Ordinal));
    }

    // 14. A config that is a folder, and lists given as single values, are config errors: exit 2, one line.
    [Theory]
    [InlineData(null, ".factlint.yaml:1:1: FL906 config is a folder, not a file")]
    [InlineData("packs: core\n", ": FL906 'packs' must be a list, such as [core], not a single value")]
    [InlineData("include: 5\n", ": FL906 'include' must be a list, such as [5], not a single value")]
    public void Item14_BadConfig_IsExit2WithOneLine(string? yaml, string expected)
    {
        using var dir = new TempDir();
        if (yaml is null) Directory.CreateDirectory(Path.Combine(dir.Path, ".factlint.yaml"));
        else dir.Write(".factlint.yaml", yaml);
        var r = Check(dir, "good.md");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(".factlint.yaml:1:", line);
        Assert.EndsWith(expected, line);
    }

    // --shard i/n: the parts together give exactly the findings of one run, and a bad value is a usage error.
    [Fact]
    public void Shards_TogetherGiveTheSingleRunsFindings()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 30; i++) dir.Write($"d{i / 10}/f{i:D2}.md", $"We had {1000 + i:N0} users.\n");
        var whole = Check(dir, "--format", "concise", ".").StdoutLines.Order(StringComparer.Ordinal).ToList();
        var parts = new List<string>();
        foreach (var part in new[] { "1/3", "2/3", "3/3" })
        {
            var lines = Check(dir, "--format", "concise", "--shard", part, ".").StdoutLines;
            Assert.NotEmpty(lines);
            parts.AddRange(lines);
        }
        Assert.Equal(whole, parts.Order(StringComparer.Ordinal).ToList());

        var bad = Check(dir, "--shard", "4/3", ".");
        Assert.Equal(2, bad.ExitCode);
        Assert.Contains("--shard 4/3", bad.Stderr);
    }
}
