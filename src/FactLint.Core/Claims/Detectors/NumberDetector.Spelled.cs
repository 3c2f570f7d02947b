using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Vocabulary;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Figures written in words with a scale: <c>two million homes</c>, <c>forty-five thousand</c>.</summary>
public sealed partial class NumberDetector
{
    // Figures written in words with a scale: "two million homes", "forty-five thousand", "three hundred billion".
    // Found from the scale word back: a regex that starts at the number word was tried at every 'o', 't', 'f', 's', 'e'
    // and 'n' of a block that held a scale word.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpelledWords = new HashSet<string>(
        [.. NumberWords.Ones, .. NumberWords.Tens, .. NumberWords.Tens.SelectMany(t => NumberWords.Ones.Select(o => t + "-" + o)), .. NumberWords.Teens],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    // The scale words by their common ending, with what can stand before it: one search per ending finds them all.
    private static readonly (string Ending, string[] Heads)[] ScaleWords = [("housand", ["t"]), ("illion", ["m", "b", "tr", "quadr", "quint"])];
    // Every ending at once: most blocks hold none, and one search over them is half the cost of one per ending.
    private static readonly SearchValues<string> ScaleEndings = SearchValues.Create(ScaleWords.Select(w => w.Ending).ToArray(), StringComparison.Ordinal);

    [GeneratedRegex(@"\G\s(?:" + Unit + @")(?![\p{L}\p{N}_])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex UnitAfterSpelled();

    private static bool IsNameChar(char c) => char.IsLetter(c) || char.IsNumber(c) || c is '_' or '-';

    internal static void DetectSpelled(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        if (!text.AsSpan().ContainsAny(ScaleEndings)) return;
        foreach (var (ending, heads) in ScaleWords)
        {
            for (int at = text.IndexOf(ending, StringComparison.Ordinal); at >= 0; at = text.IndexOf(ending, at + 1, StringComparison.Ordinal))
            {
                // The scale word, its first letter in either case ("Two Million"), the rest as written in running text.
                int s = -1, e = at + ending.Length;
                foreach (var head in heads)
                {
                    int h = at - head.Length;
                    if (h >= 1 && (text[h] | 0x20) == head[0] && text.AsSpan(h + 1, head.Length - 1).SequenceEqual(head.AsSpan(1))) { s = h; break; }
                }
                if (s < 1 || (e < text.Length && IsNameChar(text[e]))) continue;
                int start = WordBefore(text, s, out var word);
                if (start >= 0 && word.Equals("hundred", StringComparison.OrdinalIgnoreCase)) start = WordBefore(text, start, out word);
                if (start < 0 || (start > 0 && IsNameChar(text[start - 1]))) continue;
                var unit = UnitAfterSpelled().Match(text, e);
                // "over a million copies": "a" only before a million or more and a unit ("one in a million" is no figure).
                bool counted = SpelledWords.Contains(word) || ending == "illion" && word.Equals("a", StringComparison.OrdinalIgnoreCase) && unit.Success;
                if (!counted) continue;
                int end = unit.Success ? unit.Index + unit.Length : e;
                claims.Add(Claim.At(ClaimKind.Number, block, start, end));
            }
        }
    }

    /// <summary>The word (letters and hyphens) before white space that ends at <paramref name="end"/>; its start, or -1.</summary>
    private static int WordBefore(string text, int end, out ReadOnlySpan<char> word)
    {
        word = default;
        int i = end;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        if (i == end) return -1;
        int wordEnd = i;
        while (i > 0 && (char.IsLetter(text[i - 1]) || text[i - 1] == '-')) i--;
        if (i == wordEnd) return -1;
        word = text.AsSpan(i, wordEnd - i);
        return i;
    }
}
