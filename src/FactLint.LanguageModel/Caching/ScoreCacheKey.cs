using System.Security.Cryptography;
using System.Text;

namespace FactLint.LanguageModel.Caching;

/// <summary>
/// Identifies one scoring: the model's SHA-256, the text's SHA-256 and the window settings.
/// Any change to one of them gives a different key, so a stale entry is never read.
/// </summary>
public readonly record struct ScoreCacheKey(string Hex)
{
    /// <summary>Bumped when the entry layout or scoring semantics change.</summary>
    internal const int FormatVersion = 2;

    public static ScoreCacheKey For(string modelSha256, string settingsFingerprint, string text) =>
        ForHash(modelSha256, settingsFingerprint, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));

    /// <summary>The key of a request of several texts scored on their own (each text's length and content count).</summary>
    public static ScoreCacheKey For(string modelSha256, string settingsFingerprint, IReadOnlyList<string> texts)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Span<byte> length = stackalloc byte[4];
        foreach (var text in texts)
        {
            var bytes = Encoding.UTF8.GetBytes(text);
            System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, bytes.Length);
            hash.AppendData(length);
            hash.AppendData(bytes);
        }
        return ForHash(modelSha256, settingsFingerprint + $";many={texts.Count}", Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    private static ScoreCacheKey ForHash(string modelSha256, string settingsFingerprint, string textHash)
    {
        var material = $"factlint-score-cache/v{FormatVersion}\n{modelSha256}\n{settingsFingerprint}\n{textHash}";
        return new ScoreCacheKey(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material))));
    }

    internal byte[] Bytes => Convert.FromHexString(Hex);

    public override string ToString() => Hex;
}
