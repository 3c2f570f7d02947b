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

    /// <param name="MaxEnd">MaxEnd[i]: the largest End of All[0..i] (All is sorted by Start), to find spans over a claim without a scan.</param>
    private sealed record BlockCitations(IReadOnlyList<Citation> All, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<Citation> SourceSentences, bool OpensWithSource, int[] MaxEnd)
    {
        /// <summary>Works named by title, venue and year (<see cref="CitationConventions.TitledWorks"/>); also in <see cref="All"/>.</summary>
        public IReadOnlyList<Citation> TitledWorks { get; init; } = [];
    }

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
        List<Citation>? titled = null;
        // The document-wide precheck first: most documents name no titled work, and then no block is searched.
        if (_conventions.TitledWorks && MayNameTitledWorks)
        {
            CitationFinder.FindTitledWorks(block, sentences, titled = []);
            all.AddRange(titled);
        }
        all.Sort((a, b) => a.Start.CompareTo(b.Start));
        // A paragraph that opens with "Source:" is a source line for its neighbours.
        bool opensWithSource = sourceSentences.Count > 0 && sourceSentences[0].Start == sentences[0].Start && block.Kind == ProseBlockKind.Paragraph;
        var maxEnd = new int[all.Count];
        for (int i = 0; i < all.Count; i++) maxEnd[i] = Math.Max(i > 0 ? maxEnd[i - 1] : int.MinValue, all[i].End);
        return new BlockCitations(all, sentences, sourceSentences, opensWithSource, maxEnd) { TitledWorks = titled is { Count: > 0 } ? titled : [] };
    }

    public IReadOnlyList<Citation> CitationsIn(ProseBlock block) => InfoOf(block)?.All ?? [];

    public IReadOnlyList<(int Start, int End)> SentencesOf(ProseBlock block) => InfoOf(block)?.Sentences ?? [(0, block.Text.Length)];

    /// <summary>The sentence range holding a prose offset.</summary>
    public (int Start, int End) SentenceAt(ProseBlock block, int offset) => SentenceHolding(SentencesOf(block), offset, block.Text.Length);

    /// <summary>The sentence of <paramref name="all"/> (a block's sentences, in order) that holds <paramref name="offset"/>.</summary>
    internal static (int Start, int End) SentenceHolding(IReadOnlyList<(int Start, int End)> all, int offset, int textLength)
    {
        // Sentences are ordered and cover the text: binary search (a scan per claim was quadratic on huge paragraphs).
        int lo = 0, hi = all.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (offset < all[mid].Start) hi = mid - 1;
            else if (offset >= all[mid].End) lo = mid + 1;
            else return all[mid];
        }
        return all.Count > 0 ? all[^1] : (0, textLength);
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
        // Binary searches over the sorted citations: a scan per claim was quadratic in a paragraph of 10,000 footnoted claims.
        var all = info.All;
        int first = FirstStartingAtOrAfter(all, s);
        int before = first - 1;
        while (before >= 0 && info.MaxEnd[before] > claim.Start) before--;
        for (int i = before + 1; i < first; i++)
            if (all[i].End > claim.Start) result.Add(all[i]);
        for (int i = first; i < all.Count && all[i].Start <= e; i++) result.Add(all[i]);

        if (_conventions.SeeSentenceCoversPrevious && NextSentence(info.Sentences, e) is var (ns, ne) && ne > ns
            && SeeSentence().IsMatch(block.Text.AsSpan(ns, ne - ns)))
        {
            var pointed = new List<Citation>();
            for (int i = FirstStartingAtOrAfter(all, ns); i < all.Count && all[i].Start < ne; i++) pointed.Add(all[i]);
            AddMissing(result, pointed);
        }

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
            // Tables often carry their source above them, as a caption, in the sentence that introduces them, or in a
            // pointer sentence right after them ("See [the benchmark](…) for the set-up.").
            if (block.Kind == ProseBlockKind.TableCell)
            {
                AddMissing(result, SourceLinesAt(block.TopLevelOrder - 1));
                AddMissing(result, TableNeighbourCitations(block.TopLevelOrder));
            }
        }
        if (_conventions.TitledWorks && MayNameTitledWorks && CitationFinder.PointsBack().IsMatch(block.Text.AsSpan(s, e - s))
            && TitledWorkBefore(IndexOf(block), s) is { } work) AddMissing(result, [work]);
        // "Gupta et al. (2003): In a study …, they found …": a citation that opens the block, as its label, covers all of it.
        if (OpeningCitation(block, info) is { } opening) AddMissing(result, [opening]);
        return result.Count == 0 ? [] : result;
    }

    /// <summary>
    /// The citations in the last sentence of the paragraph right before a table (its introducing sentence or caption), and in
    /// the first sentence of the paragraph right after it when that sentence points to a source ("See …", "Cf. …").
    /// </summary>
    private IReadOnlyList<Citation> TableNeighbourCitations(int tableOrder)
    {
        List<Citation>? found = null;
        foreach (var paragraph in ParagraphsAt(tableOrder - 1))
        {
            if (InfoOf(paragraph) is not { } info || info.Sentences.Count == 0) continue;
            var (s, e) = info.Sentences[^1];
            foreach (var c in info.All)
                if (c.Start >= s && c.Start < e) (found ??= []).Add(c);
        }
        foreach (var paragraph in ParagraphsAt(tableOrder + 1))
        {
            if (InfoOf(paragraph) is not { } info || info.Sentences.Count == 0) continue;
            var (s, e) = info.Sentences[0];
            if (!SeeSentence().IsMatch(paragraph.Text.AsSpan(s, e - s))) continue;
            foreach (var c in info.All)
                if (c.Start >= s && c.Start < e) (found ??= []).Add(c);
        }
        return found is null ? [] : found;
    }

    /// <summary>A citation that opens a list item or paragraph as its label, then a colon or a dash; null when there is none.</summary>
    private static Citation? OpeningCitation(ProseBlock block, BlockCitations info)
    {
        if (info.All.Count == 0 || block.Kind is not (ProseBlockKind.ListItem or ProseBlockKind.Paragraph)) return null;
        var first = info.All[0];
        string text = block.Text;
        if (first.Start < 0 || first.End > text.Length || !text.AsSpan(0, first.Start).IsWhiteSpace()) return null;
        var after = text.AsSpan(first.End).TrimStart();
        return !after.IsEmpty && after[0] is ':' or '–' or '—' ? first : null;
    }

    private List<ProseBlock> ParagraphsAt(int order)
    {
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
        return _paragraphsByOrder.TryGetValue(order, out var paragraphs) ? paragraphs : [];
    }

    // The sentence that starts where one ends, or (0, 0). Sentences are in order: binary search.
    private static (int Start, int End) NextSentence(IReadOnlyList<(int Start, int End)> sentences, int end)
    {
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start >= end) hi = mid; else lo = mid + 1;
        }
        return lo < sentences.Count ? sentences[lo] : (0, 0);
    }

    // The index of the first citation starting at or after offset (All is sorted by Start).
    private static int FirstStartingAtOrAfter(IReadOnlyList<Citation> all, int offset)
    {
        int lo = 0, hi = all.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (all[mid].Start >= offset) hi = mid; else lo = mid + 1;
        }
        return lo;
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
        List<Citation>? lines = null;
        foreach (var paragraph in ParagraphsAt(order))
            if (InfoOf(paragraph) is { OpensWithSource: true } info)
                (lines ??= new()).AddRange(info.All);
        IReadOnlyList<Citation> result = lines is null ? [] : lines;
        _sourceLinesByOrder[order] = result;
        return result;
    }

    private bool IsSourceLine(ProseBlock block) => block.Kind == ProseBlockKind.Paragraph && SourceLinesAt(block.TopLevelOrder).Count > 0;

    private static void AddMissing(List<Citation> into, IEnumerable<Citation> from)
    {
        foreach (var c in from)
            if (!into.Contains(c)) into.Add(c);
    }
}
