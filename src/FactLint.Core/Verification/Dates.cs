using System.Globalization;
using System.Text.RegularExpressions;

namespace FactLint.Core.Verification;

/// <summary>A date found in text, in canonical form: <c>2021-09-30</c>, <c>2021-09</c> (month) or <c>2021</c> (year).</summary>
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
        @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex DateRegex();

    [GeneratedRegex(@"^(?:in\s+)?(?<y>1[5-9]\d{2}|20\d{2})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex YearOnly();

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
        int year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        int month = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : MonthOf(m.Groups["mon"].Value);
        if (month == 0) return null;
        if (!m.Groups["d"].Success && !m.Groups["day"].Success) return $"{year:D4}-{month:D2}";
        int day = int.Parse(m.Groups["d"].Success ? m.Groups["d"].Value : m.Groups["day"].Value, CultureInfo.InvariantCulture);
        if (day > DateTime.DaysInMonth(year, month)) return null;
        return $"{year:D4}-{month:D2}-{day:D2}";
    }

    private static int MonthOf(string name) => name.Length < 3 ? 0 : name[..3].ToLowerInvariant() switch
    {
        "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
        "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12, _ => 0,
    };

    /// <summary>Does a source date state the claimed one? Equal, or more precise within it (<c>2021-09-30</c> supports <c>September 2021</c>).</summary>
    public static bool Supports(string sourceCanonical, string claimCanonical) =>
        sourceCanonical == claimCanonical || sourceCanonical.StartsWith(claimCanonical + "-", StringComparison.Ordinal);

    /// <summary>Distance in days between two canonical dates (first day of month/year when less precise).</summary>
    public static int Distance(string a, string b)
    {
        static DateOnly Parse(string s)
        {
            var parts = s.Split('-');
            int y = int.Parse(parts[0], CultureInfo.InvariantCulture);
            int m = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : 1;
            int d = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : 1;
            return new DateOnly(y, m, d);
        }
        return Math.Abs(Parse(a).DayNumber - Parse(b).DayNumber);
    }
}
