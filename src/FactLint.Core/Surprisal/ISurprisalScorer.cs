namespace FactLint.Core.Surprisal;

/// <summary>Surprisal of one model token: -log2 p(token | text before it).</summary>
/// <param name="Start">Character offset of the token's first character in the scored text.</param>
/// <param name="End">Character offset just past the token (exclusive).</param>
/// <param name="Bits">Surprisal in bits.</param>
/// <param name="Rank">1 + how many vocabulary entries the model ranked above this token (1 = its first choice); 0 when unknown.</param>
public readonly record struct TokenSurprisal(int Start, int End, double Bits, int Rank = 0);

/// <summary>Which model produced a score, and where it ran.</summary>
public sealed record ScorerInfo(string Name, string Sha256, string Device);

/// <summary>
/// A causal language model that scores text. The engine depends on this interface only,
/// so FactLint.Core stays free of ONNX Runtime's native library.
/// </summary>
public interface ISurprisalScorer : IDisposable
{
    ScorerInfo Info { get; }

    /// <summary>Scores every token of <paramref name="text"/>; offsets refer to <paramref name="text"/>.</summary>
    IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// Scores several independent texts (each from its own start, no shared context); offsets refer to each text.
    /// Implementations batch them into few model calls and may cache the whole request as one entry.
    /// </summary>
    IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        texts.Select(t => Score(t, cancellationToken)).ToList();

    /// <summary>
    /// As <see cref="ScoreMany(IReadOnlyList{string}, CancellationToken)"/> for a caller that reads only the tokens of
    /// <c>texts[i]</c> ending after character <c>scoreFrom[i]</c> (the text before is context). An implementation may
    /// skip the others, and leave them out of the result, to save work.
    /// </summary>
    IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, IReadOnlyList<int> scoreFrom, CancellationToken cancellationToken = default) =>
        ScoreMany(texts, cancellationToken);
}
