namespace FactLint.Core.Output;

/// <summary>Every output format by name.</summary>
public static class OutputFormats
{
    private static readonly Dictionary<string, Func<IDiagnosticFormatter>> Formats = new(StringComparer.OrdinalIgnoreCase)
    {
        ["text"] = () => new TextFormatter(),
        ["concise"] = () => new ConciseFormatter(),
        ["json"] = () => new JsonFormatter(),
        ["sarif"] = () => new SarifFormatter(),
        ["msbuild"] = () => new MsBuildFormatter(),
        ["github"] = () => new GithubFormatter(),
    };

    public static IReadOnlyCollection<string> Names => Formats.Keys;

    public static IDiagnosticFormatter Create(string name) =>
        Formats.TryGetValue(name, out var factory) ? factory() : throw new ArgumentException($"unknown format '{name}'");
}
