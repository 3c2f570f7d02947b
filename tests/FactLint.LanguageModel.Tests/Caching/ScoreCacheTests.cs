using FactLint.Core.Surprisal;
using FactLint.LanguageModel.Caching;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;

namespace FactLint.LanguageModel.Tests.Caching;

public sealed class ScoreCacheTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "factlint-cache-tests", Guid.NewGuid().ToString("N"));

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
            return text.Select((c, i) => new TokenSurprisal(i, i + 1, c / 10.0, i + 1)).ToArray();
        }
        public void Dispose() { }
    }

    private static TokenSurprisal[] Tokens(int n) => Enumerable.Range(0, n).Select(i => new TokenSurprisal(i, i + 1, i * 0.5 + 0.125)).ToArray();

    [Fact]
    public void A_request_of_several_texts_is_one_entry_that_splits_back_with_ranks()
    {
        var inner = new CountingScorer();
        using (var scorer = new CachingSurprisalScorer(inner, new ScoreCache(_dir), "ctx=8", ownsInner: false))
            scorer.ScoreMany(["ab", "", "cde"]);
        Assert.Single(Directory.GetFiles(_dir, "*.scores"));

        using var again = new CachingSurprisalScorer(inner, new ScoreCache(_dir), "ctx=8", ownsInner: false);
        var cached = again.ScoreMany(["ab", "", "cde"]);
        Assert.Equal(1, again.Hits);
        Assert.Equal(3, inner.Calls);
        Assert.Equal([2, 0, 3], cached.Select(c => c.Count));
        Assert.Equal(new TokenSurprisal(2, 3, 'e' / 10.0, 3), cached[2][2]);
        // Another split of the same characters is another request.
        again.ScoreMany(["abc", "de"]);
        Assert.Equal(1, again.Misses);
    }

    [Fact]
    public void Where_scoring_starts_is_part_of_the_key()
    {
        var inner = new CountingScorer();
        using var scorer = new CachingSurprisalScorer(inner, new ScoreCache(_dir), "ctx=8", ownsInner: false);
        scorer.ScoreMany(["ab", "cde"], [1, 0]);
        scorer.ScoreMany(["ab", "cde"], [1, 0]);
        Assert.Equal((1, 1), (scorer.Hits, scorer.Misses));
        // Same texts read from elsewhere (or whole) may be scored differently: not the same entry.
        scorer.ScoreMany(["ab", "cde"], [0, 0]);
        scorer.ScoreMany(["ab", "cde"]);
        Assert.Equal((1, 3), (scorer.Hits, scorer.Misses));
    }

    [Fact]
    public void Unchanged_text_is_not_scored_again()
    {
        var inner = new CountingScorer();
        using var scorer = new CachingSurprisalScorer(inner, new ScoreCache(_dir), "ctx=8");

        var first = scorer.Score("abc");
        var second = scorer.Score("abc");
        scorer.Score("abd");

        Assert.Equal(first, second);
        Assert.Equal(2, inner.Calls);
        Assert.Equal((1, 2), (scorer.Hits, scorer.Misses));
        // A fresh cache object on the same folder (a later run) also hits.
        using var later = new CachingSurprisalScorer(inner, new ScoreCache(_dir), "ctx=8");
        Assert.Equal(first, later.Score("abc"));
        Assert.Equal(2, inner.Calls);
    }

    [Fact]
    public void Window_settings_and_model_are_part_of_the_key()
    {
        var key = ScoreCacheKey.For(new string('a', 64), "ctx=8", "abc");
        Assert.NotEqual(key, ScoreCacheKey.For(new string('a', 64), "ctx=16", "abc"));
        Assert.NotEqual(key, ScoreCacheKey.For(new string('b', 64), "ctx=8", "abc"));
        Assert.NotEqual(key, ScoreCacheKey.For(new string('a', 64), "ctx=8", "abd"));
        Assert.Equal(key, ScoreCacheKey.For(new string('a', 64), "ctx=8", "abc"));
    }

    [Fact]
    public void Onnx_scores_round_trip_exactly()
    {
        using var folder = new TestModelFolder();
        using var scorer = new CachingSurprisalScorer(OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cpu, Threads = 1 }), new ScoreCache(_dir));
        const string text = "Revenue rose 12.5 % in 2024 — the € figure.";
        var cold = scorer.Score(text);
        var warm = scorer.Score(text);
        Assert.Equal(cold, warm);
        Assert.Equal(1, scorer.Hits);
    }

    [Theory]
    [InlineData("flip")]
    [InlineData("truncate")]
    [InlineData("extend")]
    [InlineData("empty")]
    public void Corrupt_entries_are_ignored_and_removed(string damage)
    {
        var log = new List<string>();
        var cache = new ScoreCache(_dir, log: log.Add);
        var key = ScoreCacheKey.For(new string('a', 64), "s", "text");
        cache.Put(key, Tokens(10));
        var path = cache.PathFor(key);
        var bytes = File.ReadAllBytes(path);
        byte[] damaged = damage switch
        {
            "flip" => bytes.Select((b, i) => i == 60 ? (byte)(b ^ 1) : b).ToArray(),
            "truncate" => bytes[..(bytes.Length - 7)],
            "extend" => [.. bytes, 0],
            _ => [],
        };
        File.WriteAllBytes(path, damaged);

        Assert.Null(cache.TryGet(key));
        Assert.False(File.Exists(path));
        Assert.Single(log);
    }

    [Fact]
    public void An_entry_under_another_key_is_not_returned()
    {
        var cache = new ScoreCache(_dir);
        var a = ScoreCacheKey.For(new string('a', 64), "s", "one");
        var b = ScoreCacheKey.For(new string('a', 64), "s", "two");
        cache.Put(a, Tokens(3));
        File.Copy(cache.PathFor(a), cache.PathFor(b));
        Assert.Null(cache.TryGet(b));
        Assert.Equal(Tokens(3), cache.TryGet(a));
    }

    [Fact]
    public void Concurrent_writers_and_readers_never_see_a_partial_entry()
    {
        var key = ScoreCacheKey.For(new string('a', 64), "s", "shared");
        var expected = Tokens(2000);
        var failures = 0;
        Parallel.For(0, 64, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            // Separate cache objects, as separate processes would have.
            var cache = new ScoreCache(_dir);
            if (i % 2 == 0) cache.Put(key, expected);
            else if (cache.TryGet(key) is { } got && !got.SequenceEqual(expected)) Interlocked.Increment(ref failures);
            cache.Put(ScoreCacheKey.For(new string('a', 64), "s", "own" + i), Tokens(i));
        });
        Assert.Equal(0, failures);
        Assert.Equal(expected, new ScoreCache(_dir).TryGet(key));
        Assert.Empty(Directory.GetFiles(_dir, "*.tmp"));
    }

    [Fact]
    public void Temp_files_of_killed_runs_are_never_read_and_are_cleaned_up_when_stale()
    {
        var cache = new ScoreCache(_dir);
        var key = ScoreCacheKey.For(new string('a', 64), "s", "x");
        Directory.CreateDirectory(_dir);
        // A run killed mid-write leaves only its temp file.
        var temp = Path.Combine(_dir, $".{key.Hex}.12345.{Guid.NewGuid():N}.tmp");
        File.WriteAllBytes(temp, ScoreCache.Encode(key, Tokens(5))[..20]);
        Assert.Null(cache.TryGet(key));

        File.SetLastWriteTimeUtc(temp, DateTime.UtcNow.AddHours(-2));
        cache.Evict();
        Assert.False(File.Exists(temp));
    }

    [Fact]
    public void Size_bound_evicts_the_least_recently_used()
    {
        long entrySize = ScoreCache.Encode(ScoreCacheKey.For("m", "s", "0"), Tokens(100)).Length;
        var cache = new ScoreCache(_dir, maxBytes: entrySize * 3);
        var keys = Enumerable.Range(0, 3).Select(i => ScoreCacheKey.For("m", "s", i.ToString())).ToArray();
        for (int i = 0; i < 3; i++)
        {
            cache.Put(keys[i], Tokens(100));
            File.SetLastWriteTimeUtc(cache.PathFor(keys[i]), DateTime.UtcNow.AddMinutes(-10 + i));
        }
        Assert.NotNull(cache.TryGet(keys[0]));   // a hit makes entry 0 the most recent

        cache.Put(ScoreCacheKey.For("m", "s", "new"), Tokens(100));

        Assert.True(File.Exists(cache.PathFor(keys[0])));
        Assert.False(File.Exists(cache.PathFor(keys[1])));
        Assert.True(File.Exists(cache.PathFor(keys[2])));
        Assert.True(Directory.GetFiles(_dir).Sum(f => new FileInfo(f).Length) <= entrySize * 3);
    }
}
