using FactLint.Core.IO;
using FactLint.Core.Yaml;

namespace FactLint.Core.Config;

/// <summary>
/// What a config may make FactLint read. A config comes with the repository (a pull request can change it), so the
/// packs, model, baseline and source store it names must lie inside the repository once links are followed, as cited
/// files must (FL205); <c>allow_outside_root: true</c> lifts this for all of them. FactLint's own packs and model
/// (beside the program, or in the source tree it was built from) are always allowed.
/// </summary>
public static class ConfigPaths
{
    /// <summary>The pack entry that names the built-in pack (<c>Engine.PackLocator</c> finds it).</summary>
    public const string BuiltInPack = "core";

    /// <summary>Environment variable that points at a folder of built-in packs (used by tests and odd installs).</summary>
    public const string RulesDirectoryVariable = "FACTLINT_RULES_DIR";

    /// <summary>The repository of a config: the nearest folder upward holding <c>.git</c>, else the config's folder.</summary>
    public static string RepositoryRoot(FactLintConfig config) => RepositoryBounds.RootFor(config.Directory);

    /// <summary>Why <paramref name="config"/> may not lead FactLint to read <paramref name="path"/>, or null.</summary>
    public static string? Refusal(FactLintConfig config, string path)
    {
        if (config.AllowOutsideRoot || IsToolFile(path)) return null;
        var root = RepositoryRoot(config);
        if (!RepositoryBounds.IsUnder(path, root)) return "lies outside the repository";
        if (!RepositoryBounds.IsUnder(RepositoryBounds.RealPath(path), RepositoryBounds.RealPath(root))) return "is a symbolic link to a place outside the repository";
        return null;
    }

    /// <summary>
    /// Why the model folder a config names may not be read, or null: the folder, its <c>model.yaml</c> and every file
    /// that names (network, tokenizer) must stay inside the repository. A <c>model.yaml</c> that cannot be read is left
    /// to the model loader to report.
    /// </summary>
    public static string? ModelRefusal(FactLintConfig config, string modelDirectory)
    {
        if (Refusal(config, modelDirectory) is { } folder) return folder;
        var manifest = Path.Combine(modelDirectory, "model.yaml");
        if (!File.Exists(manifest)) return null;
        if (Refusal(config, manifest) is { } link) return $"has a model.yaml that {link}";
        var root = YamlDocumentReader.LoadMappingFile(manifest, []);
        if (root is null) return null;
        var named = new List<(string Key, string? Value)> { ("onnx", Scalar(root, "onnx")) };
        if (root.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode("tokenizer"), out var t) && t is YamlDotNet.RepresentationModel.YamlMappingNode tokenizer)
            foreach (var key in new[] { "vocab", "merges", "file" }) named.Add(($"tokenizer.{key}", Scalar(tokenizer, key)));
        foreach (var (key, value) in named)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            var file = Path.GetFullPath(Path.Combine(modelDirectory, value));
            if (Refusal(config, file) is { } why) return $"has a model.yaml whose '{key}' {why}";
        }
        return null;
    }

    private static string? Scalar(YamlDotNet.RepresentationModel.YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlDotNet.RepresentationModel.YamlScalarNode(key), out var value) && value is YamlDotNet.RepresentationModel.YamlScalarNode s ? s.Value : null;

    /// <summary>Inside FactLint's own install: the program's folder, its built-in packs and model, or the folders the environment names for them.</summary>
    public static bool IsToolFile(string path)
    {
        var real = RepositoryBounds.RealPath(path);
        return ToolFolders.Value.Any(folder => RepositoryBounds.IsUnder(real, folder));
    }

    private static readonly Lazy<IReadOnlyList<string>> ToolFolders = new(() =>
    {
        var folders = new List<string> { AppContext.BaseDirectory };
        foreach (var variable in new[] { RulesDirectoryVariable, "FACTLINT_MODEL" })
            if (Environment.GetEnvironmentVariable(variable) is { Length: > 0 } value) folders.Add(value);
        // The source tree the program was built from: its rules (PackLocator's fallback) and bundled model (ModelLocator's).
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "rules", BuiltInPack, "pack.yaml"))) { folders.Add(Path.Combine(dir.FullName, "rules")); break; }
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "models", "factlint-tiny", "model.yaml"))) { folders.Add(Path.Combine(dir.FullName, "models", "factlint-tiny")); break; }
        return folders.Select(f => RepositoryBounds.RealPath(Path.GetFullPath(f))).ToList();
    });
}
