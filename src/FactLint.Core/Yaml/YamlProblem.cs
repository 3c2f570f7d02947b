namespace FactLint.Core.Yaml;

/// <summary>A problem in a YAML file (pack or config), with its place, reported like a finding.</summary>
public sealed record YamlProblem(string Code, string Path, int Line, int Column, string Message);

/// <summary>Thrown when a YAML file cannot be used at all; carries the problems found.</summary>
public sealed class YamlLoadException(IReadOnlyList<YamlProblem> problems)
    : Exception(string.Join(Environment.NewLine, problems.Select(p => $"{p.Path}:{p.Line}:{p.Column}: {p.Code} {p.Message}")))
{
    public IReadOnlyList<YamlProblem> Problems { get; } = problems;
}
