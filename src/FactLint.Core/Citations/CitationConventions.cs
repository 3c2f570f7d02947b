namespace FactLint.Core.Citations;

/// <summary>What a pack says counts as a citation (pack.yaml, <c>citations:</c>).</summary>
public sealed record CitationConventions
{
    /// <summary>How far a citation reaches: the claim's sentence, or its whole paragraph.</summary>
    public CitationReachKind Reach { get; init; } = CitationReachKind.Sentence;

    /// <summary>Labels of source lines and parenthetical sources: <c>(Source: …)</c>, <c>Source: …</c>.</summary>
    public IReadOnlyList<string> SourceLabels { get; init; } = ["Source", "Sources", "Data", "Data source", "Via", "Cited from", "Reference", "References"];

    /// <summary>A source line right before or after a table, list or paragraph covers all of it.</summary>
    public bool SourceLineCoversNeighbour { get; init; } = true;

    /// <summary>A sentence that only points to a source ("See [the report](…).") covers the sentence before it.</summary>
    public bool SeeSentenceCoversPrevious { get; init; } = true;

    /// <summary>A citation anywhere in a table row covers the row's cells.</summary>
    public bool RowCitationCoversRow { get; init; } = true;

    /// <summary>Author–year citations are citations: <c>(Smith et al., 2021)</c>, <c>(Smith &amp; Jones 2021, p. 4)</c>.</summary>
    public bool AuthorYear { get; init; } = true;

    /// <summary>
    /// Numbered references are citations: <c>[1]</c>, <c>[2, 5]</c>, <c>[3–5]</c>, when the document lists each number
    /// under a References (Sources, Bibliography, Notes, Works cited) heading. A reference's links are checked like a link
    /// in the sentence.
    /// </summary>
    public bool NumberedReferences { get; init; } = true;

    /// <summary>
    /// A work named with its title, venue and year is a citation ("a study titled "…" was published in JAMA in 2001"), and
    /// later sentences that point back at it ("The study found 32%", "These findings …") are covered by it, up to the next
    /// heading.
    /// </summary>
    public bool TitledWorks { get; init; } = true;
}

public enum CitationReachKind { Sentence, Paragraph }
