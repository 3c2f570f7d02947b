using System.Buffers;
using System.Runtime.CompilerServices;
using FactLint.Core.Citations;
using FactLint.Core.Claims.Detectors;
using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace FactLint.Core.Parsing;

/// <summary>
/// Decides, from a paragraph's raw lines, whether its inline parse can change a lint result. A paragraph with no digit,
/// quote mark, non-ASCII character, entity, table pipe, comment, footnote reference, word that opens a statistic or spelled
/// figure, and no source label with a colon holds no claim; its links and citations reach only claims in the same paragraph,
/// so it is left unparsed. Paragraphs whose citations reach other blocks are always parsed: in block quotes, tables and
/// footnotes, and under a References heading (numbered entries). Only for linted files under the built-in detectors: a pack's
/// own claim patterns can match any text (<see cref="Engine.LintProfile"/> then passes no gate), and cited sources are parsed whole.
/// </summary>
public sealed class InlineParseGate
{
    private static readonly ConditionalWeakTable<CitationConventions, InlineParseGate> Shared = new();

    /// <summary>The gate for a pack's citation conventions (its source labels), built once.</summary>
    public static InlineParseGate For(CitationConventions conventions) => Shared.GetValue(conventions, c => new InlineParseGate(c.SourceLabels));

    // Each label's first word: a "Data source: …" line holds "Data". Searched only in paragraphs that hold a colon.
    private readonly SearchValues<string>? _labelWords;

    private InlineParseGate(IEnumerable<string> sourceLabels)
    {
        var words = sourceLabels.Select(l => l.Trim().Split((char[]?)null, 2, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault())
            .OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        _labelWords = words.Length == 0 ? null : SearchValues.Create(words, StringComparison.OrdinalIgnoreCase);
    }

    // Digits (every figure, date, version), '"' (quotes), '&' (an entity can stand for either), '|' (a pipe table is found
    // while parsing inlines).
    private static readonly SearchValues<char> Marks = SearchValues.Create("0123456789\"&|");
    private static readonly SearchValues<string> Sequences = SearchValues.Create(["<!--", "[^"], StringComparison.Ordinal);

    // A piece of every word that can open a claim without a digit: the statistic detector's lead pieces ("twice", "one in
    // five", "a third of"; "ousand" finds "thousand") and the spelled scales ("two million"). A hit counts only as a whole
    // word from OpeningWords, or inside any word for the scales.
    private static readonly SearchValues<string> WordPieces = SearchValues.Create(
        [.. StatisticDetector.OpeningPieces, "illion"], StringComparison.OrdinalIgnoreCase);
    private static readonly string[] ScalePieces = ["illion", "housand"];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OpeningWords = new HashSet<string>(
        [.. StatisticDetector.OpeningWords, "third", "thirds", "quarter", "quarters", "fifth", "fifths", "fourths"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a paragraph with these raw lines may hold a claim or a citation that reaches one.</summary>
    public bool MayMatter(StringLineGroup lines)
    {
        bool colon = false, label = false;
        for (int i = 0; i < lines.Count; i++)
        {
            var slice = lines.Lines[i].Slice;
            var line = slice.AsSpan();
            if (line.ContainsAny(Marks) || !System.Text.Ascii.IsValid(line) || line.ContainsAny(Sequences)
                || HasOpeningApostrophe(line) || HasOpeningWord(line)) return true;
            if (_labelWords is not null)
            {
                colon |= line.Contains(':');
                label |= line.ContainsAny(_labelWords);
                if (colon && label) return true;
            }
        }
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

    private static bool HasOpeningWord(ReadOnlySpan<char> line)
    {
        for (int from = 0; from < line.Length;)
        {
            int hit = line[from..].IndexOfAny(WordPieces);
            if (hit < 0) return false;
            hit += from;
            int start = hit, end = hit;
            while (start > 0 && char.IsAsciiLetter(line[start - 1])) start--;
            while (end < line.Length && char.IsAsciiLetter(line[end])) end++;
            var word = line[start..end];
            if (OpeningWords.Contains(word)) return true;
            foreach (var scale in ScalePieces)
                if (word.Contains(scale, StringComparison.OrdinalIgnoreCase)) return true;
            from = Math.Max(end, hit + 1);
        }
        return false;
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
