using FactLint.Core.Text;

namespace FactLint.Core.Markdown;

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
        for (int i = 0; i < blocks.Count; i++) blocks[i].Index = i;
        Footnotes = blocks
            .Where(b => b.FootnoteLabel is not null)
            .GroupBy(b => b.FootnoteLabel!, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<ProseBlock>)g.ToList(), StringComparer.OrdinalIgnoreCase);
    }

    public SourceText Source { get; }
    public IReadOnlyList<ProseBlock> Blocks { get; }
    public IReadOnlyList<HtmlComment> Comments { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<ProseBlock>> Footnotes { get; }
}
