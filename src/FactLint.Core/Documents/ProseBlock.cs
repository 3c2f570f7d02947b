
namespace FactLint.Core.Documents;

/// <summary>Where a piece of prose sits in the document; rules select blocks by it (their <c>scope</c>).</summary>
public enum ProseBlockKind
{
    Paragraph,
    Heading,
    ListItem,
    TableCell,
    BlockQuote,
    FootnoteDefinition,
}

/// <summary>
/// The readable text of one block (markup, code and URLs removed) with, for every character,
/// its offset in the source file. Detectors work on <see cref="Text"/>; findings map back through <see cref="SourceOffset"/>.
/// </summary>
public sealed class ProseBlock
{
    internal ProseBlock(ProseBlockKind kind, string text, SourceOffsetMap sourceOffsets, IReadOnlyList<Citation> citations, BlockPlacement placement)
    {
        Kind = kind;
        Text = text;
        SourceOffsets = sourceOffsets;
        Citations = citations;
        InBlockQuote = placement.InBlockQuote;
        TopLevelOrder = placement.TopLevelOrder;
        TableRow = placement.TableRow;
        FootnoteLabel = placement.FootnoteLabel;
        ListItemIndex = placement.ListItemIndex;
        HeadingLevel = placement.HeadingLevel;
    }

    public ProseBlockKind Kind { get; }
    public string Text { get; }

    /// <summary>Whether <see cref="Text"/> holds an ASCII digit: most detectors need one, and this asks once per block.</summary>
    public bool HoldsDigit => _holdsDigit ??= Text.AsSpan().ContainsAnyInRange('0', '9');
    private bool? _holdsDigit;

    /// <summary>Source offset of each character of <see cref="Text"/>; one extra entry maps the end.</summary>
    public SourceOffsetMap SourceOffsets { get; }

    /// <summary>Links, footnote references and other citations found by the parser, in prose coordinates.</summary>
    public IReadOnlyList<Citation> Citations { get; }

    /// <summary>True inside a block quote (at any depth).</summary>
    public bool InBlockQuote { get; }

    /// <summary>Order of the top-level Markdown block this prose belongs to; neighbours differ by one.</summary>
    public int TopLevelOrder { get; }

    /// <summary>For table cells: the row (0 = header).</summary>
    public int TableRow { get; }

    /// <summary>For footnote definitions: the label (<c>1</c> for <c>[^1]:</c>).</summary>
    public string? FootnoteLabel { get; }

    /// <summary>For list items: the item's index in its list.</summary>
    public int ListItemIndex { get; }

    /// <summary>For headings: the level (1 for <c>#</c>, 2 for <c>##</c> or a <c>---</c> underline); 0 for other blocks.</summary>
    public int HeadingLevel { get; }

    /// <summary>Position in its document's <see cref="ProseDocument.Blocks"/> (set by the document), so per-block data can live in arrays.</summary>
    internal int Index { get; set; } = -1;

    public int SourceOffset(int proseIndex) => SourceOffsets[Math.Clamp(proseIndex, 0, SourceOffsets.Count - 1)];

    /// <summary>Source span [start, end) of a prose range [start, end).</summary>
    public (int Start, int End) SourceSpan(int start, int end)
    {
        int s = SourceOffset(start);
        int e = end > start ? SourceOffset(end - 1) + 1 : s;
        return (s, Math.Max(s, e));
    }
}

/// <summary>Where a block sits: container, order, table row, footnote label (-1 where it does not apply), heading level (0 for other blocks).</summary>
internal readonly record struct BlockPlacement(bool InBlockQuote, int TopLevelOrder, int TableRow, string? FootnoteLabel, int ListItemIndex, int HeadingLevel = 0);

/// <summary>Placeholders that keep removed content from joining the words around it.</summary>
public static class ProsePlaceholder
{
    /// <summary>Stands for inline code, an image, an autolink or inline HTML: not prose, not a word boundary to detectors.</summary>
    public const char Opaque = '\uFFFC';
}
