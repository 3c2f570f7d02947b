using FactLint.Core.Surprisal;
using FactLint.LanguageModel.Scoring;

namespace FactLint.LanguageModel.Caching;

/// <summary>An <see cref="ISurprisalScorer"/> that answers from a <see cref="ScoreCache"/> and scores only on a miss.</summary>
public sealed class CachingSurprisalScorer : ISurprisalScorer
{
    private readonly ISurprisalScorer _inner;
    private readonly string _settings;
    private readonly bool _ownsInner;

    /// <param name="settingsFingerprint">Everything besides model and text that changes the scores (window settings).</param>
    /// <param name="ownsInner">Dispose <paramref name="inner"/> with this scorer.</param>
    public CachingSurprisalScorer(ISurprisalScorer inner, ScoreCache cache, string settingsFingerprint, bool ownsInner = true)
    {
        _inner = inner;
        Cache = cache;
        _settings = settingsFingerprint;
        _ownsInner = ownsInner;
    }

    /// <summary>Wraps an ONNX scorer, keyed by its model SHA-256 and window settings.</summary>
    public CachingSurprisalScorer(OnnxSurprisalScorer inner, ScoreCache cache)
        : this(inner, cache, inner.SettingsFingerprint) { }

    public ScoreCache Cache { get; }
    public ScorerInfo Info => _inner.Info;
    private int _hits, _misses;
    public int Hits => Volatile.Read(ref _hits);
    public int Misses => Volatile.Read(ref _misses);

    public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default)
    {
        var key = ScoreCacheKey.For(_inner.Info.Sha256, _settings, text);
        if (Cache.TryGet(key) is { } cached)
        {
            Interlocked.Increment(ref _hits);
            return cached;
        }
        Interlocked.Increment(ref _misses);
        var tokens = _inner.Score(text, cancellationToken);
        Cache.TryPut(key, tokens);
        return tokens;
    }

    /// <summary>One cache entry per request: a file's claim passages are read and written together.</summary>
    public IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        ScoreMany(texts, null, cancellationToken);

    /// <summary>As above, scoring only the tokens past <paramref name="scoreFrom"/>; the offsets are part of the key.</summary>
    public IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, IReadOnlyList<int>? scoreFrom, CancellationToken cancellationToken = default)
    {
        var settings = scoreFrom is null ? _settings : $"{_settings};from={string.Join(",", scoreFrom)}";
        var key = ScoreCacheKey.For(_inner.Info.Sha256, settings, texts);
        if (Cache.TryGet(key) is { } cached && Split(cached, texts.Count) is { } split)
        {
            Interlocked.Increment(ref _hits);
            return split;
        }
        Interlocked.Increment(ref _misses);
        var scored = scoreFrom is null ? _inner.ScoreMany(texts, cancellationToken) : _inner.ScoreMany(texts, scoreFrom, cancellationToken);
        Cache.TryPut(key, Join(scored));
        return scored;
    }

    // The entry starts with one header per text whose Start is that text's token count, then all tokens in order.
    private static List<TokenSurprisal> Join(IReadOnlyList<IReadOnlyList<TokenSurprisal>> scored)
    {
        var flat = new List<TokenSurprisal>(scored.Count + scored.Sum(s => s.Count));
        foreach (var s in scored) flat.Add(new TokenSurprisal(s.Count, 0, 0));
        foreach (var s in scored) flat.AddRange(s);
        return flat;
    }

    private static IReadOnlyList<IReadOnlyList<TokenSurprisal>>? Split(IReadOnlyList<TokenSurprisal> flat, int count)
    {
        if (flat.Count < count) return null;
        var result = new IReadOnlyList<TokenSurprisal>[count];
        int at = count;
        for (int i = 0; i < count; i++)
        {
            int n = flat[i].Start;
            if (n < 0 || at + n > flat.Count) return null;
            var part = new TokenSurprisal[n];
            for (int k = 0; k < n; k++) part[k] = flat[at + k];
            result[i] = part;
            at += n;
        }
        return at == flat.Count ? result : null;
    }

    public void Dispose()
    {
        if (_ownsInner) _inner.Dispose();
    }
}
