using FactLint.Core.Diagnostics;

namespace FactLint.Core.Config;

/// <summary>A rule's setting in the config: off, or on with a severity.</summary>
public readonly record struct RuleSetting(bool Enabled, Severity? Level);

/// <summary>
/// <c>.factlint.yaml</c>: found by walking up from each file (or given with <c>--config</c>).
/// Paths in it are relative to the folder holding it.
/// </summary>
public sealed record FactLintConfig
{
    public const string FileName = ".factlint.yaml";

    /// <summary>Names a config file may have, in order of preference (<c>.yml</c> is the other common spelling).</summary>
    public static readonly IReadOnlyList<string> FileNames = [FileName, ".factlint.yml"];

    /// <summary>The baseline <c>factlint baseline</c> writes and <c>check</c> uses when it exists, unless the config names another.</summary>
    public const string DefaultBaseline = ".factlint-baseline.json";

    /// <summary>The config file, or null for the built-in defaults.</summary>
    public string? FilePath { get; init; }

    /// <summary>Folder that relative paths, globs and the baseline are relative to.</summary>
    public required string Directory { get; init; }

    /// <summary>Pack folders; <c>core</c> names the built-in pack.</summary>
    public IReadOnlyList<string> Packs { get; init; } = ["core"];

    public IReadOnlyDictionary<string, RuleSetting> Rules { get; init; } = new Dictionary<string, RuleSetting>();
    public IReadOnlyList<string> Include { get; init; } = ["**/*.md", "**/*.markdown", "**/*.txt"];
    public IReadOnlyList<string> Exclude { get; init; } = ["**/node_modules/**", "**/bin/**", "**/obj/**", "**/.git/**", "**/.factlint/**"];
    public Severity FailLevel { get; init; } = Severity.Warning;

    /// <summary>Model folder, or <c>none</c>; null means the bundled default.</summary>
    public string? Model { get; init; }

    public string Device { get; init; } = "auto";

    /// <summary>Baseline file of accepted findings, relative to <see cref="Directory"/>; used when it exists. Null: none (<c>baseline: none</c>).</summary>
    public string? Baseline { get; init; } = DefaultBaseline;

    /// <summary>
    /// Globs of files that are sources (data, reports that docs cite): citations to them are checked, but they are not linted
    /// themselves unless named on the command line. They are kept in <see cref="Exclude"/> too.
    /// </summary>
    public IReadOnlyList<string> SourceFiles { get; init; } = [];

    /// <summary>Folder of the source snapshot store.</summary>
    public string Sources { get; init; } = ".factlint/sources";

    /// <summary>Folder for caches.</summary>
    public string Cache { get; init; } = ".factlint/cache";

    /// <summary>Which claims need a source (docs, prose, strict), or <c>auto</c> to decide per file.</summary>
    public ClaimProfile Profile { get; init; } = ClaimProfile.Auto;

    /// <summary>May citations point at files outside the repository root?</summary>
    public bool AllowOutsideRoot { get; init; }

    public static FactLintConfig Default(string directory) => new() { Directory = Path.GetFullPath(directory) };

    public string Resolve(string path) => Path.GetFullPath(Path.Combine(Directory, path));
}
