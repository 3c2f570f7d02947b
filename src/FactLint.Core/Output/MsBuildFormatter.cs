using FactLint.Core.Diagnostics;

namespace FactLint.Core.Output;

/// <summary>
/// MSBuild's canonical error format, <c>path(line,col): warning FL101: message</c>, which MSBuild's Exec task
/// and every .NET IDE turn into real warnings. Info findings print as plain messages.
/// </summary>
public sealed class MsBuildFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            string category = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "message" };
            // Full paths: MSBuild resolves relative ones against the project, not our working directory.
            writer.WriteLine($"{LineEscaping.Path(d.Path)}({d.Start.Line},{d.Start.Column}): {category} {d.Code}: {LineEscaping.Message(d.Message)}");
        }
    }
}
