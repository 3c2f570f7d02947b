using System.Security.Cryptography;

namespace FactLint.LanguageModel.Tests.TestModels;

/// <summary>A temporary model folder built from the committed tiny test models, with a model.yaml the test can vary.</summary>
public sealed class TestModelFolder : IDisposable
{
    public static string AssetDirectory => Path.Combine(AppContext.BaseDirectory, "TestModels");

    public TestModelFolder(string onnxAsset = "bigram.onnx", string? manifest = null, Func<string, string>? editManifest = null)
    {
        Directory = Path.Combine(Path.GetTempPath(), "factlint-lm-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var f in new[] { "vocab.json", "merges.txt", "tokenizer.json", "tiny.tiktoken", "tiny-sp.model" })
            File.Copy(Path.Combine(AssetDirectory, f), Path.Combine(Directory, f));
        File.Copy(Path.Combine(AssetDirectory, onnxAsset), Path.Combine(Directory, "model.onnx"));
        var text = manifest ?? DefaultManifest(Sha256Of(Path.Combine(Directory, "model.onnx")));
        if (editManifest is not null) text = editManifest(text);
        File.WriteAllText(Path.Combine(Directory, "model.yaml"), text);
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    public static string Sha256Of(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    public static string DefaultManifest(string sha, int vocabSize = TestModelMath.Vocab) => $"""
        name: test-bigram
        onnx: model.onnx
        sha256: {sha}
        tokenizer:
          kind: bpe
          vocab: vocab.json
          merges: merges.txt
          bos_token: "<|endoftext|>"
        inputs:
          input_ids: input_ids
        outputs:
          logits: logits
        context_length: 1024
        vocab_size: {vocabSize}
        license: MIT
        """;

    public void Dispose()
    {
        try { System.IO.Directory.Delete(Directory, recursive: true); } catch (IOException) { }
    }
}
