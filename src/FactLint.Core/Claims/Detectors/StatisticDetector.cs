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

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWordLookup = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        var regex = StatisticAt();
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool letter = char.IsLetter(c);
            if (!letter && !char.IsDigit(c)) { i++; continue; }
            int wordEnd = i + 1;
            if (letter) while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
            if (IsCandidate(text, i, wordEnd, letter))
            {
                var m = regex.Match(text, i);
                if (m.Success)
                {
                    claims.Add(Claim.At(ClaimKind.Statistic, block, m.Index, m.Index + m.Length));
                    i = m.Index + m.Length;
                    continue;
                }
            }
            i = wordEnd;
        }
    }

    private static bool IsCandidate(string text, int start, int wordEnd, bool letter)
    {
        if (start > 0 && text[start - 1] is var p && (char.IsLetter(p) || char.IsNumber(p) || p is '_' or '.' or ','))
            return false;
        if (!letter) return true;
        var word = text.AsSpan(start, wordEnd - start);
        // "tenx faster": a number word glued to its "x".
        return LeadWordLookup.Contains(word) || (word.Length > 1 && word[^1] is 'x' or 'X' && LeadWordLookup.Contains(word[..^1]));
    }
}
