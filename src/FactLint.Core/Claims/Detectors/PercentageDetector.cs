using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Vocabulary;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Percentages and their relatives: <c>87.3%</c>, <c>12 percent</c>, <c>4.5 percentage points</c>, <c>25 bps</c>.</summary>
public sealed partial class PercentageDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Percentage;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new() { Characters = ClaimPatterns.Digits, Words = ["percent", "cent", "percentage"] };

    // The words of a percentage, after its number in figures or in words.
    private const string PercentWords = @"percent|per\s?cent|percentage\s+points?";

    // "forty percent", "twenty-five per cent", "five percentage points": a percentage in words.
    private const string SpelledUnder100 =
        "(?:(?:" + NumberWords.TensPattern + ")(?:-(?:" + NumberWords.OnesPattern + "))?" +
        "|" + NumberWords.OnesPattern + "|" + NumberWords.TeensPattern + @"|(?:a|one)\s+hundred)";

    [GeneratedRegex(@"(?<![\p{L}\p{N}_-])" + SpelledUnder100 + @"\s(?:" + PercentWords + @")\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex SpelledPercent();

    // A range is one claim: "10-15%", "10 to 15 percent".
    // (The range part after the first number, not before it: written first, the number was parsed twice wherever there
    // was no range.)
    // A year does not open a range: in "3.2% in 1929 to 24.9% in 1933" the percentage is "24.9%".
    [GeneratedRegex(LeftBoundary + @"(?!(?:1[5-9]|20)\d{2}(?:\s?[–—-]\s?|\s+to\s+)\d)" + Number + @"(?:(?:\s?[–—-]\s?|\s+to\s+)" + Number + ")?" + @"(?:\s?%|\s?‰|\s(?:" + PercentWords + @"|pp|basis\s+points|bps)\b)",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex PercentRegex();

    internal static Regex Pattern => PercentRegex();
    internal static Regex SpelledPattern => SpelledPercent();

    // Every match holds '%', '‰', "per" (percent, per cent, percentage points), "pp", "bp" (bps) or "point" (basis points):
    // a block with none is skipped. The words have no 'k' or 's' (letters with non-ASCII case variants), so they get the
    // vectorised ASCII case-insensitive search.
    private static readonly System.Buffers.SearchValues<string> Words = System.Buffers.SearchValues.Create(
        ["per", "pp", "bp", "point"], StringComparison.OrdinalIgnoreCase);

    // A spelled percentage ("forty percent", "per cent", "five percentage points") holds "cent" right after "per" or
    // "per" and one white-space character: "recent", "centre" and "endpoint" are everywhere in docs.
    private static readonly System.Buffers.SearchValues<string> Cent = System.Buffers.SearchValues.Create(["cent"], StringComparison.OrdinalIgnoreCase);

    internal static bool MayHoldSpelledPercent(ReadOnlySpan<char> text)
    {
        for (int offset = 0; ;)
        {
            int hit = text[offset..].IndexOfAny(Cent);
            if (hit < 0) return false;
            int at = offset + hit;
            if (EndsWithPer(text[..at]) || at >= 1 && char.IsWhiteSpace(text[at - 1]) && EndsWithPer(text[..(at - 1)])) return true;
            offset = at + 1;
        }
    }

    private static bool EndsWithPer(ReadOnlySpan<char> text) => text.EndsWith("per", StringComparison.OrdinalIgnoreCase);

    internal static bool MayHoldPercentage(ReadOnlySpan<char> text) => text.ContainsAny('%', '‰') || text.ContainsAny(Words);

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        // EnumerateMatches: no Match objects (the claim needs only the span). A spelled percentage holds "per", so its
        // precheck implies MayHoldPercentage; a block without a digit is asked only that one.
        if (block.HoldsDigit && MayHoldPercentage(block.Text))
            foreach (var m in PercentRegex().EnumerateMatches(block.Text))
                claims.Add(Claim.At(ClaimKind.Percentage, block, m.Index, m.Index + m.Length));
        if (MayHoldSpelledPercent(block.Text))
            foreach (var m in SpelledPercent().EnumerateMatches(block.Text))
                claims.Add(Claim.At(ClaimKind.Percentage, block, m.Index, m.Index + m.Length));
    }
}
