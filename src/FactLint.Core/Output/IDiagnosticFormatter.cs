using FactLint.Core.Diagnostics;
using FactLint.Core.Rules;

namespace FactLint.Core.Output;

/// <summary>What formatters need besides the findings: how to show paths, and the rules (for SARIF's rule table).</summary>
public sealed record OutputContext(string WorkingDirectory, IReadOnlyList<Rule> Rules, int FilesChecked, string ToolVersion)
{
    /// <summary>The models that scored the run's claims (empty with --no-model).</summary>
    public IReadOnlyList<Surprisal.ScorerInfo> Models { get; init; } = [];

    /// <summary>Claims a surprisal gate left unreported because the model reconstructs them.</summary>
    public int ExemptClaims { get; init; }

    /// <summary>Paths relative to the working directory, with forward slashes, as linters print them.</summary>
    public string DisplayPath(string path)
    {
        if (!Path.IsPathFullyQualified(path)) return path.Replace('\\', '/');
        var relative = Path.GetRelativePath(WorkingDirectory, path);
        return relative.Replace('\\', '/');
    }
}

/// <summary>An output format (<c>--format</c>). One file per format in this folder, registered in <see cref="OutputFormats"/>.</summary>
public interface IDiagnosticFormatter
{
    void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer);
}
