using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Extensions.Yaml;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using FactLint.Core.Documents;
using FactLint.Core.Text;

namespace FactLint.Core.Parsing;

/// <summary>
/// Turns Markdown into prose blocks with exact source offsets. Skips code (fenced, indented, inline),
/// HTML, front matter, link destinations, autolinks and images; records links and footnote references as citations.
/// </summary>
public static class MarkdownProseExtractor
{
    // Immutable and thread-safe: built once, shared by every parse.
    internal static readonly MarkdownPipeline Pipeline = BuildPipeline(deferAutoLinks: true);

    /// <summary>The pipeline; <paramref name="deferAutoLinks"/> false keeps Markdig's own bare-URL parser (tests compare the two).</summary>
    internal static MarkdownPipeline BuildPipeline(bool deferAutoLinks)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseYamlFrontMatter()
            .UsePipeTables()
            .UseGridTables()
            .UseFootnotes()
            .UseAutoLinks();
        if (deferAutoLinks) builder.Extensions.AddIfNotAlready<DeferredAutoLinkExtension>();
        // Inert unless a parse passes a gate (Extract's gate argument).
        builder.Extensions.AddIfNotAlready<InlineParseGateExtension>();
        return builder.Build();
    }

    public static ProseDocument Extract(SourceText source) => Extract(source, Pipeline);

    /// <summary>
    /// The prose of a file being linted: with a <paramref name="gate"/>, paragraphs that cannot hold a claim or a citation
    /// that reaches one are left out (their inline parse was a third of a run on docs prose).
    /// </summary>
    public static ProseDocument Extract(SourceText source, InlineParseGate? gate) => Extract(source, Pipeline, gate);

    internal static ProseDocument Extract(SourceText source, MarkdownPipeline pipeline, InlineParseGate? gate = null)
    {
        CheckIndentedNesting(source);
        MarkdownLimits.Check(source);
        MarkdownDocument document;
        try
        {
            document = Markdig.Markdown.Parse(source.Text, pipeline, gate?.NewContext());
        }
        catch (ArgumentException e)
        {
            // Markdig's only argument check on a string is its nesting limit (e.g. 10,000 nested "> " or "- ").
            throw new SourceReadException(source.Path, $"cannot parse as Markdown ({e.Message.Split(" - ")[0].TrimEnd('.')}); not linted");
        }
        var walker = new Walker(source);
        int order = 0;
        foreach (var block in document)
        {
            walker.VisitBlock(block, new Context(order++, InQuote: false, Kind: ProseBlockKind.Paragraph, FootnoteLabel: null, TableRow: -1, ListItem: -1));
        }
        return new ProseDocument(source, walker.Blocks, walker.Comments) { UnparsedCodeSpans = walker.UnparsedCodeSpans };
    }

    /// <summary>Leading whitespace (in columns) before a list or quote marker beyond which a file is refused unparsed.</summary>
    public const int MaxMarkerIndent = 400;

    // Markdig refuses deep nesting only after parsing every block, and its block parser slows down steeply with the
    // number of open containers (docs/reliability.md). No real document indents a list item or quote by hundreds of columns: refuse at once.
    private static void CheckIndentedNesting(SourceText source)
    {
        var text = source.Text.AsSpan();
        // A tab is at most 4 columns: a line needs MaxMarkerIndent / 4 blanks before its marker to pass the limit.
        const int minBlanks = MaxMarkerIndent / 4;
        for (int line = 0; line < source.LineCount; line++)
        {
            int start = source.LineStart(line);
            if (start + minBlanks >= text.Length || text[start] is not (' ' or '\t')) continue;
            int i = start, columns = 0;
            while (i < text.Length && text[i] is ' ' or '\t') columns += text[i++] == '\t' ? 4 - columns % 4 : 1;
            if (columns > MaxMarkerIndent && i < text.Length && (text[i] is '-' or '*' or '+' or '>' || char.IsAsciiDigit(text[i])))
                throw new SourceReadException(source.Path, $"cannot parse as Markdown (a list or quote marker indented {columns} columns at line {line + 1}: too deeply nested); not linted");
        }
    }

    // Markdig keeps the caret in footnote labels ("^1"); users write and think "1".
    private static string FootnoteLabelOf(string? label) => (label ?? "").TrimStart('^');

    private readonly record struct Context(int Order, bool InQuote, ProseBlockKind Kind, string? FootnoteLabel, int TableRow, int ListItem);

    private sealed class Walker(SourceText source)
    {
        public List<ProseBlock> Blocks { get; } = new();
        public List<HtmlComment> Comments { get; } = new();
        public int UnparsedCodeSpans { get; private set; }
        private readonly string _text = source.Text;

        public void VisitBlock(Block block, Context context)
        {
            switch (block)
            {
                case YamlFrontMatterBlock:
                case CodeBlock when block is not HtmlBlock: // fenced and indented code
                case ThematicBreakBlock:
                case LinkReferenceDefinitionGroup:
                    return;
                case HtmlBlock html:
                    CollectComments(html.Span.Start, html.Span.End);
                    return;
                case HeadingBlock heading:
                    EmitLeaf(heading, context with { Kind = ProseBlockKind.Heading });
                    return;
                case ParagraphBlock { Inline: null } unparsed: // left out by the inline-parse gate
                    UnparsedCodeSpans += Parsing.UnparsedCodeSpans.Count(unparsed.Lines);
                    return;
                case ParagraphBlock paragraph:
                    EmitLeaf(paragraph, context);
                    return;
                case Table table:
                    int row = 0;
                    foreach (var rowBlock in table.OfType<TableRow>())
                    {
                        foreach (var cell in rowBlock.OfType<TableCell>())
                            foreach (var child in cell)
                                VisitBlock(child, context with { Kind = ProseBlockKind.TableCell, TableRow = row });
                        row++;
                    }
                    return;
                case FootnoteGroup group:
                    foreach (var footnote in group.OfType<Footnote>())
                        foreach (var child in footnote)
                            VisitBlock(child, context with { Kind = ProseBlockKind.FootnoteDefinition, FootnoteLabel = FootnoteLabelOf(footnote.Label) });
                    return;
                case QuoteBlock quote:
                    foreach (var child in quote)
                        VisitBlock(child, context with { InQuote = true, Kind = context.Kind == ProseBlockKind.Paragraph ? ProseBlockKind.BlockQuote : context.Kind });
                    return;
                case ListBlock list:
                    int item = 0;
                    foreach (var child in list)
                    {
                        var itemContext = context with { Kind = ProseBlockKind.ListItem, ListItem = item++ };
                        if (child is ContainerBlock container)
                            foreach (var grandChild in container) VisitBlock(grandChild, itemContext);
                        else VisitBlock(child, itemContext);
                    }
                    return;
                case ContainerBlock container:
                    foreach (var child in container) VisitBlock(child, context);
                    return;
            }
        }

        private readonly ProseBuilder _builder = new();

        private void EmitLeaf(LeafBlock leaf, Context context)
        {
            if (leaf.Inline is null) return;
            // One builder per document, cleared per block: its buffers are reused (Build copies out exact-size results).
            var builder = _builder;
            builder.Clear();
            VisitInlines(leaf.Inline, builder);
            builder.TrimEnd();
            if (!builder.HasContent()) return;
            // Markdig can place synthesised inlines at the very end of the text (a grid table, then an image or autolink
            // as the file's last bytes): keep every offset inside the file (fuzz seed 3 #6864, seed 1 #8065).
            builder.ClampOffsets(Math.Max(0, _text.Length - 1));
            Blocks.Add(builder.Build(context.Kind, Math.Min(leaf.Span.End + 1, _text.Length),
                new BlockPlacement(context.InQuote, context.Order, context.TableRow, context.FootnoteLabel, context.ListItem, (leaf as HeadingBlock)?.Level ?? 0)));
        }

        // An explicit stack, not recursion: 40,000 nested emphasis markers (a file of '*'s) nest inlines 20,000 deep.
        private readonly Stack<(Inline? Next, LinkInline? Link, int At)> _inlineStack = new();

        private void VisitInlines(ContainerInline container, ProseBuilder builder)
        {
            var stack = _inlineStack;
            stack.Clear();
            Inline? inline = container.FirstChild;
            while (true)
            {
                if (inline is null)
                {
                    if (stack.Count == 0) return;
                    var (next, link, at) = stack.Pop();
                    if (link is not null) AddLinkCitation(builder, link, at);
                    inline = next;
                    continue;
                }
                switch (inline)
                {
                    case LinkInline link when !link.IsImage && !link.IsAutoLink:
                        // The link's text first, then its citation over that text.
                        stack.Push((inline.NextSibling, link, builder.Length));
                        inline = link.FirstChild;
                        continue;
                    case LinkInline link when !link.IsImage:
                    {
                        int at = builder.Length;
                        builder.Append(ProsePlaceholder.Opaque, link.Span.Start);
                        AddLinkCitation(builder, link, at);
                        break;
                    }
                    case ContainerInline nested when nested is not LinkInline:
                        stack.Push((inline.NextSibling, null, 0));
                        inline = nested.FirstChild;
                        continue;
                    default:
                        VisitLeafInline(inline, builder);
                        break;
                }
                inline = inline.NextSibling;
            }
        }

        private static void AddLinkCitation(ProseBuilder builder, LinkInline link, int at)
        {
            if (string.IsNullOrWhiteSpace(link.Url)) return;
            builder.AddCitation(new Citation(link.IsAutoLink ? CitationKind.Autolink : CitationKind.Link,
                at, Math.Max(at, builder.Length), link.Url!, link.Span.Start, link.Span.End + 1));
        }

        private void VisitLeafInline(Inline inline, ProseBuilder builder)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    AppendSlice(builder, literal.Content.AsSpan(), literal.Span);
                    break;
                case HtmlEntityInline entity:
                    AppendSlice(builder, entity.Transcoded.AsSpan(), entity.Span);
                    break;
                case LineBreakInline lineBreak:
                    builder.Append(' ', lineBreak.Span.Start);
                    break;
                case CodeInline code:
                    builder.Append(ProsePlaceholder.Opaque, code.Span.Start);
                    break;
                case HtmlInline html:
                    if (html.Tag.StartsWith("<!--", StringComparison.Ordinal))
                        Comments.Add(new HtmlComment(html.Tag, html.Span.Start));
                    // "2<sup>64</sup>" is a power, not the figure 264: the prose reads "2^64".
                    else if (html.Tag.Equals("<sup>", StringComparison.OrdinalIgnoreCase))
                        builder.Append('^', html.Span.Start);
                    break;
                case AutolinkInline autolink:
                {
                    int at = builder.Length;
                    builder.Append(ProsePlaceholder.Opaque, autolink.Span.Start);
                    builder.AddCitation(new Citation(CitationKind.Autolink, at, at + 1, autolink.Url, autolink.Span.Start, autolink.Span.End + 1));
                    break;
                }
                case LinkInline image when image.IsImage:
                    builder.Append(ProsePlaceholder.Opaque, image.Span.Start);
                    break;
                case FootnoteLink footnoteLink when !footnoteLink.IsBackLink:
                {
                    int at = builder.Length;
                    builder.AddCitation(new Citation(CitationKind.Footnote, at, at,
                        FootnoteLabelOf(footnoteLink.Footnote?.Label), footnoteLink.Span.Start, footnoteLink.Span.End + 1));
                    break;
                }
            }
        }

        private void AppendSlice(ProseBuilder builder, ReadOnlySpan<char> content, SourceSpan span)
        {
            if (content.IsEmpty) return;
            if (span.IsEmpty || span.Start < 0)
            {
                // Parser-synthesised text without a location: keep the words, map them to the previous character.
                int previous = Math.Max(builder.LastSourceOffset, 0);
                foreach (char c in content) builder.Append(c, previous);
                return;
            }
            int end = Math.Min(span.End + 1, _text.Length);
            builder.AppendAligned(content, _text, span.Start, end);
        }

        private void CollectComments(int start, int endInclusive)
        {
            int end = Math.Min(endInclusive + 1, _text.Length);
            int at = start;
            while (at < end)
            {
                int open = _text.IndexOf("<!--", at, end - at, StringComparison.Ordinal);
                if (open < 0) break;
                int close = _text.IndexOf("-->", open + 4, StringComparison.Ordinal);
                if (close < 0) close = end - 3;
                Comments.Add(new HtmlComment(_text.Substring(open, Math.Max(0, close + 3 - open)), open));
                at = close + 3;
            }
        }
    }
}
