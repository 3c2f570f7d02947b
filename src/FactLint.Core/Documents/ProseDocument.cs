using FactLint.Core.Text;

namespace FactLint.Core.Documents;

/// <summary>An HTML comment in the source (where suppression directives live).</summary>
public readonly record struct HtmlComment(string Content, int SourceOffset);

/// <summary>A parsed file: its prose blocks in document order, footnote definitions by label, and HTML comments.</summary>
public sealed class ProseDocument
{
    public ProseDocument(SourceText source, IReadOnlyList<ProseBlock> blocks, IReadOnlyList<HtmlComment> comments)
    {
        Source = source;
        Blocks = blocks;
        Comments = comments;
        bool anyFootnote = false;
        for (int i = 0; i < blocks.Count; i++)
        {
            blocks[i].Index = i;
            anyFootnote |= blocks[i].FootnoteLabel is not null;
        }
        // Most documents have no footnotes: no grouping query for them.
        Footnotes = !anyFootnote ? EmptyFootnotes : blocks
            .Where(b => b.FootnoteLabel is not null)
            .GroupBy(b => b.FootnoteLabel!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProseBlock>)g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    private static readonly IReadOnlyDictionary<string, IReadOnlyList<ProseBlock>> EmptyFootnotes =
        new Dictionary<string, IReadOnlyList<ProseBlock>>(StringComparer.OrdinalIgnoreCase).AsReadOnly();

    public SourceText Source { get; }
    public IReadOnlyList<ProseBlock> Blocks { get; }
    public IReadOnlyList<HtmlComment> Comments { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<ProseBlock>> Footnotes { get; }

    /// <summary>Inline code spans in paragraphs left out unparsed (they hold no claim, but code spans say what a file is).</summary>
    public int UnparsedCodeSpans { get; init; }
}
