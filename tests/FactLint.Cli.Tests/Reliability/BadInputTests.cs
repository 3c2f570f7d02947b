using System.Text;
using FactLint.Tests.Shared;

namespace FactLint.Cli.Tests.Reliability;

/// <summary>
/// Issue 7, bad input: every hostile file gets one clear line naming it (or is linted correctly), the run finishes,
/// the other file's finding is still reported, and nothing prints a stack trace.
/// </summary>
public sealed class BadInputTests
{
    private const string Good = "The API handled 18,412 requests.\n";
    private static readonly string[] Check = ["check", "--no-model", "--format", "concise", "-q", "."];

    private static CliResult RunWithGood(TempDir dir)
    {
        dir.Write("good.md", Good);
        var r = CliProcess.Run(dir.Path, Check);
        CliProcess.AssertOrderly(r);
        Assert.Contains(r.StdoutLines, l => l.StartsWith("good.md:1:17: FL101", StringComparison.Ordinal));
        return r;
    }

    private static string LineFor(CliResult r, string file) =>
        Assert.Single(r.StdoutLines, l => l.StartsWith(file + ":", StringComparison.Ordinal));

    [Fact]
    public void InvalidUtf8_IsOneFl900LineNamingTheFile()
    {
        using var dir = new TempDir();
        dir.WriteBytes("bad.md", [.. "We had "u8, 0xFF, 0xC0, .. " 42 users\n"u8]);
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("bad.md:1:1: FL900 [error] invalid UTF-8 at byte 7 (line 1); save the file as UTF-8", LineFor(r, "bad.md"));
    }

