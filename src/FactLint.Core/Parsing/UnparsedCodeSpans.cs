using Markdig.Helpers;

namespace FactLint.Core.Parsing;

/// <summary>
/// Counts the inline code spans of a paragraph the inline-parse gate left unparsed, from its raw lines, so that what a
/// file's code spans decide (its profile) does not depend on which paragraphs the gate parsed. CommonMark's rule: a run of
/// backticks opens a span that the next run of the same length closes; a run with no such closer is literal text. A
/// backslash before a run escapes its first backtick, and Markdig opens no span with the rest. Raw HTML and autolinks, which
/// can hide a backtick, are not read.
/// </summary>
internal static class UnparsedCodeSpans
{
    public static int Count(StringLineGroup lines)
    {
        bool any = false;
        for (int i = 0; i < lines.Count && !any; i++) any = lines.Lines[i].Slice.AsSpan().Contains('`');
        if (!any) return 0;
        // Runs never cross a line end; spans may.
        var runs = new List<Run>();
        for (int i = 0; i < lines.Count; i++) AddRuns(lines.Lines[i].Slice.AsSpan(), runs);
        return CountSpans(runs);
    }

    // A backtick run and whether it can open a span: not after a backslash, which escapes its first backtick outside a span,
    // as Markdig opens no span with backticks that follow a backtick.
    private readonly record struct Run(int Length, bool CanOpen);

    private static void AddRuns(ReadOnlySpan<char> line, List<Run> runs)
    {
        for (int at = line.IndexOf('`'); at >= 0;)
        {
            int end = at;
            while (end < line.Length && line[end] == '`') end++;
            runs.Add(new Run(end - at, CanOpen: at == 0 || line[at - 1] != '\\' || Escaped(line, at - 1)));
            int next = line[end..].IndexOf('`');
            at = next < 0 ? -1 : end + next;
        }
    }

    // A backslash is itself escaped by an odd number of backslashes before it.
    private static bool Escaped(ReadOnlySpan<char> line, int at)
    {
        int n = 0;
        while (at - 1 - n >= 0 && line[at - 1 - n] == '\\') n++;
        return n % 2 == 1;
    }

    // Inside a span backslashes are literal: a closer is matched on its whole length. Each run's next run of the same
    // length is found in one backward pass, so runs with no closer cost no rescan (a hostile paragraph can hold many).
    private static int CountSpans(List<Run> runs)
    {
        var next = new int[runs.Count];
        var last = new Dictionary<int, int>();
        for (int i = runs.Count - 1; i >= 0; i--)
        {
            next[i] = last.TryGetValue(runs[i].Length, out int j) ? j : -1;
            last[runs[i].Length] = i;
        }
        int count = 0;
        for (int i = 0; i < runs.Count; i++)
        {
            if (!runs[i].CanOpen || next[i] < 0) continue;
            count++;
            i = next[i];
        }
        return count;
    }
}
