using System.Diagnostics;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.IO;
using FactLint.Core.Documents;
using FactLint.Core.Output;
using FactLint.Core.Parsing;
using FactLint.Core.Rules;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Verification.Sources;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Yaml;

namespace FactLint.Core.Tests.Reliability;

/// <summary>Issue 22: hostile and unlucky input. One test (or more) per reproduced failure, numbered as in the issue.</summary>
public sealed class HostileInputTests
{
    private const string Good = "We served 1,847 customers last year.\n";

    private static LintRunResult Run(TempDir dir, params string[] inputs) =>
        LintRun.Execute(new LintRunOptions
        {
            Inputs = inputs.Length == 0 ? ["."] : inputs,
            WorkingDirectory = dir.Path,
            MaxParallelism = 2,
            ServicesFor = c => new LintServices(SourceLibrary.For(c)),
        });

    private static TempDir Repository()
    {
        var dir = new TempDir();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".git"));
        dir.Write("good.md", Good);
        return dir;
    }

    private static void AssertGoodKept(LintRunResult result) =>
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("good.md", StringComparison.Ordinal) && d.Code == "FL101");

    // 1. A link in the source store to a file outside the repository is FL205, never read, never quoted.
    [Fact]
    public void Item01_StoreSymlinkOutsideTheRepository_IsFl205_AndNeverRead()
    {
        using var outside = new TempDir();
        var secret = outside.Write("passwd", "root:x:0:0:SECRET-12.0%:/root:/bin/bash\n");
        using var dir = Repository();
        Directory.CreateDirectory(Path.Combine(dir.Path, ".factlint/sources"));
        File.CreateSymbolicLink(Path.Combine(dir.Path, ".factlint/sources/lnk.txt"), secret);
        dir.Write(".factlint/sources/sources.yaml", $"sources:\n  \"@lnk\": {{file: lnk.txt, sha256: {SourceManifest.Sha256Of(File.ReadAllBytes(secret))}}}\n");
        dir.Write("doc.md", "Rate 12.0% [@lnk].\n");

        var result = Run(dir);
        var refused = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("doc.md", StringComparison.Ordinal));
        Assert.Equal("FL205", refused.Code);
        Assert.Contains("outside the source store", refused.Message);
        Assert.DoesNotContain(result.Diagnostics, d => (d.Message + string.Join("", d.Notes)).Contains("SECRET", StringComparison.Ordinal));
        AssertGoodKept(result);

        var check = Assert.Single(new SourceStore(Path.Combine(dir.Path, ".factlint/sources")).Verify());
        Assert.False(check.Ok);
        Assert.Null(check.ActualSha256);
        Assert.Contains("outside the source store", check.Problem);
    }

    // 3. 40,000 '*' around a claim: nested emphasis 20,000 deep is walked without recursion.
    [Fact]
    public void Item03_FortyThousandStars_DoNotOverflowASmallStack()
    {
        var text = new string('*', 40000) + "x 12.5%" + new string('*', 40000) + "\n";
        ProseDocument? document = null;
        var thread = new Thread(() => document = MarkdownProseExtractor.Extract(new SourceText("e.md", text)), 16 * 1024 * 1024);
        thread.Start();
        Assert.True(thread.Join(TimeSpan.FromSeconds(60)));
        Assert.Contains(document!.Blocks, b => b.Text.Contains("12.5%", StringComparison.Ordinal));
    }

    [Fact]
    public void Item03_FortyThousandStars_InARun_KeepTheOtherFilesFindings()
    {
        using var dir = Repository();
        dir.Write("e.md", new string('*', 40000) + "x 12.5%" + new string('*', 40000) + "\n");
        var result = Run(dir);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("e.md", StringComparison.Ordinal) && d.Code == "FL102");
        AssertGoodKept(result);
    }

    // 4. A long line of figures printed the whole line under each finding: output grew with findings × line length.
    [Fact]
    public void Item04_LongLineOfFigures_TextOutputShowsAWindowPerFinding()
    {
        var line = string.Concat(Enumerable.Repeat("The value was 12.5% and 3,400 units. ", 20000));
        var source = new SourceText("long.md", line + "\n");
        var findings = Enumerable.Range(0, 2000).Select(i => Diagnostic.At(source, i * 37 + 14, i * 37 + 19, "FL102", "p", Severity.Warning, "m")).ToList();
        var writer = new StringWriter();
        new TextFormatter().Write(findings, new OutputContext("/", [], 1, "0"), writer);
        var lines = writer.ToString().Split('\n');
        Assert.True(writer.ToString().Length < 2000 * 600, $"{writer.ToString().Length} chars");
        // The caret is still under the claim, inside the window.
        int shown = Array.FindIndex(lines, l => l.StartsWith("1 | ", StringComparison.Ordinal) && l.Contains("…", StringComparison.Ordinal));
        Assert.True(shown > 0);
        var window = lines[shown][4..];
        var caret = lines[shown + 1];
        int at = caret.IndexOf('^') - 4;
        Assert.Equal("12.5%", window.Substring(at, 5));
    }

    // 5. Footnotes, link reference definitions and wide tables: linear, or refused in one linear pass.
    [Fact]
    public void Item05_TenThousandFootnotes_AreLintedInBoundedTime()
    {
        using var dir = Repository();
        dir.Write("fn.md", string.Concat(Enumerable.Range(0, 10000).Select(i => $"Claim {i} is {i}.5%.[^{i}] ")) + "\n\n"
            + string.Concat(Enumerable.Range(0, 10000).Select(i => $"[^{i}]: Source number {i}.\n")));
        // Quadratic before: over 100 s alone; about 2 s of CPU now. The bound is loose for a loaded test machine.
        var watch = Stopwatch.StartNew();
        var result = LintRun.Execute(new LintRunOptions { Inputs = ["."], WorkingDirectory = dir.Path, MaxParallelism = 2, FileTimeLimit = TimeSpan.FromMinutes(5) });
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == EngineCodes.FileUnreadable);
        AssertGoodKept(result);
    }

    [Fact]
    public void Item05_HundredThousandLinkDefinitions_AndAHugeTable_AreOneLineEach()
    {
        using var dir = Repository();
        dir.Write("refs.md", "See [ref1] for 12.5%.\n\n" + string.Concat(Enumerable.Range(0, 100000).Select(i => $"[ref{i}]: https://example.com/{i}\n")));
        var table = new System.Text.StringBuilder();
        for (int row = 0; row < 200; row++) table.Append('|').Append(string.Join("|", Enumerable.Repeat("x", 2000))).Append("|\n");
        dir.Write("table.md", table.ToString());
        var watch = Stopwatch.StartNew();
        var result = Run(dir);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
        Assert.Contains("more than 5,000 link reference definitions in one block (from line 3)",
            Assert.Single(result.Diagnostics, d => d.Path.EndsWith("refs.md", StringComparison.Ordinal)).Message);
        Assert.StartsWith("tables with more than 250,000 cells",
            Assert.Single(result.Diagnostics, d => d.Path.EndsWith("table.md", StringComparison.Ordinal)).Message);
        AssertGoodKept(result);
    }

    [Fact]
    public void Item05_ManyDefinitionsSeparatedByBlankLines_AreLinted()
    {
        var text = "See [ref1] for 12.5%.\n\n" + string.Concat(Enumerable.Range(0, 6000).Select(i => $"[ref{i}]: https://example.com/{i}\n\n"));
        var document = MarkdownProseExtractor.Extract(new SourceText("refs.md", text));
        Assert.Contains(document.Blocks, b => b.Citations.Count > 0);
    }

    // 6 and 7. A named pipe and a link to /dev/zero are refused by type, before any open or read.
    [Fact]
    public void Item06_NamedPipes_AreRefusedWithoutOpening_AsDocumentConfigRuleAndSource()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = Repository();
        MakeFifo(Path.Combine(dir.Path, "x.md"));
        var watch = Stopwatch.StartNew();
        var read = Assert.Throws<SourceReadException>(() => SourceFileReader.Read(Path.Combine(dir.Path, "x.md")));
        Assert.Equal("not a regular file (a named pipe); not read", read.Problem);

        var result = Run(dir);
        var line = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("x.md", StringComparison.Ordinal));
        Assert.Equal(EngineCodes.FileUnreadable, line.Code);
        AssertGoodKept(result);

        MakeFifo(Path.Combine(dir.Path, "data.txt"));
        dir.Write("doc.md", "Rate 12.0% [data](data.txt).\n");
        var cited = Run(dir, "doc.md");
        var fl201 = Assert.Single(cited.Diagnostics, d => d.Code == "FL201");
        Assert.Contains("named pipe", fl201.Message);

        var config = Path.Combine(dir.Path, "sub", FactLintConfig.FileName);
        Directory.CreateDirectory(Path.GetDirectoryName(config)!);
        MakeFifo(config);
        var problem = Assert.Single(Assert.Throws<YamlLoadException>(() => ConfigLoader.Load(config)).Problems);
        Assert.Contains("named pipe", problem.Message);

        dir.Write("pack/pack.yaml", "name: p\n");
        MakeFifo(Path.Combine(dir.Path, "pack/rule.yaml"));
        var problems = new List<YamlProblem>();
        Assert.Null(PackLoader.TryLoad(Path.Combine(dir.Path, "pack"), problems));
        Assert.Contains(problems, p => p.Message.Contains("named pipe", StringComparison.Ordinal));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Fact]
    public void Item07_LinkToDevZero_IsRefusedAsADevice()
    {
        if (!File.Exists("/dev/zero")) return;
        using var dir = Repository();
        File.CreateSymbolicLink(Path.Combine(dir.Path, "z.md"), "/dev/zero");
        var result = Run(dir, "z.md", "good.md");
        var line = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("z.md", StringComparison.Ordinal));
        Assert.Equal("not a regular file (a device); not read", line.Message);
        AssertGoodKept(result);
        Assert.Equal(FileKind.CharacterDevice, SafeFile.KindOf("/dev/zero"));
        Assert.Equal(FileKind.Regular, SafeFile.KindOf(Path.Combine(dir.Path, "good.md")));
    }

    // 8. A line fragment past int.MaxValue is a missing section (FL201), and the document's other findings stay.
    [Fact]
    public void Item08_HugeLineFragment_IsNotFound_AndTheDocumentKeepsItsOtherFindings()
    {
        using var dir = Repository();
        dir.Write("data.txt", "one\ntwo\n");
        dir.Write("doc.md", "Rate 12.0% [data](data.txt#L99999999999). Count 1,234 [data](data.txt#L1-L99999999999).\n\nWe had 5,678 users.\n");
        var result = Run(dir, "doc.md");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == EngineCodes.FileUnreadable);
        Assert.Contains(result.Diagnostics, d => d.Code == "FL201" && d.Message.Contains("L99999999999", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Code == "FL101" && d.Message.Contains("5,678", StringComparison.Ordinal));
    }

    // 10. A cited source over the limit is refused before reading (it took 3.1 GB at 21 MB).
    [Fact]
    public void Item10_HugeCitedSource_IsRefusedBeforeReading()
    {
        using var dir = Repository();
        using (var stream = File.Create(Path.Combine(dir.Path, "big.txt"))) stream.SetLength(SourceLibrary.MaxSourceBytes + 1);
        dir.Write("doc.md", "Rate 12.0% [data](big.txt).\n");
        var result = Run(dir, "doc.md", "good.md");
        var fl201 = Assert.Single(result.Diagnostics, d => d.Code == "FL201");
        Assert.Contains("over the 4 MB limit", fl201.Message);
        AssertGoodKept(result);
        Assert.False(Directory.Exists(Path.Combine(dir.Path, ".factlint/cache/sources")));
    }

    // 14. A config that is a folder is an error, not skipped; lists of the wrong type are errors too.
    [Theory]
    [InlineData("packs: core\n", "'packs' must be a list")]
    [InlineData("include: 5\n", "'include' must be a list")]
    [InlineData("exclude: vendor/**\n", "'exclude' must be a list")]
    public void Item14_ConfigValuesOfTheWrongType_AreConfigErrors(string yaml, string expected)
    {
        using var dir = Repository();
        dir.Write(FactLintConfig.FileName, yaml);
        var line = Assert.Single(Assert.Throws<YamlLoadException>(() => Run(dir)).Problems);
        Assert.Equal(EngineCodes.ConfigInvalid, line.Code);
        Assert.Contains(expected, line.Message);
    }

    [Fact]
    public void Item14_ConfigThatIsAFolder_IsAConfigError()
    {
        using var dir = Repository();
        Directory.CreateDirectory(Path.Combine(dir.Path, FactLintConfig.FileName));
        var line = Assert.Single(Assert.Throws<YamlLoadException>(() => Run(dir)).Problems);
        Assert.Equal((EngineCodes.ConfigInvalid, "config is a folder, not a file"), (line.Code, line.Message));
    }

    // Every file in isolation: past its time budget a file is one FL900 line, and the run goes on.
    [Fact]
    public void FileOverItsTimeBudget_IsOneFl900_OthersKept()
    {
        using var dir = Repository();
        dir.Write("slow.md", "We had 2,222 users.\n");
        var scorer = new StallingScorer("slow.md");
        var result = LintRun.Execute(new LintRunOptions
        {
            Inputs = ["."], WorkingDirectory = dir.Path, MaxParallelism = 2, ScorerFor = _ => scorer, FileTimeLimit = TimeSpan.FromSeconds(1),
        });
        var line = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("slow.md", StringComparison.Ordinal));
        Assert.Equal("took longer than the 1 s limit for one file; not linted", line.Message);
        AssertGoodKept(result);
    }

    // 9. A model that fails on a file (a context_length the network cannot take) cost that file every finding.
    [Fact]
    public void Item09_ModelFailingOnOneFile_IsOneFl907_AndTheFileKeepsItsFindings()
    {
        using var dir = Repository();
        dir.Write("bad.md", "We had 3,333 users.\n");
        var result = LintRun.Execute(new LintRunOptions { Inputs = ["."], WorkingDirectory = dir.Path, MaxParallelism = 2, ScorerFor = _ => new ThrowingScorer() });
        var onBad = result.Diagnostics.Where(d => d.Path.EndsWith("bad.md", StringComparison.Ordinal)).ToList();
        Assert.Contains(onBad, d => d.Code == "FL101");
        var fl907 = Assert.Single(onBad, d => d.Code == EngineCodes.ModelUnavailable);
        Assert.Contains("surprisal skipped for it", fl907.Message);
        AssertGoodKept(result);
    }

    private sealed class ThrowingScorer : ISurprisalScorer
    {
        public ScorerInfo Info => new("throws", "0", "cpu");

        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default) =>
            text.Contains("3,333", StringComparison.Ordinal) ? throw new InvalidOperationException("index 100000 out of range [0, 256)") : [];

        public void Dispose() { }
    }

    private static void MakeFifo(string path)
    {
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>A scorer that never answers for one text, until the run's budget for that file cancels it.</summary>
    private sealed class StallingScorer(string marker) : ISurprisalScorer
    {
        public ScorerInfo Info => new("stall", "0", "cpu");

        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default)
        {
            if (text.Contains("2,222", StringComparison.Ordinal) && marker.Length > 0) Task.Delay(Timeout.Infinite, cancellationToken).Wait(cancellationToken);
            return [];
        }

        public void Dispose() { }
    }
}
