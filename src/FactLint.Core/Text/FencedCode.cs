namespace FactLint.Core.Text;

/// <summary>
/// Fenced code in Markdown source text: lines that open with <c>```</c> or <c>~~~</c>. One place for the fence syntax,
/// asked two ways: whether a text holds any fence (cheap, for choosing a file's profile) and where each block runs (for
/// telling a heading from a <c># comment</c> inside code).
/// </summary>
public static class FencedCode
{
    /// <summary>
    /// Whether a line opens with three backticks or tildes after at most <paramref name="maxIndent"/> spaces. Found with
    /// a vectorised search for the fence, then a look back to the line start.
    /// </summary>
    public static bool HasFence(string text, int maxIndent)
    {
        foreach (var fence in (ReadOnlySpan<string>)["```", "~~~"])
        {
            for (int at = text.IndexOf(fence, StringComparison.Ordinal); at >= 0; at = text.IndexOf(fence, at + 3, StringComparison.Ordinal))
            {
                int lineStart = at;
                while (lineStart > 0 && text[lineStart - 1] == ' ' && at - lineStart < maxIndent) lineStart--;
                if (lineStart == 0 || text[lineStart - 1] == '\n') return true;
            }
        }
        return false;
    }

    /// <summary>
    /// [start, end) of each fenced code block, as CommonMark reads it: a line opening with three or more backticks or
    /// tildes (up to three spaces before) to the line that closes it with at least as many of the same character, or to
    /// the end of the text.
    /// </summary>
    public static List<(int Start, int End)> Ranges(string text)
    {
        var ranges = new List<(int Start, int End)>();
        int open = -1; char fenceChar = '\0'; int fenceLength = 0;
        for (int lineStart = 0; lineStart < text.Length;)
        {
            int lineEnd = text.IndexOf('\n', lineStart);
            int next = lineEnd < 0 ? text.Length : lineEnd + 1;
            var line = text.AsSpan(lineStart, (lineEnd < 0 ? text.Length : lineEnd) - lineStart);
            int indent = 0;
            while (indent < line.Length && indent < 4 && line[indent] == ' ') indent++;
            if (indent < 4 && indent < line.Length && line[indent] is '`' or '~')
            {
                char c = line[indent];
                int run = 0;
                while (indent + run < line.Length && line[indent + run] == c) run++;
                if (open < 0 && run >= 3) { open = lineStart; fenceChar = c; fenceLength = run; }
                else if (open >= 0 && c == fenceChar && run >= fenceLength && line[(indent + run)..].Trim().IsEmpty)
                {
                    ranges.Add((open, next));
                    open = -1;
                }
            }
            lineStart = next;
        }
        if (open >= 0) ranges.Add((open, text.Length));
        return ranges;
    }
}
