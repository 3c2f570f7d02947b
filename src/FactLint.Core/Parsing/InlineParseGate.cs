using System.Buffers;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace FactLint.Core.Parsing;

/// <summary>
/// Decides, from a paragraph's raw lines, whether its inline parse can change a lint result. A paragraph that holds none of
/// the loaded detectors' <see cref="InlineTriggers"/>, no entity, comment or footnote reference, and no source label with
/// a colon holds no claim; its links and citations reach only claims in the same paragraph, so it is left unparsed (its
/// code spans are still counted, <see cref="UnparsedCodeSpans"/>). Paragraphs whose citations reach other blocks are
/// always parsed: in block quotes, grid-table cells and footnotes, and under a References heading (numbered entries).
/// Only for linted files: cited sources are parsed whole.
/// </summary>
public sealed class InlineParseGate
{
    // Each label's first word: a "Data source: …" line holds "Data". Searched only in paragraphs that hold a colon, and
    // first anywhere in a line (with the note labels), since most paragraphs with a colon hold none.
    private readonly SearchValues<string>? _anyLabel;
    // The label words as whole words ("Source:", "**Source**:", "(Source: …)"), and a note's label only with one of its
    // data words in the paragraph ("Note: the data is taken from …"): "> **Note:**" callouts are everywhere in software
    // docs. Where a label word is not ASCII letters, every label word is searched as a piece instead (_labelPieces).
    private readonly TriggerWordSet _labels;
    private readonly SearchValues<string>? _labelPieces;
    private readonly SearchValues<char> _marks;
    private readonly bool _nonAscii, _openingApostrophe;
    private readonly TriggerWordSet _words;

    /// <summary>The gate for detectors with these triggers; null when one of them can match any text.</summary>
    public static InlineParseGate? For(InlineTriggers triggers, IEnumerable<string> sourceLabels,
        IEnumerable<string>? noteLabels = null, IEnumerable<string>? noteWords = null) =>
        triggers.MatchesAnyText ? null : new InlineParseGate(triggers, sourceLabels, noteLabels ?? [], noteWords ?? []);

