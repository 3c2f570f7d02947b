using FactLint.Core.Diagnostics;
using FactLint.Core.IO;
using FactLint.Core.Yaml;

namespace FactLint.Core.Config;

/// <summary>Reads <c>.factlint.yaml</c> and finds it by walking up from a file.</summary>
public static class ConfigLoader
{
    private static readonly string[] Fields =
        ["packs", "rules", "include", "exclude", "fail_level", "model", "device", "baseline", "sources", "source_files", "cache", "allow_outside_root", "profile"];

    /// <summary>A config larger than this is refused (a config is a few lines).</summary>
    public const long MaxBytes = 1024 * 1024;

    /// <summary>The nearest config file (<c>.factlint.yaml</c> or <c>.factlint.yml</c>) at or above <paramref name="directory"/>, or null.</summary>
    /// <exception cref="YamlLoadException">Both spellings sit in one folder: which one counts would be a guess.</exception>
    public static string? Find(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            // A folder or a pipe by that name is found too, so that Load reports it instead of it being skipped in silence.
            var found = FactLintConfig.FileNames.Select(n => Path.Combine(dir.FullName, n)).Where(c => File.Exists(c) || Directory.Exists(c)).ToList();
            if (found.Count > 1)
                throw new YamlLoadException([new YamlProblem(EngineCodes.ConfigInvalid, found[1], 1, 1,
                    $"both {FactLintConfig.FileNames[0]} and {FactLintConfig.FileNames[1]} are in {dir.FullName}; keep one")]);
            if (found.Count == 1)
            {
                // A config planted as a link (to /etc/passwd, or to another checkout's config) is not read: its errors
                // would quote the file. A config named with --config is the user's own choice and is not checked.
                var root = RepositoryBounds.RootFor(dir.FullName);
                if (!RepositoryBounds.IsUnder(RepositoryBounds.RealPath(found[0]), RepositoryBounds.RealPath(root)))
                    throw new YamlLoadException([new YamlProblem(EngineCodes.ConfigInvalid, found[0], 1, 1,
                        "config is a symbolic link to a file outside the repository; not read")]);
                return found[0];
            }
        }
        return null;
    }

    public static FactLintConfig Load(string path)
    {
        path = Path.GetFullPath(path);
        var problems = new List<YamlProblem>();
        var root = YamlDocumentReader.LoadMapping(path, ReadText(path), problems);
        if (root is null) throw new YamlLoadException(Relabel(problems));
        var f = new YamlFields(path, root, problems);
        var config = new FactLintConfig { FilePath = path, Directory = Path.GetDirectoryName(path)! };

        var packs = f.Has("packs") ? f.StringList("packs", allowSingle: false) : [];
        if (f.Has("packs")) config = config with { Packs = packs.Select(p => p.Value).ToList() };
        config = ReadFileLists(config, f);
        config = ReadSettings(config, f);
        if (f.Mapping("rules") is { } rules) config = config with { Rules = ReadRules(rules) };
        if (problems.Count == 0) CheckPaths(config, f, packs);
        f.ReportUnknown(Fields);
        if (problems.Count > 0) throw new YamlLoadException(Relabel(problems));
        return config;
    }

    private static string ReadText(string path)
    {
        try
        {
            return SafeFile.ReadAllText(path, MaxBytes);
        }
        catch (RefusedFileException e)
        {
            throw new YamlLoadException([new YamlProblem(EngineCodes.ConfigInvalid, path, 1, 1, $"config is {e.Message}")]);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new YamlLoadException([new YamlProblem(EngineCodes.ConfigInvalid, path, 1, 1, $"cannot read config ({e.Message})")]);
        }
    }

    // include, exclude and source_files (which are excluded from the walk too).
    private static FactLintConfig ReadFileLists(FactLintConfig config, YamlFields f)
    {
        if (f.Has("include")) config = config with { Include = f.StringList("include", allowSingle: false).Select(p => p.Value).ToList() };
        if (f.Has("exclude")) config = config with { Exclude = config.Exclude.Concat(f.StringList("exclude", allowSingle: false).Select(p => p.Value)).ToList() };
        if (f.Has("source_files"))
        {
            var globs = f.StringList("source_files", allowSingle: false).Select(p => p.Value).ToList();
            config = config with { SourceFiles = globs, Exclude = config.Exclude.Concat(globs).ToList() };
        }
        return config;
    }

    private static FactLintConfig ReadSettings(FactLintConfig config, YamlFields f)
    {
        if (f.String("fail_level") is { } failLevel)
        {
            if (SeverityNames.TryParse(failLevel, out var level)) config = config with { FailLevel = level };
            else f.Problem(f.Get("fail_level"), EngineCodes.ConfigInvalid, $"fail_level must be info, warning or error, got '{failLevel}'");
        }
        if (f.String("model") is { } model) config = config with { Model = model };
        if (f.String("device") is { } device)
        {
            if (device is "auto" or "cpu" or "cuda") config = config with { Device = device };
            else f.Problem(f.Get("device"), EngineCodes.ConfigInvalid, $"device must be auto, cpu or cuda, got '{device}'");
        }
        if (f.String("baseline") is { } baseline) config = config with { Baseline = baseline.Trim() == "none" ? null : baseline };
        if (f.String("sources") is { } sources) config = config with { Sources = sources };
        if (f.String("cache") is { } cache) config = config with { Cache = cache };
        if (f.Bool("allow_outside_root") is { } allow) config = config with { AllowOutsideRoot = allow };
        if (f.String("profile") is { } profile)
        {
            if (ClaimProfiles.TryParse(profile, out var parsed)) config = config with { Profile = parsed };
            else f.Problem(f.Get("profile"), EngineCodes.ConfigInvalid, $"profile must be {string.Join(", ", ClaimProfiles.Names)}, got '{profile}'");
        }
        return config;
    }

    private static Dictionary<string, RuleSetting> ReadRules(YamlFields rules)
    {
        var settings = new Dictionary<string, RuleSetting>(StringComparer.OrdinalIgnoreCase);
        foreach (var (keyNode, valueNode) in rules.Node.Children)
        {
            var key = keyNode.ToString();
            var value = (valueNode as YamlDotNet.RepresentationModel.YamlScalarNode)?.Value?.Trim().ToLowerInvariant();
            if (value is "off" or "false" or "disable" or "disabled") settings[key] = new RuleSetting(false, null);
            else if (value is "on" or "true" or "enable" or "enabled") settings[key] = new RuleSetting(true, null);
            else if (SeverityNames.TryParse(value, out var level)) settings[key] = new RuleSetting(true, level);
            else rules.Problem(valueNode, EngineCodes.ConfigInvalid, $"rule '{key}' must be off, on, info, warning or error");
            rules.Get(key);
        }
        return settings;
    }

    // What the config names must stay in the repository (ConfigPaths); the baseline is checked where it is read.
    private static void CheckPaths(FactLintConfig config, YamlFields f, IReadOnlyList<(string Value, YamlDotNet.RepresentationModel.YamlNode Node)> packs)
    {
        const string Hint = "; not read (allow_outside_root: true allows it)";
        foreach (var (entry, node) in packs)
            if (entry != ConfigPaths.BuiltInPack && ConfigPaths.Refusal(config, config.Resolve(entry)) is { } why)
                f.Problem(node, EngineCodes.ConfigInvalid, $"pack '{entry}' {why}{Hint}");
        if (config.Model is { } model && !model.Trim().Equals("none", StringComparison.OrdinalIgnoreCase)
            && ConfigPaths.ModelRefusal(config, config.Resolve(model)) is { } modelWhy)
            f.Problem(f.Get("model"), EngineCodes.ConfigInvalid, $"model '{model}' {modelWhy}{Hint}");
        if (f.Has("sources") && ConfigPaths.Refusal(config, config.Resolve(config.Sources)) is { } storeWhy)
            f.Problem(f.Get("sources"), EngineCodes.ConfigInvalid, $"source store '{config.Sources}' {storeWhy}{Hint}");
        if (f.Has("baseline") && config.Baseline is { } baseline && ConfigPaths.Refusal(config, config.Resolve(baseline)) is { } baselineWhy)
            f.Problem(f.Get("baseline"), EngineCodes.ConfigInvalid, $"baseline '{baseline}' {baselineWhy}{Hint}");
    }

    // Problems in a config file are config errors, whatever the YAML reader called them.
    private static List<YamlProblem> Relabel(List<YamlProblem> problems) =>
        problems.Select(p => p.Code == EngineCodes.PackUnknownField ? p : p with { Code = EngineCodes.ConfigInvalid }).ToList();
}
