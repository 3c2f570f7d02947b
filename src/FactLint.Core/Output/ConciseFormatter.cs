using FactLint.Core.Diagnostics;

namespace FactLint.Core.Output;

/// <summary>One line per finding: <c>path:line:col: CODE [severity] message</c>.</summary>
public sealed class ConciseFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer)
    {
        foreach (var d in diagnostics)
            writer.WriteLine($"{LineEscaping.Path(context.DisplayPath(d.Path))}:{d.Start.Line}:{d.Start.Column}: {d.Code} [{d.Severity.Name()}] {LineEscaping.Message(d.Message)}");
    }
}
