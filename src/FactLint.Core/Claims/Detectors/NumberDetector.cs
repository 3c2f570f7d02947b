using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Markdown;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Exact figures: <c>1,847</c>, <c>9.73 billion</c>, <c>3.2 GB</c>, <c>120 ms</c>, <c>3 hours and 14 minutes</c>.
/// Small bare integers (counting words in instructions), section numbers and numbers inside identifiers are not claims.
/// </summary>
public sealed partial class NumberDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Number;

    /// <summary>A bare integer (no unit, no separator) below this is a counting word, not a claim.</summary>
    public int MinBareInteger { get; init; } = 10;

    [GeneratedRegex(LeftBoundary + "(?<num>" + Number + @")(?:\s(?<scale>thousand|million|billion|trillion)\b)?(?:(?:\s?|-)(?<unit>" + Unit + "))?" + RightBoundary,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberRegex();

    // Words after which a number names a place in the document or an identifier, not a quantity.
    [GeneratedRegex(@"(?:\b(?:[Ss]ections?|[Cc]hapters?|[Ss]teps?|[Ff]igures?|[Ff]ig\.|[Tt]ables?|[Pp]ages?|p\.|pp\.|[Ll]ines?|[Ii]tems?|[Ii]ssues?|PR|[Pp]ull request|RFC|ISO|IEEE|PEP|CVE|[Nn]o\.|[Nn]umber|[Rr]ules?|[Ee]xercises?|[Aa]ppendix|[Pp]art|[Pp]hase|[Ll]evel|[Tt]ier|[Ee]pisode|[Ss]eason|[Vv]olume|[Vv]ol\.|[Ff]ootnote|[Aa]rticle|[Cc]lause|[Oo]ption|[Qq]uestion|[Tt]ask|[Ll]esson|[Mm]odule|[Ee]xample|[Ll]isting|[Ee]quation|[Ss]lide|[Tt]icket|[Bb]ug|[Bb]uild|[Rr]oom|[Ss]tage)|[#§¶])\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex ReferenceWordBefore();

    // Durations written in parts ("3 hours and 14 minutes") are one claim.
    [GeneratedRegex(@"^(?:,\s*|\s+and\s+|\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationJoiner();

    [GeneratedRegex(@"^(?:ms|s|sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|years?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeUnit();

    // Ratios such as a 3.81:1 compression ratio (times of day like 10:30 have no ":1" form).
    [GeneratedRegex(LeftBoundary + Number + @"\s?:\s?1(?![\p{L}\p{N}_.:])", RegexOptions.CultureInvariant)]
    private static partial Regex RatioRegex();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        if (!text.AsSpan().ContainsAnyInRange('0', '9')) return;
        foreach (Match m in RatioRegex().Matches(text))
            claims.Add(new Claim(ClaimKind.Number, block, m.Index, m.Index + m.Length, m.Value));
        Claim? previousDuration = null;
        foreach (Match m in NumberRegex().Matches(text))
        {
            var num = m.Groups["num"];
            var unit = m.Groups["unit"];
            bool hasUnit = unit.Success || m.Groups["scale"].Success;
            if (!hasUnit && !IsClaimWithoutUnit(num.Value)) continue;
            if (!hasUnit && ReferenceWordBefore().IsMatch(text.AsSpan(Math.Max(0, m.Index - 24), m.Index - Math.Max(0, m.Index - 24)))) continue;

            var claim = new Claim(ClaimKind.Number, block, m.Index, m.Index + m.Length, m.Value);
            bool isDuration = unit.Success && TimeUnit().IsMatch(unit.Value);
            if (isDuration && previousDuration is not null
                && DurationJoiner().IsMatch(text.AsSpan(previousDuration.End, m.Index - previousDuration.End)))
            {
                claims.Remove(previousDuration);
                claim = claim with { Start = previousDuration.Start, Text = text[previousDuration.Start..claim.End] };
            }
            claims.Add(claim);
            previousDuration = isDuration ? claim : null;
        }
    }

    private bool IsClaimWithoutUnit(string number)
    {
        if (number.Contains(',') || number.Contains('.')) return true;
        var digits = number.TrimStart('-', '−');
        if (digits.Length == 4 && digits[0] is '1' or '2' && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out int year) && year is >= 1500 and <= 2099)
            return false; // a year: the date detector owns it
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value >= MinBareInteger;
    }
}
