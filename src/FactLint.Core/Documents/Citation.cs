namespace FactLint.Core.Documents;

public enum CitationKind
{
    /// <summary><c>[text](url)</c> or a reference link <c>[text][ref]</c>.</summary>
    Link,
    /// <summary>A bare URL or <c>&lt;url&gt;</c>.</summary>
    Autolink,
    /// <summary><c>[^label]</c>, resolved to its definition.</summary>
    Footnote,
    /// <summary>A Pandoc citation key such as <c>[@smith2020, p. 4]</c>.</summary>
    CitationKey,
    /// <summary>A parenthetical source such as <c>(Source: Q3 report)</c>.</summary>
    Parenthetical,
}

/// <summary>A citation found in prose. <see cref="Start"/>/<see cref="End"/> are prose offsets in its block.</summary>
/// <param name="Target">The URL, footnote label, citation key or source text.</param>
/// <param name="Locator">A page or section locator (<c>p. 4</c>), when given.</param>
public sealed record Citation(CitationKind Kind, int Start, int End, string Target, int SourceStart, int SourceEnd, string? Locator = null);
