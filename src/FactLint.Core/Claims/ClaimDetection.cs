using FactLint.Core.Claims.Detectors;
using FactLint.Core.Documents;

namespace FactLint.Core.Claims;

/// <summary>Runs the detectors over a document and resolves overlaps, so each stretch of text is one claim.</summary>
public sealed class ClaimDetection
{
    // An array: a foreach over the interface allocated an enumerator for every block.
    private readonly IClaimDetector[] _detectors;
    private readonly Func<Claim, bool>? _isCommon;

    public ClaimDetection(IReadOnlyList<IClaimDetector> detectors, Func<Claim, bool>? isCommon = null)
    {
        _detectors = detectors.ToArray();
        _isCommon = isCommon;
    }

    public static IReadOnlyList<IClaimDetector> DefaultDetectors(IEnumerable<string>? extraVersionProducts = null) =>
    [
        new QuoteDetector(),
        new MoneyDetector(),
        new PercentageDetector(),
        new StatisticDetector(),
        new DateDetector(),
        new VersionDetector(extraVersionProducts),
        new NumberDetector(),
    ];

    public IReadOnlyList<Claim> Detect(ProseDocument document)
    {
        var result = new List<Claim>();
        var candidates = new List<Claim>();
        var kept = new List<Claim>();
        foreach (var block in document.Blocks)
        {
            candidates.Clear();
            foreach (var detector in _detectors) detector.Detect(block, candidates);
            if (candidates.Count == 0) continue;
            if (block.InBlockQuote) DropSignatureClaims(block, candidates);
            ResolveOverlaps(candidates, kept);
            foreach (var claim in kept)
                result.Add(_isCommon is not null && _isCommon(claim) ? claim with { IsCommon = true } : claim);
        }
        return result;
    }

    // "> — Jane Doe, 2023" under a quote attributed to it: the year dates the quote, it is not a claim of its own.
    private static void DropSignatureClaims(ProseBlock block, List<Claim> candidates)
    {
        int signature = QuoteDetector.SignatureStart(block);
        if (signature < 0 || !candidates.Exists(c => c.Kind == ClaimKind.Quote && c.Attribution is not null && c.End <= signature)) return;
        candidates.RemoveAll(c => c.Kind != ClaimKind.Quote && c.Start >= signature);
    }

    // Higher wins an overlap: a quote holds its figures; "$9.73 billion" is money, not a number.
    private static int Priority(ClaimKind kind) => kind switch
    {
        ClaimKind.Quote => 7,
        ClaimKind.Money => 6,
        ClaimKind.Percentage => 5,
        ClaimKind.Statistic => 4,
        ClaimKind.Date => 3,
        ClaimKind.Version => 2,
        _ => 1,
    };

    /// <summary>Fills <paramref name="kept"/> with the winners, ordered by start.</summary>
    internal static void ResolveOverlaps(List<Claim> candidates, List<Claim> kept)
    {
        kept.Clear();
        if (candidates.Count == 1)
        {
            if (candidates[0].End > candidates[0].Start) kept.Add(candidates[0]);
            return;
        }
        var ranked = new (Claim Claim, int Index)[candidates.Count];
        for (int i = 0; i < ranked.Length; i++) ranked[i] = (candidates[i], i);
        Array.Sort(ranked, RankOrder);
        // Kept claims never overlap, so ordered by start they are ordered by end too: a candidate overlaps a kept claim
        // exactly when the last kept claim starting before its end ends after its start. Binary search keeps this
        // O(n log n) for a paragraph with tens of thousands of figures.
        foreach (var (claim, _) in ranked)
        {
            if (claim.End <= claim.Start) continue;
            int at = FirstStartingAtOrAfter(kept, claim.End);
            if (at > 0 && kept[at - 1].End > claim.Start) continue;
            kept.Insert(at, claim);
        }
    }

    private static readonly Comparison<(Claim Claim, int Index)> RankOrder = (x, y) =>
    {
        var (a, b) = (x.Claim, y.Claim);
        int c = Priority(b.Kind).CompareTo(Priority(a.Kind));
        if (c != 0) return c;
        c = (b.End - b.Start).CompareTo(a.End - a.Start);
        if (c != 0) return c;
        // Ties fall to the earlier claim, then to the detector order (Array.Sort is not stable).
        c = a.Start.CompareTo(b.Start);
        return c != 0 ? c : x.Index.CompareTo(y.Index);
    };

    private static int FirstStartingAtOrAfter(List<Claim> kept, int position)
    {
        int lo = 0, hi = kept.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (kept[mid].Start < position) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
