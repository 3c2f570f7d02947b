
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

/// <summary>A precise claim found in a prose block. <see cref="Start"/>/<see cref="End"/> are prose offsets (end exclusive).</summary>
/// <param name="Attribution">Who a quote is attributed to, when the text says so.</param>
public sealed record Claim(ClaimKind Kind, ProseBlock Block, int Start, int End, string Text, string? Attribution = null)
{
    public (int Start, int End) SourceSpan => Block.SourceSpan(Start, End);

    /// <summary>Set when the pack lists this claim as common knowledge.</summary>
    public bool IsCommon { get; init; }

    /// <summary>The claim covering prose offsets [<paramref name="start"/>, <paramref name="end"/>) of a block, with that text.</summary>
    public static Claim At(ClaimKind kind, ProseBlock block, int start, int end) => new(kind, block, start, end, block.Text[start..end]);

    // Every finding's message names its kind: no Enum.ToString and lower-casing each time.
    public static string KindName(ClaimKind kind) => kind switch
    {
        ClaimKind.Number => "number",
        ClaimKind.Percentage => "percentage",
        ClaimKind.Money => "money",
        ClaimKind.Date => "date",
        ClaimKind.Version => "version",
        ClaimKind.Quote => "quote",
        ClaimKind.Statistic => "statistic",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
