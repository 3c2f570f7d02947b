using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Reports;

/// <summary>
/// Cuts a text into runs that each lie in at most one token (and, for HTML, inside or outside claims).
/// Tokens may share a character when they split it (see Utf8Alignment); the later token then starts
/// after the shared character, so every character is printed once, shaded by the most surprising of them.
/// </summary>
internal static class TextSegments
{
    public readonly record struct Segment(int Start, int End, int Token);

    /// <summary>Runs covering the whole text in order; Token is -1 for text no token covers.</summary>
    public static List<Segment> Split(string text, IReadOnlyList<TokenSurprisal> tokens, IEnumerable<int>? extraBoundaries = null)
    {
        var cuts = new SortedSet<int> { 0, text.Length };
        if (extraBoundaries is not null)
            foreach (var b in extraBoundaries) cuts.Add(Math.Clamp(b, 0, text.Length));
        var segments = new List<Segment>();
        int cursor = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int start = Math.Max(tokens[i].Start, cursor), end = Math.Min(tokens[i].End, text.Length);
            if (end <= start)
            {
                // Hidden behind the previous token (both split one character): show the more surprising one.
                if (segments.Count > 0 && segments[^1].Token >= 0 && tokens[i].Start < segments[^1].End && tokens[i].Bits > tokens[segments[^1].Token].Bits)
                    segments[^1] = segments[^1] with { Token = i };
                continue;
            }
            if (start > cursor) AddRuns(segments, cuts, cursor, start, -1);
            AddRuns(segments, cuts, start, end, i);
            cursor = end;
        }
        if (cursor < text.Length) AddRuns(segments, cuts, cursor, text.Length, -1);
        return segments;
    }

    private static void AddRuns(List<Segment> segments, SortedSet<int> cuts, int start, int end, int token)
    {
        int at = start;
        if (end - start >= 2)
        {
            foreach (var cut in cuts.GetViewBetween(start + 1, end - 1))
            {
                segments.Add(new Segment(at, cut, token));
                at = cut;
            }
        }
        segments.Add(new Segment(at, end, token));
    }
}
