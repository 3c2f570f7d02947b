using System.Text;

namespace FactLint.Core.Text;

/// <summary>A file could not be read as text; the message names the file and the problem.</summary>
public sealed class SourceReadException(string path, string problem) : Exception($"{path}: {problem}")
{
    public string Path { get; } = path;
    public string Problem { get; } = problem;
}

/// <summary>Reads a file as text: UTF-8 (with or without BOM) or UTF-16/32 with a BOM; refuses binary and invalid UTF-8.</summary>
public static class SourceFileReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>
    /// Files larger than this are refused rather than parsed (a guard for generated or hostile input). FactLint runs on
    /// every build and commit, and 20 MB of Markdown is already slow on one core (docs/reliability.md), so a 200 MB file
    /// is refused at once instead of stalling the build for minutes.
    /// </summary>
    public const long DefaultMaxBytes = 32L * 1024 * 1024;

    public static SourceText Read(string path, long maxBytes = DefaultMaxBytes)
    {
        byte[] bytes;
        int length;
        try
        {
            // The type first: opening a named pipe blocks until a writer comes, and a device such as /dev/zero never ends.
            long fileLength = IO.SafeFile.ReadableLength(path) ?? throw new SourceReadException(path, "file not found");
            // Where the platform cannot tell the type, a zero length may be a pipe or a device; an empty file has no text.
            if (fileLength == 0) return new SourceText(path, "");
            if (fileLength > maxBytes)
                throw new SourceReadException(path, $"file is {fileLength / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit");
            // A pooled buffer: a fresh array per file (on the large-object heap past 85 KB) cost a byte of garbage per
            // input byte, and large-object allocations bring on full collections.
            bytes = ReadPooled(path, fileLength, maxBytes, out length);
        }
        catch (SourceReadException) { throw; }
        catch (IO.RefusedFileException e) { throw new SourceReadException(path, e.Message); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new SourceReadException(path, $"cannot read file ({e.Message})");
        }
        try
        {
            return new SourceText(path, Decode(path, bytes.AsSpan(0, length)));
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static byte[] ReadPooled(string path, long expectedLength, long maxBytes, out int length)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent((int)Math.Clamp(expectedLength + 1, 16, 1 << 30));
        length = 0;
        try
        {
            int read;
            while ((read = stream.Read(buffer, length, buffer.Length - length)) > 0)
            {
                length += read;
                if (length < buffer.Length) continue;
                if (length > maxBytes) throw new SourceReadException(path, $"file grew past the {maxBytes / (1024 * 1024)} MB limit while being read");
                // The file grew while being read (or is a pipe, whose length reads as 0).
                var larger = System.Buffers.ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            return buffer;
        }
        catch
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
            throw;
        }
    }

    public static string Decode(string path, ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeUtf8(path, bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00])) return new UTF32Encoding(false, false).GetString(bytes[4..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (LooksLikeUtf16WithoutBom(bytes, out bool bigEndian))
            return (bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode).GetString(bytes);
        if (bytes.IndexOf((byte)0) >= 0) throw new SourceReadException(path, "binary file (contains NUL bytes), not text");
        return DecodeUtf8(path, bytes);
    }

    private static string DecodeUtf8(string path, ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            int at = e.Index >= 0 ? e.Index : 0;
            int line = 1 + bytes[..Math.Min(at, bytes.Length)].Count((byte)'\n');
            throw new SourceReadException(path, $"invalid UTF-8 at byte {at} (line {line}); save the file as UTF-8");
        }
    }

    // UTF-16 text without a BOM has a NUL in every other byte for ASCII characters.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes, out bool bigEndian)
    {
        bigEndian = false;
        int n = Math.Min(bytes.Length & ~1, 512);
        if (n < 4) return false;
        int evenNul = 0, oddNul = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) evenNul++;
            if (bytes[i + 1] == 0) oddNul++;
        }
        int pairs = n / 2;
        if (oddNul > pairs * 0.6 && evenNul == 0) return true;
        if (evenNul > pairs * 0.6 && oddNul == 0) { bigEndian = true; return true; }
        return false;
    }
}
