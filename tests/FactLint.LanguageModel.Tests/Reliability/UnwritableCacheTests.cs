using FactLint.Core.Surprisal;
using FactLint.LanguageModel.Caching;

namespace FactLint.LanguageModel.Tests.Reliability;

/// <summary>Issue 22, item 2: a cache problem costs speed, never findings (it wiped out every finding of a run).</summary>
public sealed class UnwritableCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "factlint-unwritable-cache", Guid.NewGuid().ToString("N"));

    public UnwritableCacheTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }

    private sealed class CountingScorer : ISurprisalScorer
    {
        public int Calls;
        public ScorerInfo Info { get; } = new("fake", new string('a', 64), "cpu");
        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Calls);
            return text.Select((c, i) => new TokenSurprisal(i, i + 1, c / 10.0)).ToArray();
        }
        public void Dispose() { }
    }

    [Fact]
    public void CacheFolderThatIsAFile_ScoresWithoutACache_WithOneWarning()
    {
        // `touch .factlint/cache`: the cache folder's parent is a file, so every write fails.
        var blocker = Path.Combine(_dir, "cache");
        File.WriteAllText(blocker, "");
        var log = new List<string>();
        var inner = new CountingScorer();
        using var scorer = new CachingSurprisalScorer(inner, new ScoreCache(Path.Combine(blocker, "scores"), log: line => { lock (log) log.Add(line); }), "ctx=8");

        var texts = Enumerable.Range(0, 40).Select(i => $"text number {i}").ToList();
        var results = new IReadOnlyList<TokenSurprisal>[texts.Count];
        Parallel.For(0, texts.Count, i => results[i] = scorer.Score(texts[i]));

        for (int i = 0; i < texts.Count; i++) Assert.Equal(texts[i].Length, results[i].Count);
        Assert.Equal(texts.Count, inner.Calls);
        var warning = Assert.Single(log);
        Assert.Contains("cannot be written", warning);
        Assert.Contains("scoring without a cache", warning);
        Assert.True(scorer.Cache.Disabled);
    }

    [Fact]
    public void ClaimPassagesThroughAnUnwritableCache_AreScored_WithOneWarning()
    {
        // The engine scores a file's claim passages with ScoreMany; its write failed the file (FL907 on every file).
        var blocker = Path.Combine(_dir, "cache");
        File.WriteAllText(blocker, "");
        var log = new List<string>();
        var inner = new CountingScorer();
        using var scorer = new CachingSurprisalScorer(inner, new ScoreCache(Path.Combine(blocker, "scores"), log: line => { lock (log) log.Add(line); }), "ctx=8");

        var first = scorer.ScoreMany(["one passage", "two"], [0, 0]);
        var second = scorer.ScoreMany(["another file"], [0]);

        Assert.Equal([11, 3], first.Select(p => p.Count));
        Assert.Equal(12, Assert.Single(second).Count);
        Assert.Contains("cannot be written", Assert.Single(log));
        Assert.True(scorer.Cache.Disabled);
    }

    [Fact]
    public void CacheLinkToAnUnwritablePlace_ScoresWithoutACache()
    {
        if (OperatingSystem.IsWindows()) return;
        // A link to a file (writes into it fail whoever runs, root included).
        var target = Path.Combine(_dir, "not-a-folder");
        File.WriteAllText(target, "");
        var link = Path.Combine(_dir, "scores");
        File.CreateSymbolicLink(link, target);
        var log = new List<string>();
        var inner = new CountingScorer();
        using var scorer = new CachingSurprisalScorer(inner, new ScoreCache(link, log: log.Add), "ctx=8");
        Assert.Equal(3, scorer.Score("abc").Count);
        Assert.Equal(3, scorer.Score("abc").Count);
        Assert.Equal(2, inner.Calls);
        Assert.Single(log);
    }
}

/// <summary>Issue 22, item 9: model.yaml gets the alias limits packs and configs have (a bomb took 30 s).</summary>
public sealed class HostileManifestTests
{
    [Fact]
    public void AliasBombInModelYaml_IsRefusedQuickly()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factlint-manifest-bomb", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var yaml = new System.Text.StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
            for (int i = 1; i < 8; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
            yaml.Append("? *a7\n: boom\nname: bomb\n");
            File.WriteAllText(Path.Combine(dir, "model.yaml"), yaml.ToString());
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var e = Assert.Throws<FactLint.LanguageModel.ModelLoadException>(() => FactLint.LanguageModel.Manifest.ModelManifest.Load(dir));
            Assert.Contains("alias expansion limit", e.Message);
            Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
