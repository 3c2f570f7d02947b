using FactLint.Core.Text;

namespace FactLint.Core.Parsing;

/// <summary>
/// Shapes Markdig parses in more than linear time or memory, refused in one linear pass before parsing: a file is then
/// one FL900 line, not minutes of CPU or gigabytes of memory.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>
    /// Most link reference definitions in one block (consecutive lines). Markdig removes each definition from the
    /// front of the block's line list, which moves all the lines after it: 100,000 in a row took over 120 s and 6.7 GB.
    /// </summary>
    public const int MaxDefinitionRun = 5_000;

    /// <summary>
    /// Most table cells in a file. Markdig keeps a block, a paragraph and inlines per cell, so memory grows
    /// with the cells, not the bytes (docs/reliability.md).
    /// </summary>
    public const int MaxTableCells = 250_000;

    public static void Check(SourceText source)
    {
        var text = source.Text.AsSpan();
        int run = 0, runStart = 0;
        long cells = 0;
        // Pipes in table lines are fewer than in the whole text, and a run of definitions holds as many "]:" as it is
        // long: under the limits in the whole text, no line needs reading.
        bool countCells = text.Count('|') > MaxTableCells;
        bool countDefinitions = text.Count("]:") > MaxDefinitionRun;
        if (!countCells && !countDefinitions) return;
        for (int line = 0; line < source.LineCount; line++)
        {
            int start = source.LineStart(line);
            int end = line + 1 < source.LineCount ? source.LineStart(line + 1) : text.Length;
            while (end > start && text[end - 1] is '\r' or '\n') end--;
            var content = text[start..end];
            var trimmed = content.TrimStart(' ');
            if (trimmed.IsEmpty) { run = 0; continue; }
            // Footnote definitions ([^1]: …) are blocks of their own, not link reference definitions.
            if (countDefinitions && trimmed[0] == '[' && trimmed.Length > 1 && trimmed[1] != '^' && content.Length - trimmed.Length <= 3 && trimmed.IndexOf("]:") > 0)
            {
                if (run++ == 0) runStart = line;
                if (run > MaxDefinitionRun)
                    throw new SourceReadException(source.Path, $"more than {MaxDefinitionRun:N0} link reference definitions in one block (from line {runStart + 1}); not linted: separate them with blank lines");
            }
            else run = 0;
            if (countCells && trimmed.Contains('|'))
            {
                cells += trimmed.Count('|');
                if (cells > MaxTableCells)
                    throw new SourceReadException(source.Path, $"tables with more than {MaxTableCells:N0} cells (at line {line + 1}); not linted");
            }
        }
    }
}
