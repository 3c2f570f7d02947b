using System.Buffers.Binary;
using System.Security.Cryptography;
using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Caching;

/// <summary>
/// Token scores on disk, one file per <see cref="ScoreCacheKey"/>.
/// Writes go to a unique temp file and are renamed into place (atomic on one file system), so
/// concurrent runs and killed processes never leave a half-written entry under a real name.
/// Each entry carries its key, its token count and a SHA-256 of its contents; an entry that fails
/// any check is ignored and deleted. When the folder grows past <see cref="MaxBytes"/>, the least
/// recently used entries (by modification time, refreshed on every hit) are removed.
/// </summary>
public sealed class ScoreCache
{
    private const string Extension = ".scores";
    private static readonly byte[] Magic = "FLSC"u8.ToArray();
    private const int HeaderSize = 4 + 4 + 32 + 4;   // magic, version, key, count
    private const int TokenSize = 4 + 4 + 8 + 4;     // start, end, bits, rank
    private const int TrailerSize = 32;              // SHA-256 of everything before it
    private static readonly TimeSpan StaleTempAge = TimeSpan.FromHours(1);

    /// <param name="directory">Cache folder, created on first write (the CLI uses .factlint/cache/scores).</param>
    /// <param name="maxBytes">Size bound for the folder; default 256 MiB.</param>
    /// <param name="log">Receives one line per ignored corrupt entry; may be null.</param>
    public ScoreCache(string directory, long maxBytes = 256L << 20, Action<string>? log = null)
    {
        if (maxBytes <= 0) throw new ArgumentOutOfRangeException(nameof(maxBytes));
        Directory = Path.GetFullPath(directory);
        MaxBytes = maxBytes;
        _log = log;
    }

    private readonly Action<string>? _log;

    public string Directory { get; }
    public long MaxBytes { get; }

    public string PathFor(ScoreCacheKey key) => Path.Combine(Directory, key.Hex + Extension);

    /// <summary>The cached tokens, or null when absent or invalid.</summary>
    public IReadOnlyList<TokenSurprisal>? TryGet(ScoreCacheKey key)
    {
        if (Disabled) return null;
        var path = PathFor(key);
        byte[] data;
        try { data = File.ReadAllBytes(path); }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException) { return null; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return null; }

        var tokens = Decode(data, key);
        if (tokens is null)
        {
            _log?.Invoke($"factlint: ignoring corrupt score cache entry {path}");
            TryDelete(path);
            return null;
        }
        // Refresh the entry's age so eviction removes the least recently used first.
        try { File.SetLastWriteTimeUtc(path, DateTime.UtcNow); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        return tokens;
    }

    private int _unwritable;

    /// <summary>True once a write failed: the cache is then skipped (reads too) for the rest of the run.</summary>
    public bool Disabled => Volatile.Read(ref _unwritable) != 0;

    /// <summary>
    /// <see cref="Put"/>, but a cache that cannot be written (a file where the folder should be, a read-only or full disk,
    /// a link to an unwritable place) only costs speed: one warning, then no cache for the rest of the run.
    /// </summary>
    public void TryPut(ScoreCacheKey key, IReadOnlyList<TokenSurprisal> tokens)
    {
        if (Disabled) return;
        try
        {
            Put(key, tokens);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            if (Interlocked.Exchange(ref _unwritable, 1) == 0)
                _log?.Invoke($"factlint: warning: score cache {Directory} cannot be written ({e.Message}); scoring without a cache");
        }
    }

    public void Put(ScoreCacheKey key, IReadOnlyList<TokenSurprisal> tokens)
    {
        System.IO.Directory.CreateDirectory(Directory);
        var data = Encode(key, tokens);
        var final = PathFor(key);
        var temp = Path.Combine(Directory, $".{key.Hex}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(data);
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, final, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
        Evict();
    }

    /// <summary>Deletes least recently used entries until the folder fits <see cref="MaxBytes"/>, and temp files left by killed runs.</summary>
    public void Evict()
    {
        if (!System.IO.Directory.Exists(Directory)) return;
        var now = DateTime.UtcNow;
        var entries = new List<FileInfo>();
        long total = 0;
        foreach (var file in new DirectoryInfo(Directory).EnumerateFiles())
        {
            if (file.Name.EndsWith(".tmp", StringComparison.Ordinal))
            {
                if (now - file.LastWriteTimeUtc > StaleTempAge) TryDelete(file.FullName);
                continue;
            }
            if (!file.Name.EndsWith(Extension, StringComparison.Ordinal)) continue;
            entries.Add(file);
            total += file.Length;
        }
        if (total <= MaxBytes) return;
        foreach (var file in entries.OrderBy(f => f.LastWriteTimeUtc))
        {
            if (total <= MaxBytes) break;
            total -= file.Length;
            TryDelete(file.FullName);
        }
    }

    internal static byte[] Encode(ScoreCacheKey key, IReadOnlyList<TokenSurprisal> tokens)
    {
        var data = new byte[HeaderSize + tokens.Count * TokenSize + TrailerSize];
        var span = data.AsSpan();
        Magic.CopyTo(span);
        BinaryPrimitives.WriteInt32LittleEndian(span[4..], ScoreCacheKey.FormatVersion);
        key.Bytes.CopyTo(span[8..]);
        BinaryPrimitives.WriteInt32LittleEndian(span[40..], tokens.Count);
        int at = HeaderSize;
        foreach (var t in tokens)
        {
            BinaryPrimitives.WriteInt32LittleEndian(span[at..], t.Start);
            BinaryPrimitives.WriteInt32LittleEndian(span[(at + 4)..], t.End);
            BinaryPrimitives.WriteDoubleLittleEndian(span[(at + 8)..], t.Bits);
            BinaryPrimitives.WriteInt32LittleEndian(span[(at + 16)..], t.Rank);
            at += TokenSize;
        }
        SHA256.HashData(span[..at], span[at..]);
        return data;
    }

    internal static IReadOnlyList<TokenSurprisal>? Decode(ReadOnlySpan<byte> data, ScoreCacheKey key)
    {
        if (data.Length < HeaderSize + TrailerSize || !data[..4].SequenceEqual(Magic)) return null;
        if (BinaryPrimitives.ReadInt32LittleEndian(data[4..]) != ScoreCacheKey.FormatVersion) return null;
        if (!data.Slice(8, 32).SequenceEqual(key.Bytes)) return null;
        int count = BinaryPrimitives.ReadInt32LittleEndian(data[40..]);
        if (count < 0 || (long)HeaderSize + (long)count * TokenSize + TrailerSize != data.Length) return null;
        int payload = data.Length - TrailerSize;
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(data[..payload], hash);
        if (!hash.SequenceEqual(data[payload..])) return null;

        var tokens = new TokenSurprisal[count];
        for (int i = 0, at = HeaderSize; i < count; i++, at += TokenSize)
        {
            tokens[i] = new TokenSurprisal(
                BinaryPrimitives.ReadInt32LittleEndian(data[at..]),
                BinaryPrimitives.ReadInt32LittleEndian(data[(at + 4)..]),
                BinaryPrimitives.ReadDoubleLittleEndian(data[(at + 8)..]),
                BinaryPrimitives.ReadInt32LittleEndian(data[(at + 16)..]));
        }
        return tokens;
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
