using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Text;
using FactLint.Core.Parsing;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Dates and periods: <c>March 4, 2019</c>, <c>15 August</c>, <c>2021-09-30</c>, <c>Q3 2021</c>, <c>FY2023</c>, <c>in 1948</c>, <c>a 2019 study</c>, <c>2019–2021</c>, <c>the 1990s</c>, <c>mid-2020</c>.</summary>
public sealed partial class DateDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Date;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new() { Characters = ClaimPatterns.Digits };

    // A bare year is a date only where the words around say so ("in 2020", "the 2011 census"); "2048 slots" is a number.
    private const string YearContext =
        @"(?<=(?:^|[(\[]|\b(?:[Ii]n|[Ss]ince|[Bb]y|[Ff]rom|[Uu]ntil|[Tt]ill|[Tt]hrough|[Dd]uring|[Bb]efore|[Aa]fter|[Aa]round|[Cc]irca|c\.|[Oo]f|[Ee]arly|[Ll]ate|[Mm]id|[Tt]he|[Aa]|[Ff]or|[Aa]nd|[Oo]r|[Tt]o|[Bb]etween|[Ss]ummer|[Ww]inter|[Ss]pring|[Aa]utumn|[Ff]all|[Yy]ear|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+))";

    private const string Day = @"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";

    // Not glued to a word, number or identifier on either side; not followed by a percent sign.
    private const string DateStart = @"(?<![\p{L}\p{N}_.,/#@\uFFFC-])";
    private const string DateEnd = @"(?![\p{L}\p{N}_\uFFFC]|[.,:/-]\d|\s?%)";

    [GeneratedRegex(
        @"(?:" + DateStart + "(?:" +
        @"\d{4}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?" +
        @"|" + Month + @"\s+" + Day + @"(?:,\s*|\s+)\d{4}" +
        @"|" + Day + @"\s+(?:of\s+)?" + Month + @",?\s+\d{4}" +
        @"|" + Month + @",?\s+\d{4}" +
        @"|" + Month + @"\s+" + Day + @"(?!\s*%)" +
        // "on 15 August", "the 3rd of May": a day and a month without a year.
        @"|" + Day + @"\s+(?:of\s+)?" + Month +
        @"|(?:Q[1-4]|H[12])\s?(?:FY\s?)?'?\d{2}(?:\d{2})?" +
        @"|FY\s?'?\d{2}(?:\d{2})?" +
        @"|(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:\d{4}|\d{2})" +
        // Day and month either way round, then a four-digit year: "11-12-2018", "04.07.2021".
        @"|(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|[12]\d|3[01])-(?:1[5-9]|20)\d{2}|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|[12]\d|3[01])\.(?:1[5-9]|20)\d{2}" +
        @"|(?:1[5-9]|20)\d0'?s" +
        // The year that closes a parenthesis after a name: "(National Labor Relations Act, 1935)".
        @"|(?<=\([^()\n]{0,80}\b" + LawOrEvent + @",\s?)(?:1[5-9]\d{2}|20\d{2})(?=\))" +
        @"|" + YearContext + @"(?:1[5-9]\d{2}|20\d{2})(?:\s?[–—-]\s?(?:1[5-9]\d{2}|20\d{2}|\d{2}))?(?:'s)?" +
        // "mid-2020", "early-1990s": the hyphen that the left boundary refuses elsewhere.
        @")|(?<=\b(?:[Mm]id|[Ee]arly|[Ll]ate)-)(?:1[5-9]|20)\d{2}s?" +
        ")" + DateEnd,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DateRegex();

    // Fiscal years, apart from DateRegex: as one of its alternatives, "fiscal" put the lower-case 'f' among the characters
    // where a date can start, and the regex was tried at every 'f' of every block. Where it overlaps a year that DateRegex
    // found ("fiscal year 2023" holds "year 2023"), the longer claim wins.
    [GeneratedRegex(DateStart + @"(?:[Ff]iscal|[Ff]inancial)\s+(?:year\s+)?\d{4}(?:/\d{2}(?:\d{2})?)?" + DateEnd,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FiscalYearRegex();

    // A year followed by a unit is a quantity ("1948 patients"), which the number detector owns.
    [GeneratedRegex(@"^[\s-]?" + Unit + @"\b", RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    /// <summary>
    /// Whether the date only says when the text holds ("As of September 2021, no member has won"), or is part of a law's
    /// name ("the Global Food Security Act of 2016"): the figures it qualifies are the claims, and a name is no dated fact.
    /// </summary>
    internal static bool IsQualifierOrName(string text, int dateStart)
    {
        var before = text.AsSpan(0, dateStart).TrimEnd();
        if (before.Length == dateStart) return false;
        return EndsWithWords(before, "as of") || EndsWithWords(before, "Act of") || EndsWithWords(before, "Acts of");
    }

    // A month and day before a year: "September 2021", "August 7, 1964".
    [GeneratedRegex(ClaimPatterns.Month + @"(?:\s+\d{1,2}(?:st|nd|rd|th)?,?)?\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex MonthBefore();

    /// <summary>Whether a bare year (as the number detector sees it) belongs to a date that this detector drops.</summary>
    internal static bool IsQualifiedYear(string text, int yearStart)
    {
        if (IsQualifierOrName(text, yearStart) || IsDataScope(text, yearStart)) return true;
        int from = Math.Max(0, yearStart - 24);
        var month = MonthBefore().Match(text, from, yearStart - from);
        return month.Success && IsQualifierOrName(text, month.Index);
    }

    private static bool IsBareYears(ReadOnlySpan<char> date) => date.Length >= 4 && !date.ContainsAnyExcept("0123456789–—- ");

    // A sentence that introduces data shown next to it: "here is the data … from 1950 to 2020", "… is as follows:".
    [GeneratedRegex(@"\b(?:here\s+(?:is|are)|below\s+(?:is|are)|(?:is|are)\s+as\s+follows|the\s+following\s+(?:table|data|chart|list|figures|information)|(?:table|chart|list)\s+(?:showing|of))\b" +
        @"|^(?=.*\b(?:data|rates?|population|figures|statistics|numbers|values)\b).*:\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex IntroducesData();

    /// <summary>
    /// Whether the year or years at <paramref name="start"/> only say what span the data shown below covers ("the global
    /// population from 2000 to 2015:"): the figures in the table or list are the claims, and they need the source.
    /// </summary>
    internal static bool IsDataScope(string text, int start)
    {
        var (s, e) = SentenceAround(text, start);
        var sentence = text.AsSpan(s, e - s);
        // Every alternative of the pattern opens with one of these words or ends the sentence with a colon; most
        // sentences with a year have neither, and the pattern's ".*" lookahead is tried at every position.
        if (!sentence.TrimEnd().EndsWith(':') && !DataScopeWords.ContainsAtWordStart(sentence)) return false;
        return IntroducesData().IsMatch(sentence);
    }

    private static readonly PhraseSet DataScopeWords = new(["here", "below", "follow", "table", "chart", "list"]);

    // The sentence around an offset: from after the last ". ", "! " or "? " before it to the next one (or the end).
    private static (int Start, int End) SentenceAround(string text, int at)
    {
        int s = at;
        while (s > 1 && !(text[s - 1] == ' ' && text[s - 2] is '.' or '!' or '?')) s--;
        if (s <= 1) s = 0;
        int e = at;
        while (e < text.Length && !(text[e] is '.' or '!' or '?' && (e + 1 == text.Length || text[e + 1] == ' '))) e++;
        return (s, e);
    }

    // "Act of" only capitalised (a law's name); "as of" in any case.
    private static bool EndsWithWords(ReadOnlySpan<char> before, string words) =>
        WholeWords.EndsWith(before, words, words[0] == 'A' ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        if (!block.HoldsDigit) return;
        if (block.Kind == ProseBlockKind.Heading)
        {
            HeadingDates.Detect(block, DateRegex(), claims);
            return;
        }
        // EnumerateMatches: no Match objects. A match of exactly four digits can only be the bare-year alternative.
        foreach (var m in DateRegex().EnumerateMatches(text))
        {
            var matched = text.AsSpan(m.Index, m.Length);
            if (IsQualifierOrName(text, m.Index) || (IsBareYears(matched) && IsDataScope(text, m.Index))) continue;
            if (matched.Length == 4 && char.IsDigit(matched[0]) && char.IsDigit(matched[1]) && char.IsDigit(matched[2]) && char.IsDigit(matched[3])
                && UnitAfter().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(24, text.Length - m.Index - m.Length))))
                continue;
            if (matched.EndsWith("'s", StringComparison.Ordinal))
                claims.Add(Claim.At(ClaimKind.Date, block, m.Index, m.Index + m.Length - 2));
            // "on 15 August." or "15 Aug.": only a day-and-month date ends with the month, whose pattern takes an
            // abbreviation's dot; the sentence's full stop is not part of the date.
            else if (matched[^1] == '.')
                claims.Add(Claim.At(ClaimKind.Date, block, m.Index, m.Index + m.Length - 1));
            else
                claims.Add(Claim.At(ClaimKind.Date, block, m.Index, m.Index + m.Length));
        }
        if (text.Contains("iscal", StringComparison.Ordinal) || text.Contains("inancial", StringComparison.Ordinal))
            foreach (var m in FiscalYearRegex().EnumerateMatches(text))
                claims.Add(Claim.At(ClaimKind.Date, block, m.Index, m.Index + m.Length));
    }
}
