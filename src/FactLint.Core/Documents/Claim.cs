
namespace FactLint.Core.Documents;

/// <summary>The kinds of precise claim FactLint knows. Rules select claims by kind.</summary>
public enum ClaimKind
{
    Number,
    Percentage,
    Money,
    Date,
    Version,
    Quote,
    Statistic,
}

/// <summary>
/// The claim-need stage's verdict: <see cref="FirstParty"/> claims (the document's own requirements, settings, release history,
/// examples) need no outside source. <see cref="Reason"/> is short and stable (<c>first-party: version requirement</c>).
/// </summary>
public readonly record struct ClaimNeed(bool FirstParty, string? Reason)
{
    public static ClaimNeed NotNeeded(string reason) => new(true, reason);
    public static ClaimNeed Needed(string reason) => new(false, reason);
}

/// <summary>A precise claim found in a prose block. <see cref="Start"/>/<see cref="End"/> are prose offsets (end exclusive).</summary>
/// <param name="Attribution">Who a quote is attributed to, when the text says so.</param>
public sealed record Claim(ClaimKind Kind, ProseBlock Block, int Start, int End, string Text, string? Attribution = null)
{
    public (int Start, int End) SourceSpan => Block.SourceSpan(Start, End);

    /// <summary>Set when the pack lists this claim as common knowledge.</summary>
    public bool IsCommon { get; init; }

    /// <summary>Whether the claim needs an outside source, and why (set by the claim-need stage; default: needs one, no reason).</summary>
    public ClaimNeed Need { get; init; }

    /// <summary>The claim covering prose offsets [<paramref name="start"/>, <paramref name="end"/>) of a block, with that text.</summary>
    public static Claim At(ClaimKind kind, ProseBlock block, int start, int end) => new(kind, block, start, end, block.Text[start..end]);

    // The enum member's name is the kind's name in packs and messages; computed once, not per finding.
    private static readonly string[] KindNames = Enum.GetNames<ClaimKind>().Select(n => n.ToLowerInvariant()).ToArray();

    public static string KindName(ClaimKind kind) => (uint)kind < (uint)KindNames.Length ? KindNames[(int)kind] : kind.ToString().ToLowerInvariant();
}
