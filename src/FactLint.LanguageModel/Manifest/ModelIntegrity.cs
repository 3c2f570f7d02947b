using System.Security.Cryptography;

namespace FactLint.LanguageModel.Manifest;

/// <summary>SHA-256 of the ONNX file, checked against model.yaml so a swapped or truncated model is caught at load.</summary>
public static class ModelIntegrity
{
    public static string Sha256Of(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    /// <summary>Returns the file's SHA-256; throws when the manifest gives a different one.</summary>
    public static string Verify(ModelManifest manifest)
    {
        var actual = Sha256Of(manifest.OnnxPath);
        if (manifest.Sha256 is not null && manifest.Sha256 != actual)
            throw new ModelLoadException(manifest.OnnxPath, $"SHA-256 mismatch: model.yaml says {manifest.Sha256}, file is {actual} (corrupt, truncated or replaced)");
        return actual;
    }
}
