using FactLint.Core.Claims;
using FactLint.Core.Markdown;
using FactLint.Core.Rules;

namespace FactLint.Core.Citations;

/// <summary>
/// Every citation of a document and the rules of reach: which citations cover a claim.
/// A citation covers its sentence; a "Source: …" sentence covers its paragraph; a source line next to a
/// paragraph, list or table covers it; a citation in a table row covers the row; with <c>reach: paragraph</c> a citation covers its block.
/// </summary>
public sealed class CitationIndex
{
    private readonly CitationConventions _conventions;
    private readonly Dictionary<ProseBlock, BlockCitations> _blocks = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, List<Citation>> _sourceLinesByOrder = new();
    // Table cells by (table, row), so a row's citations are found without scanning every block for every cell's claim.
    private readonly Dictionary<(int Table, int Row), List<ProseBlock>> _rows = new();

    private sealed record BlockCitations(IReadOnlyList<Citation> All, IReadOnlyList<(int Start, int End)> Sentences, IReadOnlyList<Citation> SourceSentences);

    public CitationIndex(ProseDocument document, CitationConventions conventions)
    {
        _conventions = conventions;
        var finder = new CitationFinder(conventions);
        foreach (var block in document.Blocks)
        {
            var all = new List<Citation>(block.Citations);
            finder.Find(block, all);
            var sentences = SentenceSplitter.Split(block.Text);
            var sourceSentences = new List<Citation>();
            foreach (var (s, e) in sentences)
            {
                if (finder.SourceSentence(block, s, e) is { } source)
                {
                    sourceSentences.Add(source);
                    all.Add(source);
                }
            }
            all.Sort((a, b) => a.Start.CompareTo(b.Start));
            _blocks[block] = new BlockCitations(all, sentences, sourceSentences);
            if (block.Kind == ProseBlockKind.TableCell)
            {
                if (!_rows.TryGetValue((block.TopLevelOrder, block.TableRow), out var row)) _rows[(block.TopLevelOrder, block.TableRow)] = row = new();
                row.Add(block);
            }

            // A block that opens with "Source:" is a source line for its neighbours.
            if (sourceSentences.Count > 0 && sourceSentences[0].Start == sentences[0].Start && block.Kind == ProseBlockKind.Paragraph)
            {
                if (!_sourceLinesByOrder.TryGetValue(block.TopLevelOrder, out var list)) _sourceLinesByOrder[block.TopLevelOrder] = list = new();
                list.AddRange(all);
            }
        }
    }

    public IReadOnlyList<Citation> CitationsIn(ProseBlock block) => _blocks.TryGetValue(block, out var b) ? b.All : [];

    public IReadOnlyList<(int Start, int End)> SentencesOf(ProseBlock block) => _blocks.TryGetValue(block, out var b) ? b.Sentences : [(0, block.Text.Length)];

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
        if (_reach.TryGetValue(claim, out var known)) return known;
        var found = FindCitationsFor(claim);
        _reach[claim] = found;
        return found;
    }

    private readonly Dictionary<Claim, IReadOnlyList<Citation>> _reach = new(ReferenceEqualityComparer.Instance);

    private IReadOnlyList<Citation> FindCitationsFor(Claim claim)
    {
        var block = claim.Block;
        if (!_blocks.TryGetValue(block, out var info)) return [];
        var result = new List<Citation>();
        var (s, e) = SentenceAt(block, claim.Start);
        foreach (var c in info.All)
            if (c.Start >= s && c.Start <= e || (c.Start < s && c.End > claim.Start)) result.Add(c);

        if (_conventions.Reach == CitationReachKind.Paragraph || block.Kind == ProseBlockKind.FootnoteDefinition)
            AddMissing(result, info.All);
        AddMissing(result, info.SourceSentences);

        if (block.Kind == ProseBlockKind.TableCell && _conventions.RowCitationCoversRow)
        {
            foreach (var other in _rows[(block.TopLevelOrder, block.TableRow)])
                if (!ReferenceEquals(other, block))
                    AddMissing(result, CitationsIn(other));
        }

        if (_conventions.SourceLineCoversNeighbour && !IsSourceLine(block))
        {
            if (_sourceLinesByOrder.TryGetValue(block.TopLevelOrder + 1, out var after)) AddMissing(result, after);
            // Tables often carry their source above them, as a caption.
            if (block.Kind == ProseBlockKind.TableCell && _sourceLinesByOrder.TryGetValue(block.TopLevelOrder - 1, out var before)) AddMissing(result, before);
        }
        return result.Count == 0 ? [] : result;
    }

    private bool IsSourceLine(ProseBlock block) =>
        _sourceLinesByOrder.ContainsKey(block.TopLevelOrder) && block.Kind == ProseBlockKind.Paragraph;

    private static void AddMissing(List<Citation> into, IEnumerable<Citation> from)
    {
        foreach (var c in from)
            if (!into.Contains(c)) into.Add(c);
    }
}
