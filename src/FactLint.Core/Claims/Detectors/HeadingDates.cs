using System.Text.RegularExpressions;
using FactLint.Core.Documents;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// The dates a heading asserts. Most headings only name a topic or a release; a heading states a dated fact when it is an
/// event or season named with its year (<c>## 1906 Mississippi hurricane</c>, <c>## 1958–59 Iowa State Cyclones season</c>),
/// a full date (<c>## When: August 7, 1964</c>) or a period in brackets (<c>## First Term (2009-2013)</c>). Not a
/// question (<c>## Q: … in 2020?</c>), a release heading with a version (<c>## v1.21.0 — October 21, 2026</c>), a numbered
/// thing with a one-word name (<c>## 1263 Varsavia</c>, a minor planet) or a year before a lower-case word (<c>## 2048 slots</c>).
/// </summary>
internal static partial class HeadingDates
{
    // A year or a season ("1958–59") opening the heading, then at least two words, the first capitalised.
    [GeneratedRegex(@"^\s*(?<year>(?:1[5-9]|20)\d{2}(?:[–—-](?:(?:1[5-9]|20)\d{2}|\d{2}))?)\s+\p{Lu}[^\s]*\s+\S",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex EventYear();

    // A version in the heading makes it a release heading: "v1.21.0", "2.3", "1.0.0-beta".
    [GeneratedRegex(@"(?<![\p{L}\p{N}.])v?\d+\.\d+", RegexOptions.CultureInvariant)]
    private static partial Regex Version();

    [GeneratedRegex(@"\p{L}", RegexOptions.CultureInvariant)]
    private static partial Regex Letter();

    internal static bool IsQuestion(string text)
    {
        var t = text.AsSpan().Trim();
        return t.EndsWith("?") || t.StartsWith("Q:", StringComparison.Ordinal) || t.StartsWith("Question:", StringComparison.OrdinalIgnoreCase);
    }

    public static void Detect(ProseBlock block, Regex dates, List<Claim> claims)
    {
        string text = block.Text;
        if (IsQuestion(text) || Version().IsMatch(text)) return;
        var head = EventYear().Match(text);
        if (head.Success)
        {
            var year = head.Groups["year"];
            claims.Add(Claim.At(ClaimKind.Date, block, year.Index, year.Index + year.Length));
            return;
        }
        foreach (var m in dates.EnumerateMatches(text))
        {
            var matched = text.AsSpan(m.Index, m.Length);
            // A date with its month written out ("August 7, 1964"), or a period in brackets ("(2009-2013)").
            bool fullDate = Letter().IsMatch(matched) && matched.Length > 4 && char.IsAsciiDigit(matched[^1]) && HasYear(matched);
            bool bracketedPeriod = m.Index > 0 && text[m.Index - 1] == '(' && m.Index + m.Length < text.Length && text[m.Index + m.Length] == ')'
                && matched.Length > 4 && matched.IndexOfAny('–', '—', '-') > 0;
            if (fullDate || bracketedPeriod) claims.Add(Claim.At(ClaimKind.Date, block, m.Index, m.Index + m.Length));
        }
    }

    private static bool HasYear(ReadOnlySpan<char> date)
    {
        int digits = 0;
        for (int i = date.Length - 1; i >= 0 && char.IsAsciiDigit(date[i]); i--) digits++;
        return digits == 4;
    }
}
