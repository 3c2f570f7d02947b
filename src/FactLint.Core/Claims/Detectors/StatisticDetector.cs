using System.Buffers;
using System.Text.RegularExpressions;
using FactLint.Core.Markdown;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Statistical phrasing: <c>3 out of 4</c>, <c>one in five</c>, <c>twice as many</c>, <c>3.5 times faster</c>, <c>two-thirds of</c>.</summary>
public sealed partial class StatisticDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Statistic;

    private const string Small = @"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+hundred|a\s+thousand|hundred|thousand)";

    // Anchored (\G): tried only where a statistic can start. Unanchored, its first characters (digits and ten common letters)
    // made the engine try almost every word: the costliest detector on the benchmark corpus.
    [GeneratedRegex(
        @"\G(?<![\p{L}\p{N}_.,])(?:" +
        Small + @"\s+(?:out\s+of|in(?:\s+every)?|of\s+every)\s+(?!(?:1[5-9]|20)\d{2}\b)" + Small + @"(?![\p{L}\p{N}])" +
        @"|(?:twice|thrice|half|(?:" + Small + @"|\d+(?:\.\d+)?)(?:\s*[x×]|\s+times|-fold|\s+fold))\s+(?:as\s+(?:many|much|likely|fast|large|high|often|long|big|expensive)|more|less|fewer|faster|slower|higher|lower|larger|smaller|bigger|cheaper|longer|shorter|likelier|more\s+likely|less\s+likely)\b" +
        @"|(?:a\s+third|a\s+quarter|a\s+fifth|two[- ]thirds|three[- ]quarters|three[- ]fifths|nine\s+in\s+ten)\s+of\b" +
        @"|(?:doubled|tripled|quadrupled|halved)\b" +
        @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex StatisticAt();

    // Every word a statistic can open with (the pattern's first words); a number opens one too.
    private static readonly HashSet<string> LeadWords = new(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "a", "hundred", "thousand",
         "twice", "thrice", "half", "doubled", "tripled", "quadrupled", "halved"],
        StringComparer.OrdinalIgnoreCase);

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly int MaxLeadWordLength = LeadWords.Max(w => w.Length);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWordLookup = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // Where a letter-opened statistic can start: a lead word, or "a" before one of these. (Compared ignoring case,
    // 'ſ' is an 's', as it is to the regex.)
    private static readonly SearchValues<string> LeadWordSearch = SearchValues.Create(
        [.. LeadWords.Where(w => w != "a"), "third", "quarter", "fifth"], StringComparison.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AfterA =
        new HashSet<string>(["hundred", "thousand", "third", "quarter", "fifth"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // Every char that \d matches (Unicode decimal digits).
    private static readonly SearchValues<char> Digits =
        SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsDigit).ToArray());

    /// <summary>
    /// A statistic opens with a digit, a lead word, or the word "a" followed by white space and "hundred", "thousand",
    /// "third", "quarter" or "fifth". Vectorised searches jump between those places and the anchored regex runs only
    /// there: visiting every word that starts like a lead word was this detector's main cost.
    /// </summary>
    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        var span = text.AsSpan();
        bool ascii = System.Text.Ascii.IsValid(span);
        var regex = StatisticAt();
        int i = 0;
        // The next digit and the next lead-word occurrence at or after i; int.MaxValue when there is none.
        int digit = -1, word = -1;
        while (i < text.Length)
        {
            if (digit < i)
            {
                int d = span[i..].IndexOfAny(Digits);
                digit = d < 0 ? int.MaxValue : i + d;
            }
            if (word < i)
            {
                int w = span[i..].IndexOfAny(LeadWordSearch);
                word = w < 0 ? int.MaxValue : i + w;
            }
            int at = Math.Min(digit, word);
            if (at == int.MaxValue) break;
            int start = -1, wordEnd = at + 1;
            if (at == digit)
            {
                if (IsCandidate(text, at, at + 1, letter: false)) start = at;
            }
            else if (at == 0 || !char.IsLetter(text[at - 1]))
            {
                if (ascii)
                {
                    int rest = span[at..].IndexOfAnyExcept(AsciiLetters);
                    wordEnd = rest < 0 ? text.Length : at + rest;
                }
                else
                {
                    while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
                }
                // "a hundred", "a third": the "a" before the white space opens the statistic.
                int a = at - 1;
                while (a >= 0 && char.IsWhiteSpace(text[a])) a--;
                if (a >= i && a < at - 1 && text[a] is 'a' or 'A' && AfterA.Contains(span[at..wordEnd])
                    && IsCandidate(text, a, a + 1, letter: true) && MatchEnd(regex, text, a) is var aEnd and >= 0)
                {
                    claims.Add(Claim.At(ClaimKind.Statistic, block, a, aEnd));
                    i = aEnd;
                    continue;
                }
                if (IsCandidate(text, at, wordEnd, letter: true)) start = at;
            }
            int end = start >= 0 ? MatchEnd(regex, text, start) : -1;
            if (end >= 0)
            {
                claims.Add(Claim.At(ClaimKind.Statistic, block, start, end));
                i = end;
            }
            else
            {
                i = wordEnd;
            }
        }
    }

    // \G: the first match, if any, starts at the position. EnumerateMatches allocates no Match object.
    private static int MatchEnd(Regex regex, string text, int start)
    {
        foreach (var m in regex.EnumerateMatches(text, start)) return m.Index + m.Length;
        return -1;
    }

    /// <summary>
    /// Whether the text after the number at <paramref name="start"/> lets a statistic go on: every alternative that opens
    /// with a number continues with white space then "out of", "in", "of every", "x", "times" or "fold", or with "x", "×"
    /// or "-fold". Most numbers fail here, and the regex is not run for them.
    /// </summary>
    internal static bool CanFollowNumber(string text, int start)
    {
        int j = start;
        while (j < text.Length && char.IsDigit(text[j])) j++;
        if (j + 1 < text.Length && text[j] == '.' && char.IsDigit(text[j + 1]))
            for (j += 2; j < text.Length && char.IsDigit(text[j]); j++) { }
        if (j >= text.Length) return false;
        char next = text[j];
        if (next is 'x' or 'X' or '×' or '-') return true;
        if (!char.IsWhiteSpace(next)) return false;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j < text.Length && text[j] is 'o' or 'O' or 'i' or 'I' or 't' or 'T' or 'f' or 'F' or 'x' or 'X' or '×';
    }

    private static bool IsCandidate(string text, int start, int wordEnd, bool letter)
    {
        if (start > 0 && text[start - 1] is var p && (char.IsLetter(p) || char.IsNumber(p) || p is '_' or '.' or ','))
            return false;
        if (!letter) return CanFollowNumber(text, start);
        var word = text.AsSpan(start, wordEnd - start);
        // Most words cannot open a statistic: check the first letter and the length before hashing the word. ('ſ' is an 's'
        // to the case-insensitive lookup.)
        if (word.Length > MaxLeadWordLength + 1 || (word[0] | 0x20) is not ('o' or 't' or 'f' or 's' or 'e' or 'n' or 'a' or 'h' or 'd' or 'q') && word[0] != 'ſ')
            return false;
        // "tenx faster": a number word glued to its "x".
        return LeadWordLookup.Contains(word) || (word.Length > 1 && word[^1] is 'x' or 'X' && LeadWordLookup.Contains(word[..^1]));
    }
}
