using System.Security.Cryptography;
using System.Text;

namespace FactLint.Core.Engine;

/// <summary>
/// Part <see cref="Index"/> of <see cref="Count"/> (<c>--shard 2/4</c>, 1-based): a file belongs to the shard picked by
/// a hash of its path relative to the working folder, so every CI machine assigns it the same way, whatever the
/// checkout folder, the file order or the other files; the shards together lint every file exactly once.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    public const int MaxCount = 1000;

    /// <summary>Parses <c>i/n</c> with 1 ≤ i ≤ n ≤ <see cref="MaxCount"/>; the error says what is wrong.</summary>
    public static bool TryParse(string text, out Shard shard, out string error)
    {
        shard = default;
        error = "";
        var parts = text.Split('/');
        if (parts.Length != 2 || !int.TryParse(parts[0], out int i) || !int.TryParse(parts[1], out int n))
        {
            error = $"--shard must look like 2/4 (this machine's part, then the number of parts), got '{text}'";
            return false;
        }
        if (n < 1 || n > MaxCount || i < 1 || i > n)
        {
            error = $"--shard {text}: the part must be from 1 to the number of parts, and that from 1 to {MaxCount}";
            return false;
        }
        shard = new Shard(i, n);
        return true;
    }

    /// <summary>The shard (1-based) that lints <paramref name="path"/>.</summary>
    public static int Of(string path, string workingDirectory, int count)
    {
        var relative = Path.GetRelativePath(workingDirectory, Path.GetFullPath(path, workingDirectory)).Replace('\\', '/');
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(relative), hash);
        ulong value = System.Buffers.Binary.BinaryPrimitives.ReadUInt64LittleEndian(hash);
        return (int)(value % (ulong)count) + 1;
    }

    public bool Owns(string path, string workingDirectory) => Count <= 1 || Of(path, workingDirectory, Count) == Index;

    public override string ToString() => $"{Index}/{Count}";
}
