using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using FactLint.Core.Config;
using FactLint.Core.IO;
using FactLint.Core.Text;
using FactLint.Core.Verification;

namespace FactLint.Core.Verification.Sources;

public enum ResolutionKind
{
    /// <summary>The source is on disk and was read.</summary>
    Resolved,
    /// <summary>A file or snapshot the citation names does not exist (FL201).</summary>
    NotFound,
    /// <summary>The citation points outside the repository root (FL205).</summary>
    OutsideRoot,
    /// <summary>Cannot be checked offline (a web URL with no snapshot, a mailto: link, a free-text source): skipped.</summary>
    Unverifiable,
}

/// <summary>Where a citation led. <see cref="Range"/> narrows the search to a fragment (<c>#section</c>, <c>#L10-L20</c>).</summary>
public sealed record Resolution(ResolutionKind Kind, string Target, string Reason, SourceIndex? Index = null, (int Start, int End)? Range = null,
    SnapshotEntry? Snapshot = null, string? ActualSha256 = null)
{
    /// <summary>Parts of the source that give a section its context (the headings above it); searched like <see cref="Range"/>.</summary>
    public IReadOnlyList<(int Start, int End)> Context { get; init; } = [];

    public bool HashMismatch => Snapshot is not null && ActualSha256 is not null && !string.Equals(Snapshot.Sha256, ActualSha256, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Resolves citations to sources on disk, once per run: repository files, the snapshot store (URL, DOI, <c>@key</c>).
/// Every source is read and indexed once per run and the index is cached between runs by content hash.
/// Nothing is ever fetched from the network here.
/// </summary>
public sealed partial class SourceLibrary
{
    private readonly ConcurrentDictionary<string, Lazy<SourceIndex>> _indexes = new(StringComparer.Ordinal);
    private readonly Lazy<SourceManifest> _manifest;
    private readonly SourceIndexCache? _cache;

    public SourceLibrary(string repositoryRoot, string storeDirectory, string? cacheDirectory, bool allowOutsideRoot)
    {
        RepositoryRoot = Path.GetFullPath(repositoryRoot);
        StoreDirectory = Path.GetFullPath(storeDirectory);
        AllowOutsideRoot = allowOutsideRoot;
        _storeRefusal = new Lazy<string?>(() => ManifestRefusal(StoreDirectory, RepositoryRoot, AllowOutsideRoot));
        _manifest = new Lazy<SourceManifest>(() => StoreRefusal is null ? SourceManifest.Load(Path.Combine(StoreDirectory, SourceManifest.FileName)) : new SourceManifest());
        _cache = cacheDirectory is null ? null : new SourceIndexCache(Path.Combine(cacheDirectory, "sources"));
    }

    public string RepositoryRoot { get; }
    public string StoreDirectory { get; }
    public bool AllowOutsideRoot { get; }
    public SourceManifest Manifest => _manifest.Value;

    /// <summary>Why the store's <c>sources.yaml</c> is not read (it leads out of the repository), or null.</summary>
    public string? StoreRefusal => _storeRefusal.Value;

    private readonly Lazy<string?> _storeRefusal;

    /// <summary>
    /// Why the <c>sources.yaml</c> of <paramref name="storeDirectory"/> may not be read, or null: it (or the store folder)
    /// leads outside the repository, as a config's <c>sources:</c> or a link can make it.
    /// </summary>
    public static string? ManifestRefusal(string storeDirectory, string repositoryRoot, bool allowOutsideRoot)
    {
        var manifest = Path.Combine(storeDirectory, SourceManifest.FileName);
        if (allowOutsideRoot || !File.Exists(manifest) || RepositoryBounds.Contains(repositoryRoot, manifest)) return null;
        return $"the source store's {SourceManifest.FileName} leads outside the repository root; not read";
    }

    /// <summary>The library for a config: root = nearest folder upward holding <c>.git</c>, else the config's folder.</summary>
    public static SourceLibrary For(FactLintConfig config) =>
        new(RepositoryBounds.FindRoot(config.Directory) ?? config.Directory, config.Resolve(config.Sources), config.Resolve(config.Cache), config.AllowOutsideRoot);

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9+.-]*:", RegexOptions.CultureInvariant)]
    private static partial Regex Scheme();

    private static readonly string[] FileExtensions = [".md", ".markdown", ".txt", ".html", ".htm", ".csv", ".json", ".tsv"];

    /// <summary>Resolves a link target, parenthetical source or citation key, from the document at <paramref name="documentPath"/>.</summary>
    public Resolution Resolve(string target, string documentPath, bool isKey = false, bool isFreeText = false)
    {
        target = target.Trim();
        if (target.Length == 0) return new Resolution(ResolutionKind.Unverifiable, target, "empty target");
        if (isKey) return ResolveKey(target);
        if (isFreeText)
        {
            // "(Source: data/q3.csv)" names a file; "(Source: Q3 report)" names nothing we can open.
            var bare = target.Split('#')[0];
            if (bare.Contains(' ') || !FileExtensions.Any(e => bare.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
                return new Resolution(ResolutionKind.Unverifiable, target, "not a file");
        }

        string? fragment = null;
        int hash = target.IndexOf('#');
        string path = target;
        if (hash >= 0) { fragment = target[(hash + 1)..]; path = target[..hash]; }

        if (Scheme().IsMatch(target) && !(OperatingSystem.IsWindows() && target.Length > 1 && target[1] == ':'))
        {
            var scheme = target[..target.IndexOf(':')].ToLowerInvariant();
            if (scheme is "http" or "https" or "doi")
            {
                if (StoreRefusal is { } refused) return new Resolution(ResolutionKind.OutsideRoot, target, refused);
                var entry = Manifest.Find(target) ?? Manifest.Find(path);
                if (entry is not null) return FromSnapshot(target, entry, entry == Manifest.Find(target) && Manifest.Find(path) != entry ? null : fragment);
                return new Resolution(ResolutionKind.Unverifiable, target, "web address with no stored snapshot");
            }
            if (scheme == "file") return new Resolution(ResolutionKind.OutsideRoot, target, "file: URLs are refused; cite a repository-relative path");
            return new Resolution(ResolutionKind.Unverifiable, target, $"{scheme}: link");
        }
        if (path.Length == 0) return new Resolution(ResolutionKind.Unverifiable, target, "in-document anchor");
        path = Uri.UnescapeDataString(path);

        if (Path.IsPathRooted(path) && !AllowOutsideRoot)
            return new Resolution(ResolutionKind.OutsideRoot, target, $"absolute path '{path}' is refused; cite a path relative to the document");
        var full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(documentPath))!, path));
        if (!AllowOutsideRoot && !RepositoryBounds.IsUnder(full, RepositoryRoot))
            return new Resolution(ResolutionKind.OutsideRoot, target, $"'{path}' leads outside the repository root");
        if (Directory.Exists(full)) return new Resolution(ResolutionKind.NotFound, target, $"'{path}' is a folder, not a file");
        if (!File.Exists(full)) return new Resolution(ResolutionKind.NotFound, target, $"no file '{path}' (looked for {Display(full)})");
        var real = RepositoryBounds.RealPath(full);
        if (!AllowOutsideRoot && !RepositoryBounds.IsUnder(real, RepositoryBounds.RealPath(RepositoryRoot)))
            return new Resolution(ResolutionKind.OutsideRoot, target, $"'{path}' is a symbolic link to a file outside the repository root");

        SourceIndex index;
        try
        {
            index = IndexOf(real, Display(full));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceReadException)
        {
            return new Resolution(ResolutionKind.NotFound, target, $"cannot read '{path}' ({e.Message})");
        }
        return Narrow(target, index, fragment, null, null);
    }

    // "[@bls2023]": a key of the source store.
    private Resolution ResolveKey(string key)
    {
        if (StoreRefusal is { } refused) return new Resolution(ResolutionKind.OutsideRoot, "@" + key, refused);
        var entry = Manifest.Find("@" + key);
        if (entry is not null) return FromSnapshot(key, entry, null);
        return Manifest.Entries.Count == 0
            ? new Resolution(ResolutionKind.Unverifiable, key, "no source store")
            : new Resolution(ResolutionKind.NotFound, "@" + key, $"citation key '@{key}' is not in the source store ({Display(Path.Combine(StoreDirectory, SourceManifest.FileName))})");
    }

    private Resolution FromSnapshot(string target, SnapshotEntry entry, string? fragment)
    {
        var file = Path.GetFullPath(Path.Combine(StoreDirectory, entry.File));
        if (!RepositoryBounds.IsUnder(file, StoreDirectory))
            return new Resolution(ResolutionKind.OutsideRoot, target, $"snapshot file '{entry.File}' lies outside the source store");
        if (!File.Exists(file))
            return new Resolution(ResolutionKind.NotFound, target, $"snapshot '{entry.File}' for '{entry.Key}' is missing from {Display(StoreDirectory)}");
        // Where the path leads, not how it is spelled: a link in the store to /etc/passwd must not be read (or quoted).
        if (SnapshotLeavesStore(file) is { } leak)
            return new Resolution(ResolutionKind.OutsideRoot, target, $"snapshot file '{entry.File}' {leak}");
        try
        {
            var sha = HashOf(file);
            return Narrow(target, IndexOf(file, Display(file)), fragment, entry, sha);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or SourceReadException)
        {
            return new Resolution(ResolutionKind.NotFound, target, $"cannot read snapshot '{entry.File}' ({e.Message})");
        }
    }

    /// <summary>Why a snapshot file may not be read (a link leading out of the store or the repository), or null.</summary>
    public string? SnapshotLeavesStore(string file)
    {
        var real = RepositoryBounds.RealPath(file);
        if (!RepositoryBounds.IsUnder(real, RepositoryBounds.RealPath(StoreDirectory))) return "is a symbolic link to a file outside the source store";
        if (!AllowOutsideRoot && !RepositoryBounds.IsUnder(real, RepositoryBounds.RealPath(RepositoryRoot))) return "is a symbolic link to a file outside the repository root";
        return null;
    }

    /// <summary>
    /// A cited source larger than this is refused: indexing costs about 150 bytes of memory per byte of text
    /// (docs/reliability.md). Cite the part that holds the figure (a smaller snapshot, or a <c>#L10-L20</c> range of a smaller file).
    /// </summary>
    public const long MaxSourceBytes = 4L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, string> _hashes = new(StringComparer.Ordinal);

    private string HashOf(string file) => _hashes.GetOrAdd(file, f =>
    {
        using var shared = FileMemoryBudget.Exclude();
        return SourceManifest.Sha256Of(ReadSource(f));
    });

    private static byte[] ReadSource(string path) => FactLint.Core.IO.SafeFile.ReadAllBytes(path, MaxSourceBytes);

    private Resolution Narrow(string target, SourceIndex index, string? fragment, SnapshotEntry? entry, string? sha)
    {
        if (string.IsNullOrEmpty(fragment)) return new Resolution(ResolutionKind.Resolved, target, "", index, null, entry, sha);
        var range = Fragments.Find(index.Document, fragment);
        if (range is null) return new Resolution(ResolutionKind.NotFound, target, $"no section '#{fragment}' in {index.Document.DisplayPath}", index, null, entry, sha);
        return new Resolution(ResolutionKind.Resolved, target, "", index, range, entry, sha) { Context = Fragments.ParentHeadings(index.Document, range.Value) };
    }

    /// <summary>Reads and indexes a source file once per run (and from the between-run cache when its content is unchanged).</summary>
    public SourceIndex IndexOf(string fullPath, string displayPath) =>
        _indexes.GetOrAdd(fullPath, p => new Lazy<SourceIndex>(() =>
        {
            // Indexed once for the whole run: not the citing file's memory.
            using var shared = FileMemoryBudget.Exclude();
            var bytes = ReadSource(p);
            var original = new SourceText(p, SourceFileReader.Decode(p, bytes));
            var (text, map) = TextExtractor.Extract(p, original.Text);
            var document = new SourceDocument(displayPath, original, text, map);
            return _cache is null ? SourceIndex.Build(document) : _cache.GetOrBuild(document, bytes);
        })).Value;

    public string Display(string fullPath)
    {
        var relative = Path.GetRelativePath(RepositoryRoot, fullPath);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? fullPath : relative.Replace('\\', '/');
    }

}
