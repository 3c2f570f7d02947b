using System.Buffers;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Text;
using FactLint.Core.Vocabulary;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Counts and places that carry no figure of their own size: counts of things in the world written as words ("three home
/// games", "nine members", "two alpha chains"), ordinals of seasons, editions and places ("his fifth season", "the 29th
/// running", "finished in 6th place"), win–loss records ("a 6–3 record", "a record of 4–4–1") and chart positions ("peaked at
/// number 80 on the ARIA Singles Chart", "reached #3 in Bulgaria"). A spelled count needs one of <see cref="ClaimPatterns.CountNouns"/>
/// or another lower-case plural noun after it (at most two words between), or a unit joined by a hyphen ("five-man"): "two
/// options", "three steps" and "two threads" describe the document, not the world, and are left out by name
/// (<see cref="CountedThings"/>). Ranks count too ("the second-largest city").
/// </summary>
public sealed partial class CountDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Number;

    // Left out: "one" and "first" ("one of", "the first time", "first-class" are everywhere and rarely a count), "ten" and
    // "tenth" (the search for them stopped inside "often", "written" and "content").
    private static readonly string[] Cardinals = [.. NumberWords.Ones.Skip(1), .. NumberWords.Teens.Skip(1), .. NumberWords.Tens];

    private static readonly string[] Ordinals =
        ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "eleventh", "twelfth", "thirteenth",
         "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new()
    {
        Characters = ClaimPatterns.Digits,
        // A cardinal may count any plural noun, so it opens a paragraph alone; an ordinal only with one of its nouns.
        Words = Cardinals,
        // A rank's last word ("populous" of "most populous") is the one the gate walks to.
        WordPairs = [new WordPair(Ordinals, [.. Alternatives(OrdinalNouns), .. Alternatives(Ranks).Select(r => r[(r.LastIndexOf('+') + 1)..])])],
    };

    // The words of a "(?:a|b|c)" group of words ("most\s+populous": words joined by white space).
    private static string[] Alternatives(string group) => group["(?:".Length..^1].Split('|');

    private static readonly SearchValues<string> Openers = SearchValues.Create([.. Cardinals, .. Ordinals], StringComparison.OrdinalIgnoreCase);

    // What an ordinal counts: "fifth season", "fifth-year head coach", "29th running", "third studio album", "6th place".
    private const string OrdinalNouns = @"(?:season|year|edition|running|place|term|round|album|single|title|championship|win|victory|appearance|novel|film|child|son|daughter|president)";

    // A rank: "the second-largest city", "the third longest river", "the 5th-busiest airport".
    private const string Ranks = @"(?:largest|longest|highest|tallest|oldest|biggest|busiest|smallest|deepest|most\s+populous|richest|fastest)";

    [GeneratedRegex(@"\G[\s-]" + Ranks + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex RankAfter();

    // After the number word: up to two lower-case words ("home", "total", "alpha", "distinct main"), then the noun.
    [GeneratedRegex(@"\G\s+(?:\p{Ll}+[\s-]+){0,2}?" + ClaimPatterns.CountNouns + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex CountNounAfter();

    [GeneratedRegex(@"\G(?:\s+and\s+final|\s+straight|\s+consecutive)?[\s-]+(?:\p{Ll}+\s+)?" + OrdinalNouns + @"(?![\p{L}\p{N}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex OrdinalNounAfter();

    // "72nd", "10th", "6th" (not "1st": see Ordinals).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,/#-])(?:[2-9]|\d{2,3})(?:st|nd|rd|th)(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex NumericOrdinal();

    internal static Regex NumericOrdinalPattern => NumericOrdinal();

    // Every numeric ordinal holds a digit right before its suffix ("29th"): a pair that is rare in running text, unlike a
    // digit alone, so one vectorised search spares most blocks with figures the regex. The regex's digits are Unicode
    // digits: text that is not all ASCII is left to it.
    private static readonly SearchValues<string> DigitAndSuffix = SearchValues.Create(
        [.. Enumerable.Range(0, 10).SelectMany(d => new[] { "st", "nd", "rd", "th" }.Select(suffix => $"{d}{suffix}"))], StringComparison.Ordinal);

    internal static bool MayHoldNumericOrdinal(ReadOnlySpan<char> text) => text.ContainsAny(DigitAndSuffix) || !System.Text.Ascii.IsValid(text);

    // A win–loss(–tie) record: "a 6–3 record", "an 8–0–1 overall record", "a record of 4–4–1", "a mark of 1–2–2".
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.,/#–-])\d{1,2}[–-]\d{1,2}(?:[–-]\d{1,2})?(?![\p{L}\p{N}_–-]|[.,]\d)(?=\s+(?:\p{Ll}+\s+){0,2}?(?:record|mark)\b)" +
        @"|(?<=\b(?:record|mark)\s+of\s+)\d{1,2}[–-]\d{1,2}(?:[–-]\d{1,2})?(?![\p{L}\p{N}_–-]|[.,]\d)",
        RegexOptions.CultureInvariant)]
    private static partial Regex Record();

    // A chart position after a verb of charting: "peaked at number 80 on …", "reached #3 in Bulgaria and at #10 in Germany".
    // The position first; the verb is looked for in the text before it only where a position is (as a lookbehind, it was
    // tried at every character of a block that held "number").
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:(?:number|No\.|#)\s?\d{1,3}|number\s(?:" + NumberWords.OnesPattern + @"|ten))(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex ChartPosition();

    [GeneratedRegex(@"\b(?:reached|reaching|peaked|peaking|charted|charting|debuted|debuting|climbed|ranked|placed|landed)\b[^.;!?]*$", RegexOptions.CultureInvariant)]
    private static partial Regex ChartVerbBefore();

    // Two pieces in one vectorised search ("#" apart: a one-character piece makes SearchValues take a slower algorithm).
    private static readonly SearchValues<string> ChartPositionWords = SearchValues.Create(["umber", "No."], StringComparison.Ordinal);

    private static bool ChartVerbWithin60(string text, int at)
    {
        int from = Math.Max(0, at - 72);
        var m = ChartVerbBefore().Match(text, from, at - from);
        return m.Success && at - m.Index <= 72;
    }

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        DetectWords(block, claims);
        // "peaked at number 80", "reached number two": a position needs no digit.
        if (text.Contains('#') || text.AsSpan().ContainsAny(ChartPositionWords))
            foreach (var m in ChartPosition().EnumerateMatches(text))
                if (ChartVerbWithin60(text, m.Index)) claims.Add(Claim.At(ClaimKind.Number, block, m.Index, m.Index + m.Length));
        if (!block.HoldsDigit) return;
        if (MayHoldNumericOrdinal(text))
            foreach (var m in NumericOrdinal().EnumerateMatches(text))
            {
                var noun = OrdinalNounAfter().Match(text, m.Index + m.Length);
                if (!noun.Success) noun = RankAfter().Match(text, m.Index + m.Length);
                if (noun.Success) claims.Add(Claim.At(ClaimKind.Number, block, m.Index, noun.Index + noun.Length));
            }
        if (text.AsSpan().ContainsAny('–', '-'))
            foreach (var m in Record().EnumerateMatches(text))
                claims.Add(Claim.At(ClaimKind.Number, block, m.Index, m.Index + m.Length));
    }

    private static void DetectWords(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        for (int at = 0; at < text.Length;)
        {
            int hit = text.AsSpan(at).IndexOfAny(Openers);
            if (hit < 0) return;
            int start = at + hit, end = start;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            at = end;
            if (start > 0 && (char.IsLetterOrDigit(text[start - 1]) || text[start - 1] is '-' or '_')) continue;
            var word = text.AsSpan(start, end - start);
            // "twenty-five": the tens and a unit joined by a hyphen.
            if (end + 1 < text.Length && text[end] == '-' && IsCardinal(word) && word.Length > 5)
            {
                int unit = end + 1;
                while (unit < text.Length && char.IsLetter(text[unit])) unit++;
                if (IsCardinal(text.AsSpan(end + 1, unit - end - 1))) { end = unit; at = end; word = text.AsSpan(start, end - start); }
            }
            Match after;
            if (IsCardinal(word) || word.Contains('-'))
            {
                after = CountNounAfter().Match(text, end);
                if (!after.Success)
                {
                    // "between the two languages" points back at things already named: no new count.
                    if (FollowsDefiniteArticle(text, start)) continue;
                    int counted = CountedThingEnd(text, end);
                    if (counted < 0) continue;
                    claims.Add(Claim.At(ClaimKind.Number, block, start, counted));
                    at = counted;
                    continue;
                }
            }
            else if (IsOrdinal(word))
            {
                after = OrdinalNounAfter().Match(text, end);
                if (!after.Success) after = RankAfter().Match(text, end);
            }
            else continue;
            if (!after.Success) continue;
            claims.Add(Claim.At(ClaimKind.Number, block, start, after.Index + after.Length));
            at = after.Index + after.Length;
        }
    }

    // Words that end the look for a counted noun: "two of the games" is a partitive, "two and a half" a quantity.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops = new HashSet<string>(
        ["of", "the", "a", "an", "and", "or", "to", "in", "on", "at", "by", "for", "with", "from", "is", "are", "was", "were",
         "be", "been", "more", "less", "than", "that", "which", "who", "as", "per", "each", "other", "such", "these", "those",
         "hundred", "thousand", "million", "billion"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// The end of the thing a cardinal counts when no listed count noun follows: a plural noun within three words ("two head
    /// coaches", "three Olympic gold medals", "two to four eggs"), or a hyphened unit ("five-man"); -1 when there is none.
    /// </summary>
    private static int CountedThingEnd(string text, int end)
    {
        if (end + 1 < text.Length && text[end] == '-')
        {
            int unitEnd = end + 1;
            while (unitEnd < text.Length && char.IsAsciiLetterLower(text[unitEnd])) unitEnd++;
            var unit = text.AsSpan(end + 1, unitEnd - end - 1);
            foreach (var u in CountedThings.HyphenUnits)
                if (unit.SequenceEqual(u) && (unitEnd == text.Length || !char.IsLetterOrDigit(text[unitEnd]))) return unitEnd;
            return -1;
        }
        int at = end;
        for (int words = 0; words < 3; words++)
        {
            int space = at;
            while (at < text.Length && text[at] == ' ') at++;
            if (at == space || at == text.Length) return -1;
            int wordStart = at;
            while (at < text.Length && char.IsLetter(text[at])) at++;
            if (at == wordStart || at < text.Length && (char.IsDigit(text[at]) || text[at] is '-' or '\'' or '’' or ProsePlaceholder.Opaque)) return -1;
            var word = text.AsSpan(wordStart, at - wordStart);
            // "two to four eggs", "two or three times": the range's second number leads on.
            if (words == 0 && (word.SequenceEqual("to") || word.SequenceEqual("or")))
            {
                int next = at;
                while (next < text.Length && text[next] == ' ') next++;
                int nextEnd = next;
                while (nextEnd < text.Length && char.IsLetter(text[nextEnd])) nextEnd++;
                if (nextEnd > next && IsCardinal(text.AsSpan(next, nextEnd - next))) { at = nextEnd; words = -1; continue; }
                return -1;
            }
            if (Stops.Contains(word)) return -1;
            if (IsPlural(word)) return CountedThings.IsOwnThing(word) ? -1 : at;
            // Only adjectives and noun modifiers stand between: "head", "Olympic gold"; a comma or other mark ends it.
            if (at < text.Length && text[at] != ' ') return -1;
        }
        return -1;
    }

    private static bool FollowsDefiniteArticle(string text, int start)
    {
        var before = text.AsSpan(0, start).TrimEnd(' ');
        foreach (var article in (ReadOnlySpan<string>)["the", "these", "those"])
            if (WholeWords.EndsWith(before, article)) return true;
        return false;
    }

    // A regular plural: "coaches", "medals", "eggs" (not "class", "famous", "basis", "physics").
    private static bool IsPlural(ReadOnlySpan<char> word) =>
        word.Length >= 4 && char.IsLower(word[0]) && word[^1] == 's' && char.IsLower(word[^2]) && word[^2] is not ('s' or 'u' or 'i')
        && !word.EndsWith("ics") && char.IsLower(word[^1]);

    private static bool IsCardinal(ReadOnlySpan<char> word)
    {
        foreach (var c in Cardinals)
            if (word.Equals(c, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool IsOrdinal(ReadOnlySpan<char> word)
    {
        foreach (var o in Ordinals)
            if (word.Equals(o, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