    [Fact]
    public void Utf16_WithAndWithoutBom_IsLinted()
    {
        using var dir = new TempDir();
        dir.WriteBytes("le-bom.md", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes("We sold 1,234 units.\n")]);
        dir.WriteBytes("be-bom.md", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes("We sold 1,234 units.\n")]);
        dir.WriteBytes("le-nobom.md", Encoding.Unicode.GetBytes("We sold 1,234 units.\n"));
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        foreach (var f in new[] { "le-bom.md", "be-bom.md", "le-nobom.md" })
            Assert.StartsWith($"{f}:1:9: FL101", LineFor(r, f));
    }

    [Fact]
    public void BinaryFileNamedMd_AndNulBytes_AreRefusedAsBinary()
    {
        using var dir = new TempDir();
        var random = new byte[8192];
        new Random(7).NextBytes(random);
        random[100] = 0;
        dir.WriteBytes("image.md", random);
        dir.WriteBytes("nul.md", [.. "text "u8, 0, .. " with 12 items\n"u8]);
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("image.md:1:1: FL900 [error] binary file (contains NUL bytes), not text", LineFor(r, "image.md"));
        Assert.Equal("nul.md:1:1: FL900 [error] binary file (contains NUL bytes), not text", LineFor(r, "nul.md"));
    }

    [Fact]
    public void File200MB_IsRefusedAtOnce()
    {
        using var dir = new TempDir();
        var chunk = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("Plain prose about 12 things and nothing else at all.\n\n", 1024 * 1024 / 54)));
        using (var stream = File.Create(Path.Combine(dir.Path, "huge.md")))
            while (stream.Length < 200L * 1024 * 1024) stream.Write(chunk);
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Equal("huge.md:1:1: FL900 [error] file is 200 MB, over the 32 MB limit", LineFor(r, "huge.md"));
        Assert.True(r.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(30)), $"took {r.Elapsed}");
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("lists")]
    [InlineData("mixed")]
    [InlineData("indented-lists")]
    public void TenThousandDeepNesting_IsOneFl900Line(string shape)
    {
        using var dir = new TempDir();
        var text = shape switch
        {
            "quotes" => string.Concat(Enumerable.Repeat("> ", 10_000)) + "deep 1,234 quote\n",
            "lists" => string.Concat(Enumerable.Repeat("- ", 10_000)) + "deep 1,234 item\n",
            // Quotes and lists alternating, 10,000 levels.
            "mixed" => string.Concat(Enumerable.Repeat("> - ", 5_000)) + "deep 1,234 item\n",
            // One level per line, 2 columns deeper each time (10,000 such levels would be a 100 MB file, so 2,000 levels
            // five times over: 20 MB). Before the indentation pre-check this did not finish in 90 s.
            _ => string.Join("\n", Enumerable.Range(0, 10_000).Select(i => new string(' ', 2 * (i % 2000)) + "- item 7")) + "\n",
        };
        dir.Write("deep.md", text);
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        Assert.True(r.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(30)), $"took {r.Elapsed}");
        var line = Assert.Single(r.StdoutLines.Where(l => l.StartsWith("deep.md:", StringComparison.Ordinal)).Take(1));
        Assert.True(line.Contains("FL900", StringComparison.Ordinal) && line.Contains("too deeply nested", StringComparison.Ordinal)
            || line.Contains("FL1", StringComparison.Ordinal), line);
    }

    [Fact]
    public void OneMegabyteSingleLine_IsLintedInBoundedTime()
    {
        using var dir = new TempDir();
        var sentence = "Plain words go here for a while and then we had 1,234 users in one of the many places we know. ";
        var line = string.Concat(Enumerable.Repeat(sentence, 1024 * 1024 / sentence.Length));
        dir.Write("long.md", line + "\n");
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        var findings = r.StdoutLines.Count(l => l.StartsWith("long.md:1:", StringComparison.Ordinal) && l.Contains("FL101", StringComparison.Ordinal));
        Assert.Equal(1024 * 1024 / sentence.Length, findings);
        Assert.True(r.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(60)), $"took {r.Elapsed}");
    }

    [Fact]
    public void SymlinkLoops_AreNotFollowed_AndANamedLoopIsOneLine()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, "sub"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "up"), dir.Path);       // folder loop
        File.CreateSymbolicLink(Path.Combine(dir.Path, "self.md"), Path.Combine(dir.Path, "self.md")); // file loop
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        Assert.Single(r.StdoutLines);

        var named = CliProcess.Run(dir.Path, "check", "--no-model", "--format", "concise", "-q", "self.md", "good.md");
        CliProcess.AssertOrderly(named);
        Assert.Equal(1, named.ExitCode);
        Assert.StartsWith("self.md:1:1: FL900", LineFor(named, "self.md"));
        Assert.Contains(named.StdoutLines, l => l.StartsWith("good.md:1:17: FL101", StringComparison.Ordinal));
    }

    [Fact]
    public void UnreadableFile_IsOneLine_OrReadWhenRunningAsRoot()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        var locked = dir.Write("locked.md", "We sold 1,234 units.\n");
        File.SetUnixFileMode(locked, UnixFileMode.None);
        bool readable;
        try { using (File.OpenRead(locked)) readable = true; }
        catch (UnauthorizedAccessException) { readable = false; }
        var r = RunWithGood(dir);
        Assert.Equal(1, r.ExitCode);
        // As root (containers, CI) chmod 000 does not stop reads: the file is then linted like any other.
        if (readable) Assert.StartsWith("locked.md:1:9: FL101", LineFor(r, "locked.md"));
        else Assert.StartsWith("locked.md:1:1: FL900 [error] cannot read file", LineFor(r, "locked.md"));
    }

    [Fact]
    public void MissingPath_IsAUsageErrorOnOneLineNamingIt()
    {
        // A mistyped path is the user's mistake, not a finding (issue 19): exit 2 before anything is linted.
        using var dir = new TempDir();
        dir.Write("good.md", Good);
        var r = CliProcess.Run(dir.Path, "check", "--no-model", "--format", "concise", "-q", "gone.md", "good.md");
        CliProcess.AssertOrderly(r);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("factlint: no such file or folder: gone.md", Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries)).Trim());
    }

    [Theory]
    [InlineData("{\"version\":1,\"findings\":[")]
    [InlineData("{\"version\":1,\"findings\":null}")]
    [InlineData("{\"version\":1,\"findings\":[null]}")]
    [InlineData("\u0000\u0001garbage")]
    public void CorruptedBaseline_IsExit2WithOneLineNamingIt(string content)
    {
        using var dir = new TempDir();
        dir.Write(".factlint.yaml", "baseline: .factlint-baseline.json\n");
        dir.Write(".factlint-baseline.json", content);
        dir.Write("good.md", Good);
        var r = CliProcess.Run(dir.Path, Check);
        CliProcess.AssertOrderly(r);
        Assert.Equal(2, r.ExitCode);
        var line = Assert.Single(r.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains(".factlint-baseline.json:1:1: FL906", line);
        Assert.Contains("not a FactLint baseline", line);
    }
}
