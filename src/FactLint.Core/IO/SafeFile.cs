using System.Runtime.InteropServices;
using System.Text;

namespace FactLint.Core.IO;

/// <summary>What a path is, as <c>stat</c> sees it (links followed).</summary>
public enum FileKind { Missing, Regular, Directory, Fifo, CharacterDevice, BlockDevice, Socket, Unknown }

/// <summary>A path FactLint refuses to read: not a regular file, or larger than the limit. The message says which.</summary>
public sealed class RefusedFileException(string path, string problem) : IOException(problem)
{
    public string Path { get; } = path;
}

/// <summary>
/// Reads files without trusting them: the file type is checked before opening (opening a FIFO blocks until a writer
/// comes; /dev/zero never ends), and reads stop at a byte limit whatever the file claims its size is.
/// </summary>
public static class SafeFile
{
    /// <summary>The kind of <paramref name="path"/>, following links; <see cref="FileKind.Unknown"/> when the platform does not say.</summary>
    public static FileKind KindOf(string path) => KindOf(path, out _);

    /// <summary>The kind of <paramref name="path"/>, and its length in bytes when stat told it (a regular file on Unix).</summary>
    public static FileKind KindOf(string path, out long? length)
    {
        length = null;
        if (!OperatingSystem.IsWindows() && TryStatMode(path, out int mode, out long size, out bool missing))
        {
            if (missing) return FileKind.Missing;
            if ((mode & 0xF000) == 0x8000) length = size;
            return (mode & 0xF000) switch
            {
                0x8000 => FileKind.Regular,
                0x4000 => FileKind.Directory,
                0x1000 => FileKind.Fifo,
                0x2000 => FileKind.CharacterDevice,
                0x6000 => FileKind.BlockDevice,
                0xC000 => FileKind.Socket,
                _ => FileKind.Unknown,
            };
        }
        if (Directory.Exists(path)) return FileKind.Directory;
        return File.Exists(path) ? FileKind.Unknown : FileKind.Missing;
    }

    /// <summary>Why FactLint will not open <paramref name="path"/>, or null when it is a file it may read.</summary>
    public static string? RefusalFor(string path) => RefusalFor(KindOf(path));

    private static string? RefusalFor(FileKind kind) => kind switch
    {
        FileKind.Fifo => "not a regular file (a named pipe); not read",
        FileKind.CharacterDevice or FileKind.BlockDevice => "not a regular file (a device); not read",
        FileKind.Socket => "not a regular file (a socket); not read",
        FileKind.Directory => "a folder, not a file",
        _ => null,
    };

    /// <summary>
    /// The length of a file FactLint may read, from the same stat that checked its type where the platform has one; null
    /// when nothing is there. <see cref="RefusedFileException"/> for what is not a file to read (a pipe, a device, a folder).
    /// </summary>
    public static long? ReadableLength(string path)
    {
        var kind = KindOf(path, out var length);
        if (RefusalFor(kind) is { } refusal) throw new RefusedFileException(path, refusal);
        if (kind == FileKind.Missing) return null;
        if (length is { } known) return known;
        var info = new FileInfo(path);
        return info.Exists ? info.Length : null;
    }

    /// <summary>The bytes of a regular file of at most <paramref name="maxBytes"/>; <see cref="RefusedFileException"/> otherwise.</summary>
    public static byte[] ReadAllBytes(string path, long maxBytes)
    {
        long fileLength = ReadableLength(path) ?? throw new FileNotFoundException($"file not found: {path}", path);
        if (fileLength > maxBytes) throw new RefusedFileException(path, TooLarge(fileLength, maxBytes));
        // Without stat (an unknown platform), a length of 0 may be a pipe or a device: an empty file has no text to read anyway.
        if (fileLength == 0) return [];
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1);
        var buffer = new byte[fileLength];
        int length = 0, read;
        while (length < buffer.Length && (read = stream.Read(buffer, length, buffer.Length - length)) > 0) length += read;
        return length == buffer.Length ? buffer : buffer[..length];
    }

    public static string ReadAllText(string path, long maxBytes) => Encoding.UTF8.GetString(StripBom(ReadAllBytes(path, maxBytes)));

    public static string TooLarge(long bytes, long maxBytes) =>
        bytes >= 1 << 20 && maxBytes >= 1 << 20
            ? $"file is {bytes / (1024 * 1024)} MB, over the {maxBytes / (1024 * 1024)} MB limit"
            : $"file is {bytes} bytes, over the {maxBytes} byte limit";

    private static byte[] StripBom(byte[] bytes) =>
        bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? bytes[3..] : bytes;

    // The runtime's own stat shim (System.Native), whose FileStatus starts with Flags then Mode and whose mode bits are
    // the same on every Unix. 256 bytes is more than the struct needs.
    [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat")]
    private static extern int Stat(byte[] path, byte[] status);

    private static bool _statMissing;

    private static bool TryStatMode(string path, out int mode, out long size, out bool missing)
    {
        mode = 0;
        size = 0;
        missing = false;
        if (Volatile.Read(ref _statMissing)) return false;
        var status = new byte[256];
        try
        {
            var bytes = Encoding.UTF8.GetBytes(path + "\0");
            if (Stat(bytes, status) != 0)
            {
                missing = !File.Exists(path) && !Directory.Exists(path);
                return missing;
            }
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            Volatile.Write(ref _statMissing, true);
            return false;
        }
        mode = BitConverter.ToInt32(status, 4);
        // Flags, Mode, Uid and Gid (four 32-bit fields), then the 64-bit Size.
        size = BitConverter.ToInt64(status, 16);
        return true;
    }
}
