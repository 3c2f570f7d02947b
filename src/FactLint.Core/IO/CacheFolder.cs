namespace FactLint.Core.IO;

/// <summary>Cache folders carry a <c>.gitignore</c> of their own (as ruff's do), so caches never end up in commits.</summary>
public static class CacheFolder
{
    public const string IgnoreFileText = "# Created by FactLint: caches are local.\n*\n";

    /// <summary>Creates <paramref name="folder"/> with its <c>.gitignore</c>; a read-only checkout is left as it is.</summary>
    public static string Prepare(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
            var ignore = Path.Combine(folder, ".gitignore");
            if (!File.Exists(ignore)) File.WriteAllText(ignore, IgnoreFileText);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Linting still works; each cache reports or skips its own failed writes.
        }
        return folder;
    }
}
