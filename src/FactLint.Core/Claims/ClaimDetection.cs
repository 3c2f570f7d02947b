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
        var kept = new List<Claim>();
        foreach (var claim in ranked)
        {
            if (claim.End <= claim.Start) continue;
            if (kept.Any(k => k.Start < claim.End && claim.Start < k.End)) continue;
            kept.Add(claim);
        }
        return kept.OrderBy(c => c.Start);
    }
}
