using FactLint.Core.Claims.Detectors;
using FactLint.Core.Markdown;

namespace FactLint.Core.Claims;

/// <summary>Runs the detectors over a document and resolves overlaps, so each stretch of text is one claim.</summary>
public sealed class ClaimDetection
{
    private readonly IReadOnlyList<IClaimDetector> _detectors;
    private readonly Func<Claim, bool>? _isCommon;

    public ClaimDetection(IReadOnlyList<IClaimDetector> detectors, Func<Claim, bool>? isCommon = null)
    {
        _detectors = detectors;
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
        foreach (var block in document.Blocks)
        {
            candidates.Clear();
            foreach (var detector in _detectors) detector.Detect(block, candidates);
            if (candidates.Count == 0) continue;
            foreach (var claim in ResolveOverlaps(candidates))
                result.Add(_isCommon is not null && _isCommon(claim) ? claim with { IsCommon = true } : claim);
        }
        return result;
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

    internal static IEnumerable<Claim> ResolveOverlaps(List<Claim> candidates)
    {
        var ranked = candidates
            .OrderByDescending(c => Priority(c.Kind))
            .ThenByDescending(c => c.End - c.Start)
            .ThenBy(c => c.Start)
            .ToList();
        // Kept claims never overlap, so ordered by start they are ordered by end too: a candidate overlaps a kept claim
        // exactly when the last kept claim starting before its end ends after its start. (A linear scan here was
        // quadratic: minutes for one paragraph with tens of thousands of figures.)
        var kept = new SortedDictionary<int, Claim>();
        var starts = new SortedSet<int>();
        foreach (var claim in ranked)
        {
            if (claim.End <= claim.Start) continue;
            if (starts.Count > 0 && starts.Min < claim.End)
            {
                int before = starts.GetViewBetween(starts.Min, claim.End - 1).Max;
                if (kept[before].End > claim.Start) continue;
            }
            kept.Add(claim.Start, claim);
            starts.Add(claim.Start);
        }
        return kept.Values;
    }
}
