using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Scoring;

/// <summary>A scored text with token ids kept (for reference comparisons and debugging).</summary>
public sealed record ScoredText(int[] TokenIds, IReadOnlyList<TokenSurprisal> Tokens);
