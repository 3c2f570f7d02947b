using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;

namespace FactLint.Core.Citations;

/// <summary>
/// Every citation of a document and the rules of reach: which citations cover a claim.
/// A citation covers its sentence; a "Source: …" sentence covers its paragraph; a source line next to a
/// paragraph, list or table covers it; a citation in a table row covers the row; with <c>reach: paragraph</c> a citation covers its block.
/// A block's citations and sentences are found the first time a question needs them: most blocks hold no claim, and
/// finding citations in every block cost as much as claim detection on real docs.
/// </summary>
public sealed partial class CitationIndex
{
    private readonly ProseDocument _document;
    private readonly CitationConventions _conventions;
    private readonly CitationFinder _finder;
    private readonly BlockCitations?[] _blocks;
    // Filled on first use: paragraphs by top-level order (source lines), table cells by (table, row).
    private Dictionary<int, List<ProseBlock>>? _paragraphsByOrder;
    private Dictionary<(int Table, int Row), List<ProseBlock>>? _rows;
    private readonly Dictionary<int, IReadOnlyList<Citation>> _sourceLinesByOrder = new();
    // Reach depends only on the claim's block and start (its sentence, and citations spanning it).
    private readonly Dictionary<(int Block, int Start), IReadOnlyList<Citation>> _reach = new();
    // Numbered references ("[1]") to their entries under a References heading; built on first use.
    private Dictionary<int, ProseBlock>? _references;

    private sealed record BlockCitations(IReadOnlyList<Citation> All, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<Citation> SourceSentences, bool OpensWithSource);

    public CitationIndex(ProseDocument document, CitationConventions conventions)
    {
        _document = document;
        _conventions = conventions;
        _finder = CitationFinder.For(conventions);
        _blocks = new BlockCitations?[document.Blocks.Count];
    }

    /// <summary>The block's position in this document, or -1 when it is not one of its blocks.</summary>
    private int IndexOf(ProseBlock block)
    {
        int index = block.Index;
        if ((uint)index < (uint)_blocks.Length && ReferenceEquals(_document.Blocks[index], block)) return index;
        // A block shared with another document carries that document's index: look it up instead.
        for (int i = 0; i < _blocks.Length; i++)
            if (ReferenceEquals(_document.Blocks[i], block)) return i;
        return -1;
    }

    private BlockCitations? InfoOf(ProseBlock block)
    {
        int index = IndexOf(block);
        return index < 0 ? null : _blocks[index] ??= Build(block);
    }

