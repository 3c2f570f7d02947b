using System.Text.Json;
using System.Text.Json.Serialization;
using FactLint.Core.IO;
using FactLint.Core.Verification;

namespace FactLint.Core.Verification.Sources;

/// <summary>
/// Between-run cache of source indexes, keyed by the SHA-256 of the source's bytes (and the index format version):
/// an unchanged source is not re-read for figures and dates. Files are written atomically; a damaged entry is rebuilt.
/// </summary>
public sealed partial class SourceIndexCache(string directory)
{
    private sealed record Entry(int Version, string Path, List<CachedFigure> Figures, List<DateMention> Dates);
    private sealed record CachedFigure(decimal Value, bool Percent, string? Currency, int Start, int Length, string Text);

    // Source-generated (no reflection), so a native AOT build can read and write the cache.
    [JsonSerializable(typeof(Entry))]
    private sealed partial class CacheJson : JsonSerializerContext;

    private int _prepared;

    public string Directory { get; } = directory;

    public SourceIndex GetOrBuild(SourceDocument document, byte[] bytes)
    {
        var key = SourceManifest.Sha256Of(bytes) + "-" + (TextExtractor.IsHtml(document.Original.Path) ? "html" : document.Original.Path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "text") + $"-v{SourceIndex.FormatVersion}";
        var file = System.IO.Path.Combine(Directory, key[..2], key + ".json");
        try
        {
            if (File.Exists(file) && JsonSerializer.Deserialize(File.ReadAllText(file), CacheJson.Default.Entry) is { Version: SourceIndex.FormatVersion } entry)
                return new SourceIndex(document, entry.Figures.Select(f => new Figure(f.Value, f.Percent, f.Currency, f.Start, f.Length, f.Text)).ToList(), entry.Dates);
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException) { /* rebuild below */ }

        var index = SourceIndex.Build(document);
        try
        {
            var entry = new Entry(SourceIndex.FormatVersion, document.DisplayPath,
                index.Figures.Select(f => new CachedFigure(f.Value, f.Percent, f.Currency, f.Start, f.Length, f.Text)).ToList(), index.Dates.ToList());
            if (Interlocked.Exchange(ref _prepared, 1) == 0) CacheFolder.Prepare(Directory);
            AtomicFile.WriteAllText(file, JsonSerializer.Serialize(entry, CacheJson.Default.Entry));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* a read-only cache only costs time */ }
        return index;
    }
}
