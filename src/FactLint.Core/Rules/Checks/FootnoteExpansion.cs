using FactLint.Core.Claims.Detectors;
using FactLint.Core.Documents;
using FactLint.Core.Text;
using FactLint.Core.Verification;
using FactLint.Core.Verification.Sources;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// A footnote citation stands for what the footnote holds: the links and keys inside it, or a quote it carries
/// (<c>[^1]: Q3 report, p. 4: "revenue was $9.73 billion"</c>), which is then the passage the claim is checked against.
/// </summary>
internal static class FootnoteExpansion
{
    /// <summary>Citations, each footnote replaced by the non-footnote citations inside it.</summary>
    public static IEnumerable<Citation> Expand(IEnumerable<Citation> citations, CheckContext context)
    {
        foreach (var c in citations)
        {
            if (c.Kind != CitationKind.Footnote) { yield return c; continue; }
            if (!context.Document.Footnotes.TryGetValue(c.Target, out var blocks)) continue;
            foreach (var inner in blocks.SelectMany(b => context.Citations.CitationsIn(b)))
                if (inner.Kind != CitationKind.Footnote) yield return inner;
        }
    }

    /// <summary>
    /// The passages to search for a claim: each resolved source (with the headings above a cited section), and for a
    /// footnote the quotes it carries, else its own citations, followed through nested footnotes once each.
    /// </summary>
    public static List<SearchTarget> SearchTargets(IEnumerable<Citation> citations, CheckContext context) =>
        SearchTargets(citations, context, new HashSet<Citation>());

    private static List<SearchTarget> SearchTargets(IEnumerable<Citation> citations, CheckContext context, HashSet<Citation> visited)
    {
        var targets = new List<SearchTarget>();
        foreach (var c in citations)
        {
            if (!visited.Add(c)) continue;
            if (c.Kind == CitationKind.Footnote)
            {
                if (!context.Document.Footnotes.TryGetValue(c.Target, out var blocks)) continue;
                var carried = blocks.SelectMany(CarriedQuotes).ToList();
                if (carried.Count > 0) targets.AddRange(carried.Select(q => QuoteTarget(q, context.Services.Sources, context.Source)));
                else targets.AddRange(SearchTargets(blocks.SelectMany(b => context.Citations.CitationsIn(b)), context, visited));
                continue;
            }
            var r = CitationVerifyCheck.Resolve(c, context);
            if (r is not { Kind: ResolutionKind.Resolved, Index: not null }) continue;
            targets.Add(new SearchTarget(r.Index, r.Range, r.Index.Document.DisplayPath));
            foreach (var heading in r.Context) targets.Add(new SearchTarget(r.Index, heading, r.Index.Document.DisplayPath));
        }
        return targets;
    }

    /// <summary>Quoted passages in a footnote, three characters or longer.</summary>
    public static IEnumerable<(ProseBlock Block, int Start, int End)> CarriedQuotes(ProseBlock block) =>
        QuoteDetector.QuotedSpans(block.Text).Where(q => q.End - q.Start >= 3).Select(q => (block, q.Start, q.End));

    private static SearchTarget QuoteTarget((ProseBlock Block, int Start, int End) q, SourceLibrary library, SourceText source)
    {
        var text = q.Block.Text[q.Start..q.End];
        var map = new int[text.Length + 1];
        for (int i = 0; i <= text.Length; i++) map[i] = q.Block.SourceOffset(q.Start + i);
        var document = new SourceDocument(library.Display(source.Path), source, text, map);
        return new SearchTarget(SourceIndex.Build(document), null, $"the quote in footnote [^{q.Block.FootnoteLabel}]");
    }
}
