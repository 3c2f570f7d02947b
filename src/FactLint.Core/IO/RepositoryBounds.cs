namespace FactLint.Core.IO;

/// <summary>
/// The repository a path belongs to, and whether a path stays inside it once every symbolic link is followed.
/// The one definition for cited files, the source store, config, packs, model and baseline.
/// </summary>
public static class RepositoryBounds
{
    /// <summary>The nearest folder at or above <paramref name="directory"/> holding <c>.git</c>, or null.</summary>
    public static string? FindRoot(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return dir.FullName;
        }
        return null;
    }

    /// <summary>The repository of a folder: the nearest folder upward holding <c>.git</c>, else the folder itself.</summary>
    public static string RootFor(string directory) => FindRoot(directory) ?? Path.GetFullPath(directory);

    public static bool IsUnder(string path, string root)
    {
        var comparison = OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var r = Path.TrimEndingDirectorySeparator(Path.GetFullPath(root));
        var p = Path.GetFullPath(path);
        return p.Equals(r, comparison) || p.StartsWith(r + Path.DirectorySeparatorChar, comparison);
    }

    /// <summary>True when <paramref name="path"/>, as written and with its links followed, lies inside <paramref name="root"/>.</summary>
    public static bool Contains(string root, string path) => IsUnder(path, root) && IsUnder(RealPath(path), RealPath(root));

    /// <summary>The path with every symbolic link along it followed (a missing tail is kept as written).</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full)!;
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            for (int hops = 0; hops < 40; hops++)
            {
                FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
                if (info.LinkTarget is not { } link) break;
                next = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(next)!, link));
            }
            current = next;
        }
        return current;
    }
}