    private BlockCitations Build(ProseBlock block)
    {
        var all = new List<Citation>(block.Citations);
        _finder.Find(block, all);
        if (_conventions.NumberedReferences && block.Text.Contains('[')) AddNumberedReferences(block, all);
        var sentences = SentenceSplitter.Split(block.Text);
        var sourceSentences = new List<Citation>();
        foreach (var (s, e) in sentences)
        {
            if (_finder.SourceSentence(block, s, e) is { } source)
            {
                sourceSentences.Add(source);
                all.Add(source);
            }
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        // A paragraph that opens with "Source:" is a source line for its neighbours.
        bool opensWithSource = sourceSentences.Count > 0 && sourceSentences[0].Start == sentences[0].Start && block.Kind == ProseBlockKind.Paragraph;
        return new BlockCitations(all, sentences, sourceSentences, opensWithSource);
    }

    public IReadOnlyList<Citation> CitationsIn(ProseBlock block) => InfoOf(block)?.All ?? [];

    public IReadOnlyList<(int Start, int End)> SentencesOf(ProseBlock block) => InfoOf(block)?.Sentences ?? [(0, block.Text.Length)];

    /// <summary>The sentence range holding a prose offset.</summary>
    public (int Start, int End) SentenceAt(ProseBlock block, int offset)
    {
        // Sentences are ordered and cover the text: binary search (a scan per claim was quadratic on huge paragraphs).
        var all = SentencesOf(block);
        int lo = 0, hi = all.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < all[mid].Start) hi = mid - 1;
            else if (offset >= all[mid].End) lo = mid + 1;
            else return all[mid];
        }
        return all.Count > 0 ? all[^1] : (0, block.Text.Length);
    }

    /// <summary>The citations that reach a claim, nearest first.</summary>
    public IReadOnlyList<Citation> CitationsFor(Claim claim)
    {
        // Every claim rule asks about every claim: answer each claim once per file.
        int block = IndexOf(claim.Block);
        if (block < 0) return [];
        var key = (block, claim.Start);
        if (_reach.TryGetValue(key, out var known)) return known;
        var found = FindCitationsFor(claim, _blocks[block] ??= Build(claim.Block));
        _reach[key] = found;
        return found;
    }

    private IReadOnlyList<Citation> FindCitationsFor(Claim claim, BlockCitations info)
    {
        var block = claim.Block;
        var result = new List<Citation>();
        var (s, e) = SentenceAt(block, claim.Start);
        foreach (var c in info.All)
            if (c.Start >= s && c.Start <= e || (c.Start < s && c.End > claim.Start)) result.Add(c);

        if (_conventions.SeeSentenceCoversPrevious && NextSentence(info.Sentences, e) is var (ns, ne) && ne > ns
            && SeeSentence().IsMatch(block.Text.AsSpan(ns, ne - ns)))
            AddMissing(result, info.All.Where(c => c.Start >= ns && c.Start < ne));

        if (_conventions.Reach == CitationReachKind.Paragraph || block.Kind == ProseBlockKind.FootnoteDefinition)
            AddMissing(result, info.All);
        AddMissing(result, info.SourceSentences);

        if (block.Kind == ProseBlockKind.TableCell && _conventions.RowCitationCoversRow)
        {
            foreach (var other in RowOf(block))
                if (!ReferenceEquals(other, block))
                    AddMissing(result, CitationsIn(other));
        }

        if (_conventions.SourceLineCoversNeighbour && !IsSourceLine(block))
        {
            AddMissing(result, SourceLinesAt(block.TopLevelOrder + 1));
            // Tables often carry their source above them, as a caption.
            if (block.Kind == ProseBlockKind.TableCell) AddMissing(result, SourceLinesAt(block.TopLevelOrder - 1));
        }
        return result.Count == 0 ? [] : result;
    }

    // The sentence that starts where one ends, or (0, 0).
    private static (int Start, int End) NextSentence(IReadOnlyList<(int Start, int End)> sentences, int end)
    {
        foreach (var sentence in sentences)
            if (sentence.Start >= end) return sentence;
        return (0, 0);
    }

    // A sentence that points to a source: "See [the report](…).", "Cf. [^2].", "For details, see [the study](…)."
    [GeneratedRegex(@"^\s*(?:See\b|Cf\.|For\s+(?:more|details|further|the\s+full)\b[^.!?]{0,40}?,?\s+see\b)", RegexOptions.CultureInvariant)]
    private static partial Regex SeeSentence();

    private List<ProseBlock> RowOf(ProseBlock block)
    {
        if (_rows is null)
        {
            _rows = new();
            foreach (var b in _document.Blocks)
            {
                if (b.Kind != ProseBlockKind.TableCell) continue;
                if (!_rows.TryGetValue((b.TopLevelOrder, b.TableRow), out var row)) _rows[(b.TopLevelOrder, b.TableRow)] = row = new();
                row.Add(b);
            }
        }
        return _rows[(block.TopLevelOrder, block.TableRow)];
    }

    /// <summary>The citations of the source-line paragraphs at a top-level order, in document order.</summary>
    private IReadOnlyList<Citation> SourceLinesAt(int order)
    {
        if (_sourceLinesByOrder.TryGetValue(order, out var known)) return known;
        if (_paragraphsByOrder is null)
        {
            _paragraphsByOrder = new();
            foreach (var b in _document.Blocks)
            {
                if (b.Kind != ProseBlockKind.Paragraph) continue;
                if (!_paragraphsByOrder.TryGetValue(b.TopLevelOrder, out var list)) _paragraphsByOrder[b.TopLevelOrder] = list = new();
                list.Add(b);
            }
        }
        List<Citation>? lines = null;
        if (_paragraphsByOrder.TryGetValue(order, out var paragraphs))
            foreach (var paragraph in paragraphs)
                if (InfoOf(paragraph) is { OpensWithSource: true } info)
                    (lines ??= new()).AddRange(info.All);
        IReadOnlyList<Citation> result = lines is null ? [] : lines;
        _sourceLinesByOrder[order] = result;
        return result;
    }

    private bool IsSourceLine(ProseBlock block) => block.Kind == ProseBlockKind.Paragraph && SourceLinesAt(block.TopLevelOrder).Count > 0;

    // "[1]", "[2, 5]", "[3–5]" (not "[^1]", a link or a task-list box, which the parser has taken already).
    [GeneratedRegex(@"\[(?<numbers>\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9})\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberedReference();

    // An entry that carries its number: "[1] Smith, …", "1. Smith, …" (a list's own numbers are not in its prose).
    [GeneratedRegex(@"^\s*\[?(?<n>\d{1,3})[\].]\s", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberedEntry();

    [GeneratedRegex(@"^\s*(?:References|Sources|Bibliography|Notes|Citations|Works\s+cited|Footnotes|Notes\s+and\s+references)\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferencesHeading();

    /// <summary>Each number's entry: the list items and "[n] …" paragraphs under a References heading, up to the next heading.</summary>
    private Dictionary<int, ProseBlock> References()
    {
        if (_references is not null) return _references;
        _references = new();
        bool inReferences = false;
        foreach (var b in _document.Blocks)
        {
            if (b.Kind == ProseBlockKind.Heading) { inReferences = ReferencesHeading().IsMatch(b.Text); continue; }
            if (!inReferences || b.Kind is not (ProseBlockKind.ListItem or ProseBlockKind.Paragraph)) continue;
            var own = NumberedEntry().Match(b.Text);
            int number = own.Success ? int.Parse(own.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
                : b.Kind == ProseBlockKind.ListItem ? b.ListItemIndex + 1 : 0;
            if (number > 0) _references.TryAdd(number, b);
        }
        return _references;
    }

    /// <summary>
    /// A numbered reference stands for its entry's links (checked like links in the sentence), or for the entry's text
    /// when it has none. A number with no entry is not a citation.
    /// </summary>
    private void AddNumberedReferences(ProseBlock block, List<Citation> into)
    {
        foreach (Match m in NumberedReference().Matches(block.Text))
        {
            var references = References();
            if (references.Count == 0) return;
            var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
            foreach (int n in Numbers(m.Groups["numbers"].Value))
            {
                if (!references.TryGetValue(n, out var entry) || ReferenceEquals(entry, block)) continue;
                bool linked = false;
                foreach (var c in entry.Citations)
                {
                    if (c.Kind is not (CitationKind.Link or CitationKind.Autolink)) continue;
                    into.Add(new Citation(c.Kind, m.Index, m.Index + m.Length, c.Target, s, e));
                    linked = true;
                }
                if (!linked) into.Add(new Citation(CitationKind.Parenthetical, m.Index, m.Index + m.Length, entry.Text.Trim(), s, e));
            }
        }
    }

    private static IEnumerable<int> Numbers(string list)
    {
        foreach (var part in list.Split(','))
        {
            var range = part.Split(['–', '-'], 2);
            if (!int.TryParse(range[0], System.Globalization.CultureInfo.InvariantCulture, out int first)) continue;
            int last = range.Length == 2 && int.TryParse(range[1], System.Globalization.CultureInfo.InvariantCulture, out int l) && l >= first && l - first < 20 ? l : first;
            for (int n = first; n <= last; n++) yield return n;
        }
    }

    private static void AddMissing(List<Citation> into, IEnumerable<Citation> from)
    {
        foreach (var c in from)
            if (!into.Contains(c)) into.Add(c);
    }
}
