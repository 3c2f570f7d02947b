using System.Collections.Concurrent;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Yaml;

namespace FactLint.Core.Engine;

/// <summary>The files of one config, with what that config's files share: one profile (packs, rules), scorer and services.</summary>
internal sealed record ConfiguredFiles(LintProfile Profile, LintServices Services, ISurprisalScorer? Scorer, List<FileDiscovery.Input> Files);

/// <summary>
/// A run's first step: which files it lints, how it reads them, and under which config (<c>--config</c>, else the one found
/// by walking up from each file's folder). A broken config or pack leaves <see cref="Problems"/> and no groups.
/// </summary>
internal sealed class RunConfiguration
{
    public required IReadOnlyList<ConfiguredFiles> Groups { get; init; }
    public required Func<string, SourceText> Read { get; init; }
    /// <summary>FL900 for each input that does not exist (in this shard).</summary>
    public required IReadOnlyList<Diagnostic> Missing { get; init; }
    /// <summary>Config and pack problems, distinct and sorted; the run stops when there are any.</summary>
    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];
    public int FileCount { get; init; }

    public static RunConfiguration Resolve(LintRunOptions options)
    {
        var configFor = ConfigFinder(options);
        var missing = new List<string>();
        var (files, read) = Inputs(options, configFor, missing);
        var missingFound = missing.Where(m => options.Shard is null || options.Shard.Value.Owns(m, options.WorkingDirectory))
            .Select(m => Diagnostic.ForFile(m, 1, 1, EngineCodes.FileUnreadable, "file-unreadable", "no such file or folder")).ToList();

        var groups = new List<ConfiguredFiles>();
        var problems = new List<Diagnostic>();
        foreach (var group in files.GroupBy(f => configFor(Path.GetDirectoryName(f.Path)!)))
        {
            try
            {
                var profile = LintProfile.Load(options.Profile is { } forcedProfile ? group.Key with { Profile = forcedProfile } : group.Key);
                var scorer = options.ScorerFor?.Invoke(group.Key);
                var services = options.ServicesFor?.Invoke(group.Key) ?? LintServices.ForFolder(group.Key.Directory);
                groups.Add(new ConfiguredFiles(profile, services, scorer, group.ToList()));
            }
            catch (YamlLoadException e)
            {
                problems.AddRange(e.Problems.Select(p => Diagnostic.ForFile(p.Path, p.Line, p.Column, p.Code, EngineCodes.All.TryGetValue(p.Code, out var n) ? n.Name : "config", p.Message)));
            }
        }
        var distinct = problems.Distinct().ToList();
        distinct.Sort(Diagnostic.Compare);
        return new RunConfiguration { Groups = groups, Read = read, Missing = missingFound, Problems = distinct, FileCount = files.Count };
    }

    /// <summary>The config for a folder: the forced one, else found once per folder by walking up, else the defaults.</summary>
    private static Func<string, FactLintConfig> ConfigFinder(LintRunOptions options)
    {
        FactLintConfig? forced = options.ConfigPath is null ? null : ConfigLoader.Load(Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.ConfigPath)));
        if (forced is not null) return _ => forced;
        var configs = new ConcurrentDictionary<string, FactLintConfig>(StringComparer.Ordinal);
        // One instance for the defaults: files are grouped by config, and a fresh (unequal) record per file made one
        // profile per file, loading and compiling the packs again for each.
        var defaults = FactLintConfig.Default(options.WorkingDirectory);
        // Once per folder: walking up from every file tried five or more missing paths per file (a fifth of the run's system calls).
        var byDirectory = new ConcurrentDictionary<string, FactLintConfig>(StringComparer.Ordinal);
        return directory => byDirectory.GetOrAdd(directory, d =>
        {
            var path = ConfigLoader.Find(d);
            return path is null ? defaults : configs.GetOrAdd(path, ConfigLoader.Load);
        });
    }

    /// <summary>The files to lint (standard input, named files, or the folder walk), in this shard, and how to read them.</summary>
    private static (List<FileDiscovery.Input> Files, Func<string, SourceText> Read) Inputs(LintRunOptions options, Func<string, FactLintConfig> configFor, List<string> missing)
    {
        if (options.StandardInput is { } stdin)
        {
            var name = Path.GetFullPath(Path.Combine(options.WorkingDirectory, stdin.Name));
            return ([new FileDiscovery.Input(name, true)], path => new SourceText(path, stdin.Text));
        }
        var read = options.ReadSource ?? (path => SourceFileReader.Read(path));
        var files = (options.InputsAreFiles
                ? options.Inputs.Select(p => Path.GetFullPath(Path.Combine(options.WorkingDirectory, p))).Distinct(StringComparer.Ordinal).Select(p => new FileDiscovery.Input(p, true))
                : FileDiscovery.Expand(options.Inputs, options.WorkingDirectory, configFor, missing))
            .Where(f => options.Shard is null || options.Shard.Value.Owns(f.Path, options.WorkingDirectory)).ToList();
        return (files, read);
    }
}
