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
    internal const int FormatVersion = 1;

    public static ScoreCacheKey For(string modelSha256, string settingsFingerprint, string text)
    {
        var textHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
        var material = $"factlint-score-cache/v{FormatVersion}\n{modelSha256}\n{settingsFingerprint}\n{textHash}";
        return new ScoreCacheKey(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(material))));
    }

    internal byte[] Bytes => Convert.FromHexString(Hex);

    public override string ToString() => Hex;
}
