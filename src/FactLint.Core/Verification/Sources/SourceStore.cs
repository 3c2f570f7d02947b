using System.Text;
using System.Text.RegularExpressions;
using FactLint.Core.IO;

namespace FactLint.Core.Verification.Sources;

/// <summary>Outcome of rechecking one snapshot's hash.</summary>
public sealed record SnapshotCheck(SnapshotEntry Entry, string? ActualSha256)
{
    /// <summary>Why the snapshot was not hashed although it exists (a link out of the store, a pipe, too large), or null.</summary>
    public string? Problem { get; init; }
    public bool Missing => ActualSha256 is null && Problem is null;
    public bool Ok => ActualSha256 is not null && string.Equals(ActualSha256, Entry.Sha256, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The snapshot store (<c>.factlint/sources/</c>): adds snapshots (extracted, normalised text) and records their SHA-256,
/// retrieval date and URL in <c>sources.yaml</c>, written atomically. Fetching is explicit (<see cref="FetchAsync"/>) and never done by <c>check</c>.
/// </summary>
public sealed partial class SourceStore(string directory)
{
    public string Directory { get; } = Path.GetFullPath(directory);
    public string ManifestPath => Path.Combine(Directory, SourceManifest.FileName);

    [GeneratedRegex(@"[^A-Za-z0-9._-]+", RegexOptions.CultureInvariant)]
    private static partial Regex Unsafe();

    /// <summary>Stores <paramref name="content"/> (HTML or Markdown/text, by <paramref name="isHtml"/>) as the snapshot of <paramref name="key"/>.</summary>
    public SnapshotEntry Add(string key, string content, bool isHtml, string? url, string? retrieved = null)
    {
        var text = TextExtractor.NormaliseSnapshot(isHtml ? TextExtractor.Html(content).Text : content);
        var bytes = Encoding.UTF8.GetBytes(text);
        var manifest = SourceManifest.Load(ManifestPath);
        var existing = manifest.Find(key);
        var file = existing?.File ?? FileNameFor(key, manifest);
        AtomicFile.WriteAllBytes(Path.Combine(Directory, file), bytes);
        var entry = new SnapshotEntry(existing?.Key ?? key, file, SourceManifest.Sha256Of(bytes), retrieved ?? SourceManifest.Today(),
            url ?? (Uri.TryCreate(key, UriKind.Absolute, out var u) && u.Scheme is "http" or "https" ? key : existing?.Url));
        manifest.Set(entry);
        manifest.Save(ManifestPath);
        return entry;
    }

    private string FileNameFor(string key, SourceManifest manifest)
    {
        var stem = key;
        int scheme = stem.IndexOf("://", StringComparison.Ordinal);
        if (scheme >= 0) stem = stem[(scheme + 3)..];
        stem = Unsafe().Replace(stem.TrimStart('@'), "-").Trim('-', '.');
        if (stem.Length > 80) stem = stem[..80];
        if (stem.Length == 0) stem = "source";
        var name = stem + ".txt";
        var taken = manifest.Entries.Select(e => e.File).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (taken.Contains(name) || File.Exists(Path.Combine(Directory, name)))
            name = $"{stem}-{SourceManifest.Sha256Of(Encoding.UTF8.GetBytes(key))[..8]}.txt";
        return name;
    }

    /// <summary>Rechecks every snapshot's hash against the manifest.</summary>
    public IReadOnlyList<SnapshotCheck> Verify()
    {
        var manifest = SourceManifest.Load(ManifestPath);
        var results = new List<SnapshotCheck>();
        foreach (var entry in manifest.Entries.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            var path = Path.GetFullPath(Path.Combine(Directory, entry.File));
            if (!RepositoryBounds.IsUnder(path, Directory) || !File.Exists(path)) { results.Add(new SnapshotCheck(entry, null)); continue; }
            // A link out of the store is refused, never hashed (hashing would confirm guesses about files outside it).
            if (!RepositoryBounds.IsUnder(RepositoryBounds.RealPath(path), RepositoryBounds.RealPath(Directory)))
            {
                results.Add(new SnapshotCheck(entry, null) { Problem = "is a symbolic link to a file outside the source store" });
                continue;
            }
            try
            {
                results.Add(new SnapshotCheck(entry, SourceManifest.Sha256Of(SafeFile.ReadAllBytes(path, SourceLibrary.MaxSourceBytes))));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                results.Add(new SnapshotCheck(entry, null) { Problem = $"cannot be read ({e.Message})" });
            }
        }
        return results;
    }

    /// <summary>Downloads a URL (explicit <c>sources add --fetch</c> only). Returns the body as text and whether it is HTML.</summary>
    public static async Task<(string Content, bool IsHtml)> FetchAsync(Uri url, HttpClient? client = null, long maxBytes = 50L * 1024 * 1024, CancellationToken cancellationToken = default)
    {
        if (url.Scheme is not ("http" or "https")) throw new ArgumentException($"only http and https URLs can be fetched, got '{url}'");
        var owned = client is null;
        client ??= new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            if (response.Content.Headers.ContentLength > maxBytes) throw new IOException($"{url} is larger than {maxBytes} bytes");
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > maxBytes) throw new IOException($"{url} is larger than {maxBytes} bytes");
                buffer.Write(chunk, 0, read);
            }
            var charset = response.Content.Headers.ContentType?.CharSet;
            Encoding encoding;
            try { encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset.Trim('"')); }
            catch (ArgumentException) { encoding = Encoding.UTF8; }
            var text = encoding.GetString(buffer.ToArray());
            var mediaType = response.Content.Headers.ContentType?.MediaType ?? "";
            bool html = mediaType.Contains("html", StringComparison.OrdinalIgnoreCase)
                || (mediaType.Length == 0 && text.TrimStart().StartsWith('<'));
            return (text, html);
        }
        finally
        {
            if (owned) client.Dispose();
        }
    }
}