    private InlineParseGate(InlineTriggers triggers, IEnumerable<string> sourceLabels, IEnumerable<string> noteLabels, IEnumerable<string> noteWords)
    {
        // A note label that is not a word of ASCII letters cannot be walked to: it counts as a source label.
        var notes = noteLabels.Where(l => l.All(char.IsAsciiLetter)).ToArray();
        sourceLabels = sourceLabels.Concat(noteLabels.Except(notes));
        var words = sourceLabels.Select(l => l.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        string[] anyLabel = [.. words.Concat(notes).Distinct(StringComparer.OrdinalIgnoreCase)];
        _anyLabel = anyLabel.Length == 0 ? null : SearchValues.Create(anyLabel, StringComparison.OrdinalIgnoreCase);
        bool wholeWords = words.All(w => w.All(char.IsAsciiLetter));
        _labelPieces = wholeWords ? null : SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
        _labels = new TriggerWordSet(new InlineTriggers
        {
            Words = wholeWords ? words : [],
            WordPairs = [new WordPair(notes, [.. noteWords])],
        });
        // '&' (an entity can stand for any character) matters to every detector. A pipe table is still one paragraph here (its
        // rows are found while parsing inlines): with no trigger in the whole table, no row holds a claim, and a row's
        // citations cover only its own row.
        _marks = SearchValues.Create(string.Concat(triggers.Characters.Union("&")));
        _nonAscii = triggers.NonAscii;
        _openingApostrophe = triggers.OpeningApostrophe;
        _words = new TriggerWordSet(triggers);
    }

    // A comment may suppress a finding; a footnote reference cites.
    private static readonly SearchValues<string> Sequences = SearchValues.Create(["<!--", "[^"], StringComparison.Ordinal);

    /// <summary>Whether a paragraph with these raw lines may hold a claim or a citation that reaches one.</summary>
    public bool MayMatter(StringLineGroup lines)
    {
        bool colon = false;
        // The cheap vectorised searches on every line first: a digit on the last line spares the word walk on the others.
        for (int i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice.AsSpan();
            if (line.ContainsAny(_marks) || line.ContainsAny(Sequences) || (_nonAscii && !System.Text.Ascii.IsValid(line))
                || (_openingApostrophe && HasOpeningApostrophe(line))) return true;
            colon |= line.Contains(':');
        }
        if (colon && LabelOpens(lines)) return true;
        if (_words.IsEmpty) return false;
        uint seen = 0;
        for (int i = 0; i < lines.Count; i++)
            if (_words.Opens(lines.Lines[i].Slice.AsSpan(), ref seen)) return true;
        return false;
    }

    // A source label, or a note label with one of the note's data words, in a paragraph that holds a colon.
    private bool LabelOpens(StringLineGroup lines)
    {
        if (_anyLabel is null) return false;
        bool any = false;
        for (int i = 0; i < lines.Count && !any; i++) any = lines.Lines[i].Slice.AsSpan().ContainsAny(_anyLabel);
        if (!any) return false;
        if (_labelPieces is not null)
            for (int i = 0; i < lines.Count; i++)
                if (lines.Lines[i].Slice.AsSpan().ContainsAny(_labelPieces)) return true;
        if (_labels.IsEmpty) return false;
        uint seen = 0;
        for (int i = 0; i < lines.Count; i++)
            if (_labels.Opens(lines.Lines[i].Slice.AsSpan(), ref seen)) return true;
        return false;
    }

    // A straight single quote opens a quote only where no letter or digit stands before it ("it's" does not).
    private static bool HasOpeningApostrophe(ReadOnlySpan<char> line)
    {
        for (int at = line.IndexOf('\''); at >= 0; at = NextIndexOf(line, '\'', at + 1))
            if (at == 0 || !char.IsAsciiLetterOrDigit(line[at - 1])) return true;
        return false;
    }

    private static int NextIndexOf(ReadOnlySpan<char> line, char c, int from)
    {
        int next = line[from..].IndexOf(c);
        return next < 0 ? -1 : from + next;
    }

    // Headings whose list items and paragraphs are numbered references ("[1]" in a claim resolves to them). Wider than
    // CitationIndex's pattern, which sees the heading's prose: this sees its raw text ("**References**").
    private static readonly SearchValues<string> ReferencesWords = SearchValues.Create(
        ["eferences", "ources", "ibliography", "otes", "itations", "orks cited"], StringComparison.OrdinalIgnoreCase);

    internal static bool MayNameReferences(StringLineGroup lines)
    {
        for (int i = 0; i < lines.Count; i++)
            if (lines.Lines[i].Slice.AsSpan().ContainsAny(ReferencesWords)) return true;
        return false;
    }

    /// <summary>One parse's state: the gate, and whether the last heading seen opened a References section.</summary>
    internal sealed class ParseState(InlineParseGate gate)
    {
        public InlineParseGate Gate { get; } = gate;
        public bool InReferences { get; set; }
    }

    /// <summary>A parser context carrying the gate to <see cref="InlineParseGateExtension"/> for one parse.</summary>
    internal MarkdownParserContext NewContext()
    {
        var context = new MarkdownParserContext();
        context.Properties[typeof(InlineParseGate)] = new ParseState(this);
        return context;
    }
}

/// <summary>
/// Leaves paragraphs out of inline parsing when the parse's <see cref="InlineParseGate"/> says they cannot matter. Without
/// a gate in the parser context it changes nothing. Blocks close in document order, so a heading is seen before the
/// paragraphs under it.
/// </summary>
internal sealed class InlineParseGateExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        var paragraphs = pipeline.BlockParsers.Find<ParagraphBlockParser>() ?? throw new InvalidOperationException("InlineParseGateExtension needs Markdig's paragraph parser");
        var headings = pipeline.BlockParsers.Find<HeadingBlockParser>() ?? throw new InvalidOperationException("InlineParseGateExtension needs Markdig's heading parser");
        paragraphs.Closed += OnClosed;
        headings.Closed += OnClosed;
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private static void OnClosed(BlockProcessor processor, Block block)
    {
        if (processor.Context is not { } context || !context.Properties.TryGetValue(typeof(InlineParseGate), out var value)
            || value is not InlineParseGate.ParseState state) return;
        switch (block)
        {
            case HeadingBlock heading:
                state.InReferences = InlineParseGate.MayNameReferences(heading.Lines);
                break;
            case ParagraphBlock paragraph when paragraph.ProcessInlines && !state.InReferences && !ReachesOtherBlocks(paragraph)
                                                && !state.Gate.MayMatter(paragraph.Lines):
                paragraph.ProcessInlines = false;
                break;
        }
    }

    // Citations in a block quote (its signature), a table (a row's citations cover the row) or a footnote (what it cites)
    // reach beyond the paragraph.
    private static bool ReachesOtherBlocks(Block block)
    {
        for (var parent = block.Parent; parent is not null; parent = parent.Parent)
            if (parent is QuoteBlock or Markdig.Extensions.Tables.Table or Markdig.Extensions.Tables.TableCell
                or Markdig.Extensions.Tables.TableRow or Markdig.Extensions.Footnotes.Footnote) return true;
        return false;
    }
}
