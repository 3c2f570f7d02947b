using FactLint.Core.Baselines;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.IO;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Reliability;

/// <summary>Issue 7: files that vanish or turn unreadable mid-run, model off, parallel and interrupted writes.</summary>
public sealed class RunResilienceTests
{
    private static LintRunResult Run(TempDir dir, Func<string, SourceText>? read = null, Func<global::FactLint.Core.Config.FactLintConfig, global::FactLint.Core.Surprisal.ISurprisalScorer?>? scorer = null) =>
        LintRun.Execute(new LintRunOptions { Inputs = ["."], WorkingDirectory = dir.Path, ReadSource = read, ScorerFor = scorer, MaxParallelism = 2 });

    [Fact]
    public void FileDeletedAfterDiscovery_IsOneFl900_OthersKept()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 20; i++) dir.Write($"f{i:D2}.md", "We had 1,234 users.\n");
        var victim = Path.Combine(dir.Path, "f07.md");
        var result = Run(dir, path =>
        {
            if (path == victim) File.Delete(path);
            return SourceFileReader.Read(path);
        });
        var gone = Assert.Single(result.Diagnostics, d => d.Path == victim);
        Assert.Equal((EngineCodes.FileUnreadable, "file not found"), (gone.Code, gone.Message));
        Assert.Equal(19, result.Diagnostics.Count(d => d.Code == "FL101"));
        Assert.False(result.ConfigurationFailed);
    }

    [Fact]
    public void FileTurningUnreadableMidRun_IsOneFl900_OthersKept()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 5; i++) dir.Write($"f{i}.md", "We had 1,234 users.\n");
        var victim = Path.Combine(dir.Path, "f2.md");
        // chmod 000 does not stop root, so the denial is simulated at the read itself, as the OS reports it.
        var result = Run(dir, path => path == victim ? throw new UnauthorizedAccessException($"Access to the path '{path}' is denied.") : SourceFileReader.Read(path));
        var denied = Assert.Single(result.Diagnostics, d => d.Path == victim);
        Assert.StartsWith("cannot read file (Access to the path", denied.Message);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == "FL101"));
    }

    [Fact]
    public void UnexpectedExceptionOnOneFile_IsReportedOnThatFile_OthersKept()
    {
        using var dir = new TempDir();
        for (int i = 0; i < 5; i++) dir.Write($"f{i}.md", "We had 1,234 users.\n");
        var victim = Path.Combine(dir.Path, "f3.md");
        var result = Run(dir, path => path == victim ? throw new InvalidOperationException("boom") : SourceFileReader.Read(path));
        var failed = Assert.Single(result.Diagnostics, d => d.Path == victim);
        Assert.Equal(EngineCodes.FileUnreadable, failed.Code);
        Assert.Contains("internal error while linting this file (InvalidOperationException: boom)", failed.Message);
        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == "FL101"));
    }

    [Fact]
    public void FilesWithoutAConfig_ShareOneProfile()
    {
        // Memory benchmark find: each file got its own profile (packs loaded and regexes compiled per file).
        using var dir = new TempDir();
        for (int i = 0; i < 50; i++) dir.Write($"d{i % 5}/f{i}.md", "We had 1,234 users.\n");
        var result = Run(dir);
        Assert.Single(result.Profiles);
        Assert.Equal(50, result.Diagnostics.Count(d => d.Code == "FL101"));
    }

    [Fact]
    public void ModelNone_RunsWithoutAScorer_AndLintsNormally()
    {
        using var dir = new TempDir();
        dir.Write(".factlint.yaml", "model: none\n");
        dir.Write("a.md", "We had 1,234 users.\n");
        global::FactLint.Core.Config.FactLintConfig? seen = null;
        var result = Run(dir, scorer: c => { seen = c; return c.Model == "none" ? null : throw new InvalidOperationException("model asked for"); });
        Assert.Equal("none", seen?.Model);
        Assert.Single(result.Diagnostics, d => d.Code == "FL101");
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("FL3", StringComparison.Ordinal) || d.Code == EngineCodes.ModelUnavailable);
    }

    [Fact]
    public async Task AtomicFile_ManyParallelWriters_ReadersSeeWholeContentsOnly()
    {
        using var dir = new TempDir();
        var target = Path.Combine(dir.Path, "shared.json");
        string Content(int writer, int round) => $"{{\"writer\":{writer},\"round\":{round},\"pad\":\"{new string((char)('A' + writer), 50_000 + writer * 997)}\"}}\n";
        AtomicFile.WriteAllText(target, Content(0, 0));
        using var stop = new CancellationTokenSource();
        int torn = 0, reads = 0;
        var reader = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                string text;
                try { text = File.ReadAllText(target); }
                catch (IOException) { continue; }
                Interlocked.Increment(ref reads);
                var writer = text.Length > 12 ? text[10] - '0' : -1;
                if (!text.EndsWith("\"}\n", StringComparison.Ordinal) || writer < 0 || writer > 7 || text.Count(c => c == (char)('A' + writer)) != 50_000 + writer * 997)
                    Interlocked.Increment(ref torn);
            }
        });
        // Start writing only once the reader runs; on an idle machine the writers could otherwise finish first.
        while (Volatile.Read(ref reads) == 0) Thread.Yield();
        Parallel.For(0, 8, new ParallelOptions { MaxDegreeOfParallelism = 8 }, w =>
        {
            for (int round = 0; round < 25; round++) AtomicFile.WriteAllText(target, Content(w, round));
        });
        stop.Cancel();
        await reader;
        Assert.Equal(0, torn);
        Assert.True(reads > 0);
        var final = File.ReadAllText(target);
        Assert.Contains(Enumerable.Range(0, 8).SelectMany(w => Enumerable.Range(0, 25).Select(r => Content(w, r))), c => c == final);
        Assert.Empty(Directory.GetFiles(dir.Path, "*.tmp", SearchOption.AllDirectories)); // no temp files left behind
    }

    [Fact]
    public void Baseline_ParallelSaves_LeaveOneWholeBaseline()
    {
        using var dir = new TempDir();
        var path = Path.Combine(dir.Path, Baseline.DefaultFileName);
        Parallel.For(0, 8, i =>
        {
            var findings = Enumerable.Range(0, 200 + i).Select(n => Diagnostic.ForFile(Path.Combine(dir.Path, $"f{n}.md"), 1, 1, "FL101", "unsourced-number", "m") with { Subject = $"{n} users" });
            for (int round = 0; round < 10; round++) Baseline.From(findings, dir.Path).Save(path);
        });
        var loaded = Baseline.Load(path);
        Assert.InRange(loaded.Count, 200, 207);
    }
}
