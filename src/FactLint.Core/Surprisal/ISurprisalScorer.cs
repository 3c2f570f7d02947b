namespace FactLint.Core.Surprisal;

/// <summary>Surprisal of one model token: -log2 p(token | text before it).</summary>
/// <param name="Start">Character offset of the token's first character in the scored text.</param>
/// <param name="End">Character offset just past the token (exclusive).</param>
/// <param name="Bits">Surprisal in bits.</param>
public readonly record struct TokenSurprisal(int Start, int End, double Bits);

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
}
