using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace FactLint.LanguageModel.Manifest;

/// <summary>A model folder's model.yaml, validated, with file paths made absolute.</summary>
public sealed record ModelManifest(
    string Directory,
    string Name,
    string OnnxPath,
    string? Sha256,
    TokenizerManifest Tokenizer,
    ModelIoNames Io,
    int ContextLength,
    int VocabSize,
    string? License)
{
    public const string FileName = "model.yaml";

    /// <summary>Reads <paramref name="modelDirectory"/>/model.yaml and checks that the files it names exist.</summary>
    public static ModelManifest Load(string modelDirectory)
    {
        var dir = System.IO.Path.GetFullPath(modelDirectory);
        if (!System.IO.Directory.Exists(dir)) throw new ModelLoadException(dir, "model folder not found");
        var path = System.IO.Path.Combine(dir, FileName);
        if (!System.IO.File.Exists(path)) throw new ModelLoadException(path, "model manifest not found");

        ManifestDocument doc;
        try
        {
            var deserializer = new DeserializerBuilder()
                .WithNamingConvention(UnderscoredNamingConvention.Instance)
                .IgnoreUnmatchedProperties()
                .Build();
            doc = deserializer.Deserialize<ManifestDocument?>(System.IO.File.ReadAllText(path)) ?? new ManifestDocument();
        }
        catch (YamlException e)
        {
            throw new ModelLoadException(path, $"invalid YAML at line {e.Start.Line}: {e.Message}", e);
        }
        return FromDocument(dir, path, doc);
    }

    private static ModelManifest FromDocument(string dir, string path, ManifestDocument doc)
    {
        string Required(string? value, string key) =>
            string.IsNullOrWhiteSpace(value) ? throw new ModelLoadException(path, $"missing '{key}'") : value;

        string ExistingFile(string? relative, string key)
        {
            var full = System.IO.Path.GetFullPath(System.IO.Path.Combine(dir, Required(relative, key)));
            if (!System.IO.File.Exists(full)) throw new ModelLoadException(full, $"file named by '{key}' not found");
            return full;
        }

        var name = Required(doc.Name, "name");
        var onnx = ExistingFile(doc.Onnx, "onnx");
        var tok = doc.Tokenizer ?? throw new ModelLoadException(path, "missing 'tokenizer'");
        var kind = Required(tok.Kind, "tokenizer.kind").Trim().ToLowerInvariant() switch
        {
            "bpe" => TokenizerKind.Bpe,
            "bpe-json" => TokenizerKind.BpeJson,
            "sentencepiece" => TokenizerKind.SentencePiece,
            "tiktoken" => TokenizerKind.Tiktoken,
            var other => throw new ModelLoadException(path, $"unknown tokenizer.kind '{other}' (expected bpe, bpe-json, sentencepiece or tiktoken)"),
        };
        var tokenizer = kind == TokenizerKind.Bpe
            ? new TokenizerManifest(kind, ExistingFile(tok.Vocab, "tokenizer.vocab"), ExistingFile(tok.Merges, "tokenizer.merges"), null, NullIfEmpty(tok.BosToken))
            : new TokenizerManifest(kind, null, null, ExistingFile(tok.File ?? DefaultTokenizerFile(kind), "tokenizer.file"), NullIfEmpty(tok.BosToken));

        var io = new ModelIoNames(
            doc.Inputs?.InputIds ?? "input_ids",
            NullIfEmpty(doc.Inputs?.AttentionMask),
            NullIfEmpty(doc.Inputs?.PositionIds),
            doc.Outputs?.Logits ?? "logits");

        if (doc.ContextLength is not > 1) throw new ModelLoadException(path, "'context_length' must be an integer > 1");
        if (doc.VocabSize is not > 0) throw new ModelLoadException(path, "'vocab_size' must be a positive integer");
        var sha = NullIfEmpty(doc.Sha256)?.Trim().ToLowerInvariant();
        if (sha is not null && (sha.Length != 64 || !sha.All(Uri.IsHexDigit)))
            throw new ModelLoadException(path, "'sha256' must be 64 hex digits");

        return new ModelManifest(dir, name, onnx, sha, tokenizer, io, doc.ContextLength.Value, doc.VocabSize.Value, NullIfEmpty(doc.License));
    }

    private static string? DefaultTokenizerFile(TokenizerKind kind) => kind switch
    {
        TokenizerKind.BpeJson => "tokenizer.json",
        TokenizerKind.SentencePiece => "tokenizer.model",
        _ => null,
    };

    private static string? NullIfEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s;

    // Mutable shapes for YamlDotNet; validated into the records above.
    private sealed class ManifestDocument
    {
        public string? Name { get; set; }
        public string? Onnx { get; set; }
        public string? Sha256 { get; set; }
        public TokenizerDocument? Tokenizer { get; set; }
        public InputsDocument? Inputs { get; set; }
        public OutputsDocument? Outputs { get; set; }
        public int? ContextLength { get; set; }
        public int? VocabSize { get; set; }
        public string? License { get; set; }
    }

    private sealed class TokenizerDocument
    {
        public string? Kind { get; set; }
        public string? Vocab { get; set; }
        public string? Merges { get; set; }
        public string? File { get; set; }
        public string? BosToken { get; set; }
    }

    private sealed class InputsDocument
    {
        public string? InputIds { get; set; }
        public string? AttentionMask { get; set; }
        public string? PositionIds { get; set; }
    }

    private sealed class OutputsDocument
    {
        public string? Logits { get; set; }
    }
}
