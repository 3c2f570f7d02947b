using Markdig;
using Markdig.Extensions.AutoLinks;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax.Inlines;

namespace FactLint.Core.Parsing;

/// <summary>
/// Bare URLs (<c>https://…</c>, <c>ftp://…</c>, <c>mailto:…</c>, <c>tel:…</c>, <c>www.…</c>) found by Markdig's own
/// <see cref="AutoLinkParser"/>, tried only where one can be. That parser opens at every 'h', 'f', 'm', 't' and 'w', which stops
/// Markdig's literal scan at about one letter in eight: 14-16% of a native run on the benchmark corpus. Every bare URL has a
/// ':' or '.' right after its scheme, so this parser opens there instead, looks back over the literal just scanned for
/// the scheme, and hands Markdig's parser the position where the scheme starts, in the state that parser would have met
/// there. The inlines that come out are the same (DeferredAutoLinkParserTests compares both pipelines).
/// </summary>
internal sealed class DeferredAutoLinkParser : InlineParser
{
    private readonly AutoLinkParser _inner;

    public DeferredAutoLinkParser(AutoLinkParser inner)
    {
        _inner = inner;
        OpeningCharacters = [':', '.'];
    }

    /// <summary>The letters Markdig's parser opens at; the look-back below knows the scheme of each.</summary>
    internal static readonly char[] InnerOpeningCharacters = ['h', 'f', 'm', 't', 'w'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (processor.Inline is not LiteralInline literal || !ReferenceEquals(literal.Content.Text, slice.Text) || literal.Content.End != slice.Start - 1)
            return false;
        string text = slice.Text;
        int at = slice.Start;
        // Left to right, as Markdig's scan would have met them: "mailto:", "https:", "http:", "ftp:" or "tel:"; "www.".
        if (slice.CurrentChar == ':')
        {
            return TryAt(processor, ref slice, literal, at - 6, 'm')
                || TryAt(processor, ref slice, literal, at - 5, 'h')
                || TryAt(processor, ref slice, literal, at - 4, 'h')
                || TryAt(processor, ref slice, literal, at - 3, 'f')
                || TryAt(processor, ref slice, literal, at - 3, 't');
        }
        return TryAt(processor, ref slice, literal, at - 3, 'w');

        bool TryAt(InlineProcessor processor, ref StringSlice slice, LiteralInline literal, int start, char letter)
        {
            // The scheme lies inside the literal (its letters open no other parser, so Markdig's scan stopped at the first).
            if (start < literal.Content.Start || text[start] != letter) return false;
            int cut = slice.Start - start;
            var saved = (literal.Content.End, literal.Span.End, processor.Inline);
            ContainerInline? parent = literal.Parent;
            bool removed = false;
            if (start == literal.Content.Start)
            {
                // The literal began at the scheme: at that point the scan had not made it yet.
                var previous = literal.PreviousSibling;
                literal.Remove();
                removed = true;
                processor.Inline = previous ?? (ReferenceEquals(parent, processor.Root) ? null : parent);
            }
            else
            {
                literal.Content.End = start - 1;
                literal.Span.End -= cut; // the scheme's letters sit on one line: source offsets step with slice offsets
            }
            var from = slice;
            from.Start = start;
            if (_inner.Match(processor, ref from))
            {
                slice = from;
                return true;
            }
            if (removed) parent!.AppendChild(literal);
            (literal.Content.End, literal.Span.End, processor.Inline) = saved;
            return false;
        }
    }
}

/// <summary>Puts <see cref="DeferredAutoLinkParser"/> in the place of the <see cref="AutoLinkParser"/> that UseAutoLinks added.</summary>
internal sealed class DeferredAutoLinkExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        int index = pipeline.InlineParsers.FindIndex(p => p is AutoLinkParser);
        if (index < 0) throw new InvalidOperationException("DeferredAutoLinkExtension needs UseAutoLinks() before it");
        var inner = (AutoLinkParser)pipeline.InlineParsers[index];
        if (!inner.OpeningCharacters!.Order().SequenceEqual(DeferredAutoLinkParser.InnerOpeningCharacters.Order()))
            throw new InvalidOperationException("Markdig's AutoLinkParser opens at characters DeferredAutoLinkParser does not know: " + new string(inner.OpeningCharacters));
        pipeline.InlineParsers[index] = new DeferredAutoLinkParser(inner);
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }
}
