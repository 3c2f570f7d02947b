using FactLint.Core.Diagnostics;
using FactLint.Core.Rules;

namespace FactLint.Core.Output;

/// <summary>What formatters need besides the findings: how to show paths, and the rules (for SARIF's rule table).</summary>
public sealed record OutputContext(string WorkingDirectory, IReadOnlyList<Rule> Rules, int FilesChecked, string ToolVersion)
{
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
