using FactLint.Core.Config;
using FactLint.Core.Rules;

namespace FactLint.Core.Engine;

/// <summary>Finds pack folders: <c>core</c> is the built-in pack shipped beside the program; anything else is a path relative to the config.</summary>
public static class PackLocator
{
    public const string BuiltInCore = ConfigPaths.BuiltInPack;

    /// <summary>Environment variable that points at a folder of built-in packs (used by tests and odd installs).</summary>
    public const string RulesDirectoryVariable = ConfigPaths.RulesDirectoryVariable;

    public static string? Resolve(string entry, FactLintConfig config)
    {
        if (entry == BuiltInCore) return BuiltInDirectory(BuiltInCore);
        var path = config.Resolve(entry);
        if (File.Exists(path) && Path.GetFileName(path) == PackLoader.ManifestFile) path = Path.GetDirectoryName(path)!;
        return File.Exists(Path.Combine(path, PackLoader.ManifestFile)) ? path : null;
    }

    /// <summary>The folder of a built-in pack: beside the program (rules/NAME), else in the source tree it was built from.</summary>
    public static string? BuiltInDirectory(string name)
    {
        var candidates = new List<string>();
        if (Environment.GetEnvironmentVariable(RulesDirectoryVariable) is { Length: > 0 } env) candidates.Add(Path.Combine(env, name));
        candidates.Add(Path.Combine(AppContext.BaseDirectory, "rules", name));
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            candidates.Add(Path.Combine(dir.FullName, "rules", name));
        return candidates.FirstOrDefault(c => File.Exists(Path.Combine(c, PackLoader.ManifestFile)));
    }
}
