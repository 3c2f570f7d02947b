using System.Text;

namespace FactLint.Core.Verification;

/// <summary>A word of a text: its normalised form (for comparison) and where it sits in the text.</summary>
public readonly record struct Word(string Norm, string Folded, int Start, int Length);

/// <summary>
/// Splits text into words for quote comparison. Normalisation is deliberately small and honest: Unicode quotes and
/// apostrophes become ASCII, dashes become '-', whitespace and punctuation between words are ignored. Words themselves
/// must be identical (case too, unless the rule allows case-insensitive quotes).
/// </summary>
public static class Words
{
    public static string NormaliseChar(char c) => c switch
    {
        '\u2018' or '\u2019' or '\u201B' or '\u2032' => "'",
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u00AB' or '\u00BB' => "\"",
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' => "-",
        _ => c.ToString(),
    };

    public static List<Word> Split(string text)
    {
        var words = new List<Word>();
        int i = 0;
        while (i < text.Length)
        {
            if (!IsWordChar(text, i)) { i++; continue; }
            int start = i;
            var sb = new StringBuilder();
            while (i < text.Length && (IsWordChar(text, i) || IsJoiner(text, i)))
            {
                sb.Append(NormaliseChar(text[i]));
                i++;
            }
            var norm = sb.ToString().TrimEnd('\'', '-', '.', ',');
            if (norm.Length == 0) continue;
            words.Add(new Word(norm, norm.ToLowerInvariant(), start, i - start));
        }
        return words;
    }

    private static bool IsWordChar(string t, int i) => char.IsLetterOrDigit(t[i]) || t[i] is '$' or '€' or '£' or '%' || char.IsSurrogate(t[i]);

    // An apostrophe, hyphen, decimal point or thousands comma inside a word keeps it whole ("don't", "9.73", "1,200").
    private static bool IsJoiner(string t, int i) =>
        t[i] is '\'' or '\u2019' or '-' or '\u2010' or '\u2011' or '.' or ',' && i + 1 < t.Length && char.IsLetterOrDigit(t[i + 1]) && i > 0 && char.IsLetterOrDigit(t[i - 1])
        && (t[i] is not ('.' or ',') || char.IsDigit(t[i + 1]));
}

/// <summary>One step of a word diff.</summary>
public readonly record struct DiffOp(char Kind, string Text);

