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
            writer.WriteLine($"{context.DisplayPath(d.Path)}:{d.Start.Line}:{d.Start.Column}: {d.Code} [{d.Severity.Name()}] {d.Message}");
            if (d.SourceLine.Length > 0)
            {
                string gutter = new(' ', d.Start.Line.ToString().Length);
                writer.WriteLine($"{gutter} |");
                writer.WriteLine($"{d.Start.Line} | {Printable(d.SourceLine)}");
                int width = d.End.Line == d.Start.Line ? Math.Max(1, d.End.Column - d.Start.Column) : Math.Max(1, CodePoints(d.SourceLine) - d.Start.Column + 1);
                writer.WriteLine($"{gutter} | {new string(' ', d.Start.Column - 1)}{new string('^', width)}");
            }
            foreach (var note in d.Notes) writer.WriteLine($"  = {note}");
            writer.WriteLine();
        }
    }

    /// <summary>Tabs become one space so the caret (counted in code points) stays under the claim.</summary>
    private static string Printable(string line) => line.Replace('\t', ' ');

    private static int CodePoints(string s) => s.Count(c => !char.IsLowSurrogate(c));
}
