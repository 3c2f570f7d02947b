using System.Globalization;
using System.Text.RegularExpressions;

namespace FactLint.Core.Verification;

/// <summary>A date found in text, in canonical form: <c>2021-09-30</c>, <c>2021-09</c> (month), <c>2021</c> (year) or
/// <c>--09-30</c> (day and month without a year, as ISO 8601 writes it).</summary>
public sealed record DateMention(string Canonical, int Start, int Length, string Text);

/// <summary>Reads dates so that <c>2021-09-30</c> = <c>September 30, 2021</c> = <c>30 Sept 2021</c>; <c>9/30/2021</c> is read as US month/day.</summary>
public static partial class DateReader
{
    private const string Month = @"(?<mon>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";
    private const string Day = @"(?<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}])(?:" +
        @"(?<y>\d{4})-(?<m>0[1-9]|1[0-2])-(?<d>0[1-9]|[12]\d|3[01])" +
        @"|" + Month + @"\s+" + Day + @"(?:,\s*|\s+)(?<y>\d{4})" +
        @"|" + Day + @"\s+(?:of\s+)?" + Month + @",?\s+(?<y>\d{4})" +
        @"|" + Month + @",?\s+(?<y>\d{4})" +
        @"|(?<m>0?[1-9]|1[0-2])/(?<d>0?[1-9]|[12]\d|3[01])/(?<y>\d{4})" +
        // A day and month without a year (April 9th, 12th November): its year is elsewhere in the text, or nowhere.
        @"|" + Month + @"\s+" + Day +
        @"|" + Day + @"\s+(?:of\s+)?" + Month +
        @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^(?:in\s+)?(?<y>1[5-9]\d{2}|20\d{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearOnly();

    // 1972-73, 1972–1973, 1998/99: a span of years, as two endpoints.
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<a>1\d{3}|20\d{2})\s?[-–—/]\s?(?<b>\d{4}|\d{2})(?![\p{L}\p{N}]|[.,\-–/]\d)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearRangeRegex();

    /// <summary>Year spans in text (<c>1972-73</c> = <c>1972–1973</c>), each as (from, to) years and where it is.</summary>
    public static IEnumerable<(int From, int To, int Start, string Text)> ReadYearRanges(string text)
    {
        foreach (Match m in YearRangeRegex().Matches(text))
            if (Endpoints(m) is { } r) yield return (r.From, r.To, m.Index, m.Value);
    }

    /// <summary>The endpoints of a claimed year span, or null when the claim is not one.</summary>
    public static (int From, int To)? YearRangeOf(string claim)
    {
        var trimmed = claim.Trim();
        var m = YearRangeRegex().Match(trimmed);
        return m.Success && m.Index == 0 && m.Length == trimmed.Length ? Endpoints(m) : null;
    }

    private static (int From, int To)? Endpoints(Match m)
    {
        int from = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture);
        var b = m.Groups["b"].Value;
        int to = int.Parse(b, CultureInfo.InvariantCulture);
        // Two digits continue the first year's century (1972-73); 2021-09 is a month, not a span back to 2009.
        if (b.Length == 2) to += from / 100 * 100;
        return to > from ? (from, to) : null;
    }

    public static List<DateMention> Read(string text)
    {
        var result = new List<DateMention>();
        foreach (Match m in DateRegex().Matches(text))
            if (Canonical(m) is { } canonical) result.Add(new DateMention(canonical, m.Index, m.Length, m.Value));
        return result;
    }

    /// <summary>The canonical form of a claimed date, or null when it is not a calendar date (a quarter, a range).</summary>
    public static string? CanonicalOf(string claim)
    {
        var trimmed = claim.Trim();
        var y = YearOnly().Match(trimmed);
        if (y.Success) return y.Groups["y"].Value;
        var m = DateRegex().Match(trimmed);
        return m.Success && m.Index == 0 && m.Length == trimmed.Length ? Canonical(m) : null;
    }

    private static string? Canonical(Match m)
    {
        int month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : MonthOf(m.Groups["mon"].Value);
        if (month == 0) return null;
        if (!m.Groups["y"].Success)
        {
            int dayOnly = int.Parse(m.Groups["day"].Value, CultureInfo.InvariantCulture);
            return dayOnly > DateTime.DaysInMonth(2024, month) ? null : $"--{month:D2}-{dayOnly:D2}";
        }
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (!m.Groups["d"].Success && !m.Groups["day"].Success) return $"{year:D4}-{month:D2}";
        int day = int.Parse(m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month)) return null;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    /// <summary>True for a day and month without a year (<c>--09-30</c>).</summary>
    public static bool IsYearless(string canonical) => canonical.StartsWith("--", StringComparison.Ordinal);

    private static int MonthOf(string name) => name.Length < 3 ? 0 : name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    /// <summary>Does a source date state the claimed one? Equal, or more precise within it (<c>2021-09-30</c> supports <c>September 2021</c>).</summary>
    public static bool Supports(string sourceCanonical, string claimCanonical) =>
        sourceCanonical == claimCanonical || sourceCanonical.StartsWith(claimCanonical + "-", StringComparison.Ordinal);

    /// <summary>
    /// Does a source's day and month without a year (<c>--04-09</c>, "April 9th") state the claimed date's day and month
    /// (<c>2011-04-09</c>, <c>2011-04</c>)? The claimed year must then be found elsewhere in the source. A claim without a
    /// year (<c>--04-09</c>) is stated by the same day and month with or without one.
    /// </summary>
    public static bool SupportsWithoutYear(string sourceCanonical, string claimCanonical)
    {
        if (IsYearless(claimCanonical))
            return sourceCanonical.Length >= 7 && Supports(IsYearless(sourceCanonical) ? sourceCanonical[1..] : sourceCanonical[4..], claimCanonical[1..]);
        return IsYearless(sourceCanonical) && claimCanonical.Length >= 7 && Supports(sourceCanonical[1..], claimCanonical[4..]);
    }

    /// <summary>Distance in days between two canonical dates (first day of month/year when less precise).</summary>
    public static int Distance(string a, string b)
    {
        static DateOnly Parse(string s)
        {
            // A date without a year is compared as if in 2000 (a leap year, so 29 February reads).
            var parts = (IsYearless(s) ? "2000" + s[1..] : s).Split('-');
            int y = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int m = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
            int d = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 1;
            return new DateOnly(y, m, d);
        }
        return Math.Abs(Parse(a).DayNumber - Parse(b).DayNumber);
    }
}