/// <summary>Finds a quote in a source's words, or the passage closest to it, with a word diff.</summary>
public static class QuoteMatcher
{
    /// <summary>Word positions by normalised word, for one source.</summary>
    public static Dictionary<string, List<int>> Positions(IReadOnlyList<Word> words, bool folded)
    {
        var map = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < words.Count; i++)
        {
            var key = folded ? words[i].Folded : words[i].Norm;
            if (!map.TryGetValue(key, out var list)) map[key] = list = new List<int>();
            list.Add(i);
        }
        return map;
    }

    /// <summary>
    /// Index of the first source word of an exact occurrence of the quote, or -1. An ellipsis (<c>…</c>, <c>...</c>,
    /// <c>[…]</c>) in the quote splits it into parts that must appear in order; bracketed insertions are matched as written.
    /// </summary>
    public static int FindExact(IReadOnlyList<string> quoteParts, IReadOnlyList<Word> source, Dictionary<string, List<int>> positions, bool folded)
    {
        var parts = quoteParts.Select(p => Words.Split(p).Select(w => folded ? w.Folded : w.Norm).ToList()).Where(p => p.Count > 0).ToList();
        if (parts.Count == 0) return -1;
        var head = parts[0][0];
        var flipped = char.IsUpper(head[0]) ? char.ToLowerInvariant(head[0]) + head[1..] : char.ToUpperInvariant(head[0]) + head[1..];
        var starts = positions.GetValueOrDefault(head, []).Concat(positions.GetValueOrDefault(flipped, [])).Order();
        foreach (var start in starts)
        {
            int at = start;
            bool ok = true;
            for (int p = 0; p < parts.Count && ok; p++)
            {
                int found = p == 0 ? (MatchesAt(parts[0], source, start, folded, firstWordAnyCase: true) ? start : -1) : FindFrom(parts[p], source, at, folded, positions);
                if (found < 0) ok = false;
                else at = found + parts[p].Count;
            }
            if (ok) return start;
        }
        return -1;
    }

    private static int FindFrom(List<string> part, IReadOnlyList<Word> source, int from, bool folded, Dictionary<string, List<int>> positions)
    {
        if (!positions.TryGetValue(part[0], out var starts)) return -1;
        foreach (var s in starts)
            if (s >= from && s - from < 400 && MatchesAt(part, source, s, folded)) return s;
        return -1;
    }

    // A quote may change the case of its first word to fit the sentence around it ("revenue was" for "Revenue was").
    private static bool MatchesAt(List<string> part, IReadOnlyList<Word> source, int start, bool folded, bool firstWordAnyCase = false)
    {
        if (start + part.Count > source.Count) return false;
        for (int i = 0; i < part.Count; i++)
        {
            var w = folded ? source[start + i].Folded : source[start + i].Norm;
            if (w == part[i] || (i == 0 && firstWordAnyCase && string.Equals(w, part[i], StringComparison.OrdinalIgnoreCase))) continue;
            return false;
        }
        return true;
    }

    /// <summary>The source window most like the quote: (first word, word count, share of quote words found in it).</summary>
    public static (int Start, int Count, double Overlap) Closest(IReadOnlyList<string> quoteWords, IReadOnlyList<Word> source, Dictionary<string, List<int>> positions, bool folded)
    {
        if (quoteWords.Count == 0 || source.Count == 0) return (-1, 0, 0);
        // Each occurrence of a quote word votes for the window start that would align it.
        var votes = new Dictionary<int, int>();
        for (int q = 0; q < quoteWords.Count; q++)
        {
            if (!positions.TryGetValue(quoteWords[q], out var list) || list.Count > 2000) continue;
            foreach (var p in list)
            {
                int s = p - q;
                for (int shift = -2; shift <= 2; shift++) votes[s + shift] = votes.GetValueOrDefault(s + shift) + (shift == 0 ? 3 : 1);
            }
        }
        if (votes.Count == 0) return (-1, 0, 0);
        int best = votes.MaxBy(v => (v.Value, -v.Key)).Key;
        int start = Math.Clamp(best, 0, source.Count - 1);
        int count = Math.Min(quoteWords.Count, source.Count - start);
        // Trim or extend to the window with the best overlap (LCS) around that start.
        var bestWindow = (Start: start, Count: count, Lcs: Lcs(quoteWords, source, start, count, folded));
        for (int ds = -3; ds <= 3; ds++)
        for (int dc = -3; dc <= 3; dc++)
        {
            int s = start + ds, c = count + dc;
            if (s < 0 || c < 1 || s + c > source.Count) continue;
            int l = Lcs(quoteWords, source, s, c, folded);
            if (l > bestWindow.Lcs || (l == bestWindow.Lcs && Math.Abs(c - quoteWords.Count) < Math.Abs(bestWindow.Count - quoteWords.Count)))
                bestWindow = (s, c, l);
        }
        return (bestWindow.Start, bestWindow.Count, (double)bestWindow.Lcs / quoteWords.Count);
    }

    private static int Lcs(IReadOnlyList<string> a, IReadOnlyList<Word> source, int start, int count, bool folded)
    {
        var prev = new int[count + 1];
        var cur = new int[count + 1];
        for (int i = 1; i <= a.Count; i++)
        {
            for (int j = 1; j <= count; j++)
            {
                var w = folded ? source[start + j - 1].Folded : source[start + j - 1].Norm;
                cur[j] = a[i - 1] == w ? prev[j - 1] + 1 : Math.Max(prev[j], cur[j - 1]);
            }
            (prev, cur) = (cur, prev);
        }
        return prev[count];
    }

    /// <summary>Word diff from the source passage to the quote: '=' same, '-' only in the source, '+' only in the quote.</summary>
    public static List<DiffOp> Diff(IReadOnlyList<string> source, IReadOnlyList<string> quote, bool folded)
    {
        int n = source.Count, m = quote.Count;
        var table = new int[n + 1, m + 1];
        for (int i = n - 1; i >= 0; i--)
        for (int j = m - 1; j >= 0; j--)
            table[i, j] = Same(source[i], quote[j], folded) ? table[i + 1, j + 1] + 1 : Math.Max(table[i + 1, j], table[i, j + 1]);
        var ops = new List<DiffOp>();
        int x = 0, y = 0;
        while (x < n && y < m)
        {
            if (Same(source[x], quote[y], folded)) { ops.Add(new DiffOp('=', quote[y])); x++; y++; }
            else if (table[x + 1, y] >= table[x, y + 1]) ops.Add(new DiffOp('-', source[x++]));
            else ops.Add(new DiffOp('+', quote[y++]));
        }
        while (x < n) ops.Add(new DiffOp('-', source[x++]));
        while (y < m) ops.Add(new DiffOp('+', quote[y++]));
        return ops;
    }

    private static bool Same(string a, string b, bool folded) => folded ? string.Equals(a, b, StringComparison.OrdinalIgnoreCase) : a == b;

    /// <summary>git-style word diff: <c>[-source words-]{+quote words+}</c>.</summary>
    public static string Format(List<DiffOp> ops)
    {
        var sb = new StringBuilder();
        int i = 0;
        while (i < ops.Count)
        {
            char kind = ops[i].Kind;
            var run = new List<string>();
            while (i < ops.Count && ops[i].Kind == kind) run.Add(ops[i++].Text);
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(kind switch { '-' => "[-" + string.Join(' ', run) + "-]", '+' => "{+" + string.Join(' ', run) + "+}", _ => string.Join(' ', run) });
        }
        return sb.ToString();
    }
}
