using FactLint.Core.Surprisal;
using FactLint.LanguageModel.Caching;
using FactLint.LanguageModel.Locating;
using FactLint.LanguageModel.Scoring;

namespace FactLint.LanguageModel;

/// <summary>One call for the CLI: locate the model, load it, and put the disk cache in front of it.</summary>
public static class ScorerFactory
{
    /// <param name="modelPath">--model; null searches as <see cref="ModelLocator"/> describes.</param>
    /// <param name="cacheDirectory">Score cache folder (e.g. .factlint/cache/scores); null for no cache.</param>
    /// <exception cref="ModelLoadException">No model found, or it cannot be loaded.</exception>
    public static ISurprisalScorer Create(string? modelPath, ScorerOptions? options = null, string? cacheDirectory = null, long cacheMaxBytes = 256L << 20)
    {
        options ??= ScorerOptions.Default;
        var scorer = OnnxSurprisalScorer.Load(ModelLocator.Locate(modelPath), options);
        return cacheDirectory is null ? scorer : new CachingSurprisalScorer(scorer, new ScoreCache(cacheDirectory, cacheMaxBytes, options.Log));
    }
}
