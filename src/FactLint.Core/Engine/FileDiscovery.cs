using Microsoft.Extensions.FileSystemGlobbing;
using FactLint.Core.Config;

namespace FactLint.Core.Engine;

/// <summary>
/// Turns command-line inputs (files, folders, globs) into files to lint. Folders are walked without following
/// symbolic links (no loops) and filtered by the config's include/exclude globs; files named explicitly are always linted.
/// </summary>
public static class FileDiscovery
{
    public sealed record Input(string Path, bool Explicit);

    private static readonly EnumerationOptions Walk = new()
    {
        RecurseSubdirectories = true,
        IgnoreInaccessible = true,
        AttributesToSkip = FileAttributes.ReparsePoint,
        ReturnSpecialDirectories = false,
    };

    /// <summary>Expands inputs; <paramref name="configFor"/> gives the config that governs a folder.</summary>
    public static IEnumerable<Input> Expand(IEnumerable<string> inputs, string workingDirectory, Func<string, FactLintConfig> configFor, List<string> missing)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var raw in inputs)
        {
            var full = Path.GetFullPath(Path.Combine(workingDirectory, raw));
            if (File.Exists(full))
            {
                if (seen.Add(full)) yield return new Input(full, true);
            }
            else if (Directory.Exists(full))
            {
                foreach (var file in WalkFolder(full, configFor(full)))
                    if (seen.Add(file)) yield return new Input(file, false);
            }
            else if (raw.IndexOfAny(['*', '?', '[']) >= 0)
            {
                var matcher = new Matcher(StringComparison.Ordinal);
                matcher.AddInclude(raw.Replace('\\', '/'));
                var files = Directory.EnumerateFiles(workingDirectory, "*", Walk).Select(f => Path.GetRelativePath(workingDirectory, f));
                foreach (var match in matcher.Match(workingDirectory, files).Files.Select(m => Path.GetFullPath(Path.Combine(workingDirectory, m.Path))).Order(StringComparer.Ordinal))
                {
                    var config = configFor(Path.GetDirectoryName(match)!);
                    if (!IsExcluded(match, config) && seen.Add(match)) yield return new Input(match, false);
                }
            }
            else
            {
                missing.Add(raw);
            }
        }
    }

    private static IEnumerable<string> WalkFolder(string folder, FactLintConfig config)
    {
        var include = new Matcher(StringComparison.Ordinal);
        include.AddIncludePatterns(config.Include);
        include.AddExcludePatterns(config.Exclude);
        var relative = Directory.EnumerateFiles(folder, "*", Walk)
            .Select(f => Path.GetRelativePath(config.Directory, f).Replace('\\', '/'))
            .Where(f => !f.StartsWith("../", StringComparison.Ordinal))
            .ToList();
        // Files outside the config's folder (a folder above it was named) are matched relative to the folder itself.
        var outside = Directory.EnumerateFiles(folder, "*", Walk).Where(f => Path.GetRelativePath(config.Directory, f).StartsWith("..", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'));
        var inside = include.Match(config.Directory, relative).Files.Select(m => Path.GetFullPath(Path.Combine(config.Directory, m.Path)));
        var rest = include.Match(folder, outside).Files.Select(m => Path.GetFullPath(Path.Combine(folder, m.Path)));
        return inside.Concat(rest).Order(StringComparer.Ordinal);
    }

    public static bool IsExcluded(string file, FactLintConfig config)
    {
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddInclude("**/*");
        matcher.AddExcludePatterns(config.Exclude);
        var relative = Path.GetRelativePath(config.Directory, file).Replace('\\', '/');
        return !matcher.Match(config.Directory, [relative]).HasMatches;
    }
}
