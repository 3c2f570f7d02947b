using FactLint.Core.Diagnostics;

namespace FactLint.Core.Output;

/// <summary>GitHub Actions workflow commands: findings become annotations on the pull request.</summary>
public sealed class GithubFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer)
    {
        foreach (var d in diagnostics)
        {
            string command = d.Severity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "notice" };
            writer.WriteLine(
                $"::{command} title={Property($"FactLint {d.Code} ({d.RuleName})")},file={Property(context.DisplayPath(d.Path))}," +
                $"line={d.Start.Line},col={d.Start.Column},endLine={d.End.Line},endColumn={d.End.Column}::{Data(d.Message)}");
        }
    }

    // Escaping as the Actions toolkit does it.
    private static string Data(string s) => s.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    private static string Property(string s) => Data(s).Replace(":", "%3A").Replace(",", "%2C");
}
