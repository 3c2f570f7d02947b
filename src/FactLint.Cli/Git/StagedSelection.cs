using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Text;
using Microsoft.Extensions.FileSystemGlobbing;

namespace FactLint.Cli.Git;

/// <summary>
/// What <c>factlint check --staged</c> lints: staged files that the governing config includes (by default Markdown and
/// text), read from the index. Findings carry the real path and positions in the staged text.
/// </summary>
internal sealed class StagedSelection
{
    private readonly Dictionary<string, StagedFile> _byPath;

    private StagedSelection(IReadOnlyList<StagedFile> files, IReadOnlyList<string> notices)
    {
        Files = files;
        Notices = notices;
        _byPath = files.ToDictionary(f => f.FullPath, StringComparer.Ordinal);
    }

    public IReadOnlyList<StagedFile> Files { get; }

    /// <summary>Staged files that could not be linted, one line each.</summary>
    public IReadOnlyList<string> Notices { get; }

    public IReadOnlyList<string> Paths => Files.Select(f => f.FullPath).ToList();

    /// <summary>For <see cref="LintRunOptions.ReadSource"/>: the staged text, never the working tree.</summary>
    public SourceText Read(string path) =>
        _byPath.TryGetValue(Path.GetFullPath(path), out var file) ? file.ToSourceText() : throw new SourceReadException(path, "not staged");

    /// <param name="workingDirectory">Where pathspecs are relative to.</param>
    /// <param name="pathspecs">Limit to these (git pathspecs); empty for the whole repository.</param>
    /// <param name="configPath">The <c>--config</c> file, or null to find one by walking up from each file.</param>
    public static StagedSelection Load(string workingDirectory, IReadOnlyList<string> pathspecs, string? configPath)
    {
        var root = StagedFiles.RepositoryRoot(workingDirectory);
        var names = StagedFiles.Names(workingDirectory, pathspecs);
        FactLintConfig? forced = configPath is null ? null : ConfigLoader.Load(Path.GetFullPath(Path.Combine(workingDirectory, configPath)));
        var configs = new Dictionary<string, FactLintConfig>(StringComparer.Ordinal);
        FactLintConfig ConfigFor(string directory)
        {
            if (forced is not null) return forced;
            var found = ConfigLoader.Find(directory);
            if (found is null) return FactLintConfig.Default(root);
            if (!configs.TryGetValue(found, out var config)) configs[found] = config = ConfigLoader.Load(found);
            return config;
        }

        var wanted = new List<string>();
        var notices = new List<string>();
        foreach (var name in names)
        {
            var full = Path.GetFullPath(Path.Combine(root, name));
            var directory = Path.GetDirectoryName(full)!;
            // A file staged and then deleted from the working tree is still committed: its staged content is linted too.
            if (!Includes(ConfigFor(Directory.Exists(directory) ? directory : root), full)) continue;
            wanted.Add(name);
        }
        var read = StagedFiles.Read(root, wanted);
        var got = read.Select(f => f.RelativePath).ToHashSet(StringComparer.Ordinal);
        foreach (var name in wanted.Where(n => !got.Contains(n))) notices.Add($"{name}: its staged content could not be read from the index; not linted");
        return new StagedSelection(read, notices);
    }

    /// <summary>True when the config's include globs match the file and its exclude globs do not.</summary>
    internal static bool Includes(FactLintConfig config, string fullPath)
    {
        var relative = Path.GetRelativePath(config.Directory, fullPath).Replace('\\', '/');
        var matcher = new Matcher(StringComparison.Ordinal);
        if (relative.StartsWith("../", StringComparison.Ordinal))
        {
            // Outside the config's folder: match the file name against the include globs' last part only.
            relative = Path.GetFileName(fullPath);
            matcher.AddIncludePatterns(config.Include.Select(g => "**/" + g.Split('/')[^1]));
        }
        else
        {
            matcher.AddIncludePatterns(config.Include);
        }
        matcher.AddExcludePatterns(config.Exclude);
        return matcher.Match(config.Directory, [relative]).HasMatches;
    }
}
