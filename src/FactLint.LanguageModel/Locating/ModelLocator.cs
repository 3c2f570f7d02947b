using FactLint.LanguageModel.Manifest;

namespace FactLint.LanguageModel.Locating;

/// <summary>
/// Finds the model folder to load: an explicit path, else $FACTLINT_MODEL, else models/factlint-tiny
/// next to the executable (the CLI copies it there), else the first models/factlint-tiny/model.yaml
/// found walking up from the current directory (running from a source checkout).
/// </summary>
public static class ModelLocator
{
    public const string EnvironmentVariable = "FACTLINT_MODEL";
    public const string DefaultModelRelativePath = "models/factlint-tiny";

    /// <summary>The model folder, or null with <paramref name="searched"/> listing where it looked.</summary>
    public static string? Find(string? explicitPath, string? environmentValue, string baseDirectory, string currentDirectory, out IReadOnlyList<string> searched)
    {
        var looked = new List<string>();
        searched = looked;
        // An explicit choice is final: a wrong path must be an error, not silently replaced by the default.
        if (!string.IsNullOrWhiteSpace(explicitPath)) return Path.GetFullPath(explicitPath);
        if (!string.IsNullOrWhiteSpace(environmentValue)) return Path.GetFullPath(environmentValue);

        var besideExe = Path.GetFullPath(Path.Combine(baseDirectory, DefaultModelRelativePath));
        looked.Add(besideExe);
        if (File.Exists(Path.Combine(besideExe, ModelManifest.FileName))) return besideExe;

        for (var dir = new DirectoryInfo(Path.GetFullPath(currentDirectory)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultModelRelativePath);
            looked.Add(candidate);
            if (File.Exists(Path.Combine(candidate, ModelManifest.FileName))) return candidate;
        }
        return null;
    }

    /// <summary>Finds the model from the process's environment, executable folder and current directory.</summary>
    public static string? Find(string? explicitPath = null) =>
        Find(explicitPath, Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory, Directory.GetCurrentDirectory(), out _);

    /// <summary>Like <see cref="Find(string?)"/> but throws a <see cref="ModelLoadException"/> naming where it looked.</summary>
    public static string Locate(string? explicitPath = null)
    {
        var found = Find(explicitPath, Environment.GetEnvironmentVariable(EnvironmentVariable), AppContext.BaseDirectory, Directory.GetCurrentDirectory(), out var searched);
        return found ?? throw new ModelLoadException(DefaultModelRelativePath,
            $"no model found; pass --model DIR or set {EnvironmentVariable} (looked in {string.Join(", ", searched.Take(3))}{(searched.Count > 3 ? ", …" : "")})");
    }
}
