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

    public void Dispose()
    {
        if (_ownsInner) _inner.Dispose();
    }
}
