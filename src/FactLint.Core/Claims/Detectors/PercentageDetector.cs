using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Verification;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Percentages and their relatives: <c>87.3%</c>, <c>12 percent</c>, <c>4.5 percentage points</c>, <c>25 bps</c>.</summary>
public sealed partial class PercentageDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Percentage;

    // A range is one claim: "10-15%", "10 to 15 percent".
    // (The range part after the first number, not before it: written first, the number was parsed twice wherever there
    // was no range.)
    [GeneratedRegex(LeftBoundary + Number + @"(?:(?:\s?[–—-]\s?|\s+to\s+)" + Number + ")?" + @"(?:\s?%|\s?‰|\s(?:percent|per\s?cent|percentage\s+points?|pp|basis\s+points|bps)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentRegex();

    internal static Regex Pattern => PercentRegex();

    // Every match holds '%', '‰', "per" (percent, per cent, percentage points), "pp", "bp" (bps) or "point" (basis points):
    // a block with none is skipped. The words have no 'k' or 's' (letters with non-ASCII case variants), so they get the
    // vectorised ASCII case-insensitive search.
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["per", "pp", "bp", "point"], StringComparison.OrdinalIgnoreCase);

    internal static bool MayHoldPercentage(ReadOnlySpan<char> text) => text.ContainsAny('%', '‰') || text.ContainsAny(Words);

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        if (!block.Text.AsSpan().ContainsAnyInRange('0', '9') || !MayHoldPercentage(block.Text)) return;
        // EnumerateMatches: no Match objects (the claim needs only the span).
        foreach (var m in PercentRegex().EnumerateMatches(block.Text))
            claims.Add(Claim.At(ClaimKind.Percentage, block, m.Index, m.Index + m.Length));
    }
}
