using FactLint.Core.Diagnostics;

namespace FactLint.Core.Output;

/// <summary>
/// The human format, like ruff's: the finding, then the source line with a caret under the claim.
/// <code>
/// docs/a.md:3:12: FL101 [warning] Exact figure '1,847' has no citation in reach
///   |
/// 3 | We served 1,847 customers.
///   |           ^^^^^
/// </code>
/// </summary>
public sealed class TextFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            writer.WriteLine($"{LineEscaping.Path(context.DisplayPath(d.Path))}:{d.Start.Line}:{d.Start.Column}: {d.Code} [{d.Severity.Name()}] {LineEscaping.Message(d.Message)}");
            if (d.SourceLine.Length > 0)
            {
                string gutter = new(' ', d.Start.Line.ToString().Length);
                writer.WriteLine($"{gutter} |");
                var (shown, column, width) = Window(d);
                writer.WriteLine($"{d.Start.Line} | {Printable(shown)}");
                writer.WriteLine($"{gutter} | {new string(' ', column - 1)}{new string('^', width)}");
            }
            foreach (var note in d.Notes) writer.WriteLine($"  = {LineEscaping.Message(note)}");
            writer.WriteLine();
        }
    }

    /// <summary>Longest source line shown whole; a longer one is cut to a window around the claim.</summary>
    public const int MaxShownLine = 240;
    private const int Context = 80;

    /// <summary>
    /// The part of the line to show, with the caret's column and width in it. A 4 MB line holding 226,000 figures was
    /// printed whole under each of them (terabytes of output), so a long line shows only the claim and some context.
    /// </summary>
    private (string Line, int Column, int Width) Window(Diagnostic d)
    {
        string line = d.SourceLine;
        int width = d.End.Line == d.Start.Line ? Math.Max(1, d.End.Column - d.Start.Column)
            : line.Length <= MaxShownLine ? Math.Max(1, CodePoints(line) - d.Start.Column + 1) : 1;
        if (line.Length <= MaxShownLine) return (line, d.Start.Column, width);
        width = Math.Min(width, MaxShownLine);
        int start = CharIndexOfColumn(line, d.Start.Column);
        int from = Math.Max(0, start - Context);
        int to = Math.Min(line.Length, CharIndexOfColumn(line, d.Start.Column + width) + Context);
        if (from > 0 && char.IsLowSurrogate(line[from])) from--;
        if (to < line.Length && char.IsHighSurrogate(line[to - 1])) to++;
        string prefix = from > 0 ? "…" : "", suffix = to < line.Length ? "…" : "";
        int column = prefix.Length + CodePoints(line.AsSpan(from, start - from)) + 1;
        return (prefix + line[from..to] + suffix, column, width);
    }

    // Findings on one long line share its string: the column → char table is built once per line, not once per finding.
    private string? _tableLine;
    private int[]? _charOfColumn;

    private int CharIndexOfColumn(string line, int column)
    {
        if (!ReferenceEquals(line, _tableLine))
        {
            _tableLine = line;
            _charOfColumn = null;
            if (line.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0)
            {
                var table = new List<int>(line.Length);
                for (int i = 0; i < line.Length; i += char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1) table.Add(i);
                _charOfColumn = [.. table];
            }
        }
        if (_charOfColumn is null) return Math.Clamp(column - 1, 0, line.Length);
        return column - 1 < _charOfColumn.Length ? _charOfColumn[Math.Max(0, column - 1)] : line.Length;
    }

    private static int CodePoints(ReadOnlySpan<char> s)
    {
        int n = 0;
        foreach (char c in s) if (!char.IsLowSurrogate(c)) n++;
        return n;
    }

    /// <summary>Tabs become one space so the caret (counted in code points) stays under the claim.</summary>
    private static string Printable(string line) => line.Replace('\t', ' ');

    private static int CodePoints(string s) => CodePoints(s.AsSpan());
}
