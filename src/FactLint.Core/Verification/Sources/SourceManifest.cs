using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FactLint.Core.IO;
using YamlDotNet.RepresentationModel;

namespace FactLint.Core.Verification.Sources;

/// <summary>One stored snapshot: the key it answers to (URL, <c>doi:…</c> or <c>@key</c>), its file, hash, retrieval date and original URL.</summary>
public sealed record SnapshotEntry(string Key, string File, string Sha256, string Retrieved, string? Url);

/// <summary>
/// <c>sources.yaml</c> in the snapshot store:
/// <code>
/// sources:
///   "https://example.com/q3":
///     file: example.com-q3.txt
///     sha256: 3a7b…
///     retrieved: 2026-11-23
///     url: https://example.com/q3
/// </code>
/// </summary>
public sealed class SourceManifest
{
    public const string FileName = "sources.yaml";

    private readonly Dictionary<string, SnapshotEntry> _entries = new(StringComparer.Ordinal);

    public IReadOnlyCollection<SnapshotEntry> Entries => _entries.Values;

    public static SourceManifest Load(string path)
    {
        var manifest = new SourceManifest();
        if (!System.IO.File.Exists(path)) return manifest;
        var stream = new YamlStream();
        using (var reader = new StringReader(FactLint.Core.IO.SafeFile.ReadAllText(path, 64L * 1024 * 1024))) stream.Load(reader);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root) return manifest;
        if (!root.Children.TryGetValue(new YamlScalarNode("sources"), out var node) || node is not YamlMappingNode sources) return manifest;
        foreach (var (k, v) in sources.Children)
        {
            if (k is not YamlScalarNode { Value: { } key } || v is not YamlMappingNode m) continue;
            string? Field(string name) => m.Children.TryGetValue(new YamlScalarNode(name), out var f) && f is YamlScalarNode s ? s.Value : null;
            if (Field("file") is not { } file) continue;
            manifest._entries[NormaliseKey(key)] = new SnapshotEntry(key, file, Field("sha256") ?? "", Field("retrieved") ?? "", Field("url"));
        }
        return manifest;
    }

    // Every cited web link is looked up: with no snapshots stored there is nothing to normalise the key for (a URI parse each).
    public SnapshotEntry? Find(string key) => _entries.Count == 0 ? null : _entries.GetValueOrDefault(NormaliseKey(key));

    public void Set(SnapshotEntry entry) => _entries[NormaliseKey(entry.Key)] = entry;

    public void Save(string path)
    {
        var sb = new StringBuilder("# FactLint source snapshots: `factlint sources add` writes this file; `factlint sources verify` rechecks the hashes.\nsources:\n");
        foreach (var e in _entries.Values.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            sb.Append("  ").Append(Quote(e.Key)).Append(":\n");
            sb.Append("    file: ").Append(Quote(e.File)).Append('\n');
            sb.Append("    sha256: ").Append(e.Sha256).Append('\n');
            sb.Append("    retrieved: ").Append(Quote(e.Retrieved)).Append('\n');
            if (e.Url is not null) sb.Append("    url: ").Append(Quote(e.Url)).Append('\n');
        }
        AtomicFile.WriteAllText(path, sb.ToString());
    }

    private static string Quote(string s) => "\"" + s.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    /// <summary>URLs compare without fragment and trailing slash, scheme and host case-insensitively; DOIs as <c>doi:10.…</c> lower-cased.</summary>
    public static string NormaliseKey(string key)
    {
        key = key.Trim();
        foreach (var prefix in new[] { "https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi:" })
            if (key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) return "doi:" + key[prefix.Length..].ToLowerInvariant();
        if (key.StartsWith("10.", StringComparison.Ordinal) && key.Contains('/')) return "doi:" + key.ToLowerInvariant();
        if (Uri.TryCreate(key, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https")
        {
            var s = uri.GetLeftPart(UriPartial.Query);
            if (s.EndsWith('/') && uri.Query.Length == 0) s = s[..^1];
            return s;
        }
        return key;
    }

    public static string Sha256Of(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Today() => DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
