using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// The named exclusions of <see cref="NumberDetector"/>: where a number is a reference, a name, an address, a documented
/// default or a version rather than a figure. Each has detector tests and a fixture line in rules/core/tests/FL101.md.
/// </summary>
public sealed partial class NumberDetector
{
    // Words after which a number names a place in the document or an identifier, not a quantity ("Section 12", "ISO 8601",
    // "p. 14"). Looked up as the word before the number, which is cheaper than a regex over
    // the text before every bare number.
    private static readonly HashSet<string> ReferenceWords = new(
        new[] { "section", "sections", "chapter", "chapters", "step", "steps", "figure", "figures", "fig.", "table", "tables", "page", "pages",
         "line", "lines", "item", "items", "issue", "issues", "no.", "number", "rule", "rules", "exercise", "exercises", "appendix",
         "part", "phase", "level", "tier", "episode", "season", "volume", "vol.", "footnote", "article", "clause", "option", "question",
         "task", "lesson", "module", "example", "listing", "equation", "slide", "ticket", "bug", "build", "room", "stage",
         // Protocol identifiers: "port 8080", "status 429", "error 500", "exit code 3".
         "port", "ports", "status", "code", "codes", "error",
         // A copyright line's year: "Copyright 2021 Jane Doe".
         "copyright",
         // Places with a number: "Gate 5B", "Suite 400", "Platform 9".
         "gate", "gates", "flat", "apartment", "apt.", "suite", "unit", "platform", "seat", "floor", "building", "terminal", "bay", "aisle", "pier" }
        .SelectMany(w => new[] { w, char.ToUpperInvariant(w[0]) + w[1..] })
        // Names of lists and indices: "Fortune 500", "FTSE 100", "Russell 2000".
        .Concat(["p.", "pp.", "PR", "RFC", "ISO", "IEEE", "PEP", "CVE", "HTTP", "Fortune", "FTSE", "Russell", "Nikkei", "DAX", "Nasdaq"]),
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ReferenceWordLookup = ReferenceWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StreetWords = new HashSet<string>(
        ["Street", "St", "Road", "Rd", "Avenue", "Ave", "Lane", "Ln", "Boulevard", "Blvd", "Drive", "Dr", "Place", "Pl", "Square",
         "Court", "Terrace", "Crescent", "Parkway", "Highway", "Strasse", "Straße"], StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether one to three capitalised words then a street word follow: "Baker Street", "Pennsylvania Avenue NW".</summary>
    internal static bool StreetNameFollows(string text, int at)
    {
        for (int words = 0; words < 4; words++)
        {
            if (at >= text.Length || text[at] != ' ') return false;
            int start = ++at;
            while (at < text.Length && char.IsLetter(text[at])) at++;
            if (at == start || !char.IsUpper(text[start])) return false;
            if (words > 0 && StreetWords.Contains(text.AsSpan(start, at - start))) return true;
        }
        return false;
    }

    /// <summary>
    /// A setting's documented default ("Defaults to 16 KiB.", "**Default:** `600` (10 minutes)", "the default value of this
    /// parameter is 511", "(default 30s)"): the docs define it, no other source holds it. Not "the default plan was sold to 1,847".
    /// </summary>
    internal static bool IsDocumentedDefault(string text, int numberStart)
    {
        int from = Math.Max(0, numberStart - 48);
        var before = text.AsSpan(from, numberStart - from);
        return before.Contains("efault", StringComparison.Ordinal) && DefaultBefore().IsMatch(before);
    }

    // "default(s)", a setting noun and what it is of ("value of this parameter"), then "is/to/of" or ":", and markup, inline
    // code or "(" before the figure.
    [GeneratedRegex(@"(?:\b[Dd]efaults?(?:\s+(?:value|setting|size|limit|timeout|port|level|number|count)s?(?:\s+(?:of|for)\s+[^.;!?]{1,30}?)?)?(?:\s*(?:\*\*|__)?\s*[:=]|\s+(?:is|was|are|to|of))|\([Dd]efault)\s*(?:\*\*|__)?\s*(?:\uFFFC\s*)?\(?\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex DefaultBefore();

    /// <summary>True when <paramref name="before"/> ends with a reference word or <c>#</c>, <c>§</c>, <c>¶</c> (then spaces).</summary>
    internal static bool EndsWithReferenceWord(ReadOnlySpan<char> before)
    {
        // "the DNS port (53)": the number in brackets after its word.
        before = before.TrimEnd();
        if (before.EndsWith("(", StringComparison.Ordinal)) before = before[..^1].TrimEnd();
        if (before.IsEmpty) return false;
        if (before[^1] is '#' or '§' or '¶' or '©') return true;
        // "Copyright (c) 2021-2024 …": the sign written out.
        if (before.EndsWith("(c)", StringComparison.Ordinal) || before.EndsWith("(C)", StringComparison.Ordinal)) return true;
        int end = before.Length, start = before[^1] == '.' ? end - 1 : end;
        while (start > 0 && char.IsLetter(before[start - 1])) start--;
        if (start == end || before[start] == '.') return false;
        // The word must start at a word boundary ("subsection 3" is not "section 3").
        if (start > 0 && IsWordChar(before[start - 1])) return false;
        var word = before[start..end];
        if (ReferenceWordLookup.Contains(word)) return true;
        // "pull request 12"
        return word.SequenceEqual("request") && start >= 5 && before.Slice(start - 5, 5) is var pull
            && (pull.SequenceEqual("pull ") || pull.SequenceEqual("Pull ")) && (start == 5 || !IsWordChar(before[start - 6]));
    }

    /// <summary>
    /// Whether the number stands on a line that opens with a copyright notice ("Copyright (c) Pavel Kalvoda, 2014-2020",
    /// "© Acme Inc., 2019"): the notice's years, wherever the holder's name puts them.
    /// </summary>
    internal static bool InCopyrightNotice(string text, int at)
    {
        int lineStart = at == 0 ? 0 : text.LastIndexOf('\n', at - 1) + 1;
        var line = text.AsSpan(lineStart, at - lineStart).TrimStart(" \t*_>");
        return line.StartsWith("copyright", StringComparison.OrdinalIgnoreCase) || line.StartsWith("©", StringComparison.Ordinal)
            || line.StartsWith("(c)", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a bare integer is part of a name: it follows a capitalised or camel-case word in mid-sentence ("the Apollo
    /// 11 mission", "Chromium 113", "the iPhone 15"). A capitalised word that opens a sentence ("Brought 425 commits") does
    /// not count, and neither do "A" and "I".
    /// </summary>
    internal static bool FollowsAName(string text, int numberStart)
    {
        int end = numberStart;
        if (end == 0 || text[end - 1] != ' ') return false;
        end--;
        int start = end;
        while (start > 0 && char.IsLetter(text[start - 1])) start--;
        return end - start >= 2 && HasUpper(text.AsSpan(start, end - start)) && IsMidSentence(text, start);
    }

    /// <summary>Whether the word at <paramref name="wordStart"/> stands in mid-sentence: a letter, digit, comma or semicolon, then a space, before it.</summary>
    private static bool IsMidSentence(string text, int wordStart)
    {
        int before = wordStart - 1;
        if (before < 1 || text[before] != ' ') return false;
        char c = text[before - 1];
        return char.IsLetterOrDigit(c) || c is ',' or ';';
    }

    private static bool HasUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word)
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>
    /// Where a name that a plain decimal versions starts: "Ada 2.0", "WOFF 2.0", "urllib3 2.0", "OAuth 2.0" (a word with a capital
    /// letter, or letters and digits, one space before the number); -1 when the word before is an ordinary word.
    /// </summary>
    internal static int VersionedNameStart(string text, int numberStart)
    {
        int end = numberStart - 1;
        if (end < 1 || text[end] != ' ') return -1;
        int start = end;
        while (start > 0 && char.IsLetterOrDigit(text[start - 1])) start--;
        if (end - start < 2 || (start > 0 && (IsWordChar(text[start - 1]) || text[start - 1] is '.' or '-' or '/' or '\uFFFC'))) return -1;
        var word = text.AsSpan(start, end - start);
        // "Version 2.0" and "Release 1.2" are the version detector's (without the word).
        if (!char.IsLetter(word[0]) || word.Equals("version", StringComparison.OrdinalIgnoreCase) || word.Equals("release", StringComparison.OrdinalIgnoreCase)) return -1;
        // "v2 2.0": the word is a version itself.
        if (word[0] is 'v' or 'V' && !word[1..].ContainsAnyExceptInRange('0', '9')) return -1;
        if (word.ContainsAnyInRange('0', '9') || HasUpper(word[1..])) return start;
        // A capitalised word names something only in mid-sentence: "Since 1.0" and "The 3.31" open sentences.
        return char.IsUpper(word[0]) && IsMidSentence(text, start) ? start : -1;
    }

    private static bool IsPlainDecimal(ReadOnlySpan<char> number)
    {
        int dot = number.IndexOf('.');
        return dot > 0 && dot < number.Length - 1 && number.LastIndexOf('.') == dot && !number.ContainsAnyExcept("0123456789.");
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is
        System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.ConnectorPunctuation;
}
