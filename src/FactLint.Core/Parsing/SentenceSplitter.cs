using FactLint.Core.Documents;

namespace FactLint.Core.Parsing;

/// <summary>Splits prose into sentences: ranges that cover the whole text, so every offset lies in exactly one.</summary>
public static class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "e.g", "i.e", "etc", "vs", "cf", "approx", "ca", "dr", "mr", "mrs", "ms", "prof", "inc", "ltd", "co", "corp", "st", "no", "fig",
        "p", "pp", "vol", "ed", "eds", "al", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "u.s", "u.k", "jr", "sr",
    };

    public static IReadOnlyList<(int Start, int End)> Split(string text)
    {
        var sentences = new List<(int, int)>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int j = i + 1;
            // Closing quotes, brackets and footnote placeholders stay with the sentence they end.
            while (j < text.Length && text[j] is '"' or '”' or '’' or '\'' or ')' or ']' or '»' or ProsePlaceholder.Opaque) j++;
            if (j >= text.Length || !char.IsWhiteSpace(text[j])) continue;
            int next = j;
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next >= text.Length) break;
            char n = text[next];
            if (!(char.IsUpper(n) || char.IsDigit(n) || n is '"' or '“' or '(' or '[' or '‘' or '*' or '_')) continue;
            if (c == '.' && IsAbbreviation(text, i)) continue;
            sentences.Add((start, next));
            start = next;
            i = next - 1;
        }
        sentences.Add((start, text.Length));
        return sentences;
    }

    private static bool IsAbbreviation(string text, int dot)
    {
        int k = dot;
        while (k > 0 && (char.IsLetter(text[k - 1]) || text[k - 1] == '.')) k--;
        var word = text.AsSpan(k, dot - k).ToString();
        // A single capital letter followed by a dot is an initial ("J. Smith").
        return Abbreviations.Contains(word) || (word.Length == 1 && char.IsUpper(word[0]));
    }
}
