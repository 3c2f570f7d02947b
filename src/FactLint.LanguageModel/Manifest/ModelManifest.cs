using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

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
            doc = ReadDocument(path);
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
            doc.Outputs?.Logits ?? "logits",
            NullIfEmpty(doc.Inputs?.LogitPositions));

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

    // Read through YamlDotNet's node model, not its reflection-based deserializer, so a native AOT build can load models.
    // Unknown keys are ignored (a manifest may carry notes for other tools).
    private static ManifestDocument ReadDocument(string path)
    {
        var stream = new YamlStream();
        var text = FactLint.Core.IO.SafeFile.ReadAllText(path, FactLint.Core.Yaml.YamlDocumentReader.MaxBytes);
        // The limits packs and configs have (alias bombs, depth, size).
        FactLint.Core.Yaml.YamlDocumentReader.CheckStructure(path, text);
        using (var reader = new System.IO.StringReader(text)) stream.Load(reader);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" }) return new ManifestDocument();
        var root = AsMapping(stream.Documents[0].RootNode, "the manifest");
        var tokenizer = Child(root, "tokenizer") is { } t ? AsMapping(t, "tokenizer") : null;
        var inputs = Child(root, "inputs") is { } i ? AsMapping(i, "inputs") : null;
        var outputs = Child(root, "outputs") is { } o ? AsMapping(o, "outputs") : null;
        return new ManifestDocument
        {
            Name = Scalar(root, "name"),
            Onnx = Scalar(root, "onnx"),
            Sha256 = Scalar(root, "sha256"),
            Tokenizer = tokenizer is null ? null : new TokenizerDocument
            {
                Kind = Scalar(tokenizer, "kind"), Vocab = Scalar(tokenizer, "vocab"), Merges = Scalar(tokenizer, "merges"),
                File = Scalar(tokenizer, "file"), BosToken = Scalar(tokenizer, "bos_token"),
            },
            Inputs = inputs is null ? null : new InputsDocument
            {
                InputIds = Scalar(inputs, "input_ids"), AttentionMask = Scalar(inputs, "attention_mask"), PositionIds = Scalar(inputs, "position_ids"),
                LogitPositions = Scalar(inputs, "logit_positions"),
            },
            Outputs = outputs is null ? null : new OutputsDocument { Logits = Scalar(outputs, "logits") },
            ContextLength = Integer(root, "context_length"),
            VocabSize = Integer(root, "vocab_size"),
            License = Scalar(root, "license"),
        };
    }

    private static YamlMappingNode AsMapping(YamlNode node, string what) =>
        node as YamlMappingNode ?? throw new YamlException(node.Start, node.End, $"{what} must be a mapping");

    private static YamlNode? Child(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is not YamlScalarNode { Value: null or "" or "~" or "null" } ? node : null;

    private static string? Scalar(YamlMappingNode map, string key) => Child(map, key) switch
    {
        null => null,
        YamlScalarNode scalar => scalar.Value,
        var other => throw new YamlException(other.Start, other.End, $"'{key}' must be a single value"),
    };

    private static int? Integer(YamlMappingNode map, string key) => Scalar(map, key) is not { } text ? null
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) ? value
        : throw new YamlException(Child(map, key)!.Start, Child(map, key)!.End, $"'{key}' must be an integer, got '{text}'");

    // Shapes read from the YAML; validated into the records above.
    private sealed class ManifestDocument
    {
        public string? Name { get; init; }
        public string? Onnx { get; init; }
        public string? Sha256 { get; init; }
        public TokenizerDocument? Tokenizer { get; init; }
        public InputsDocument? Inputs { get; init; }
        public OutputsDocument? Outputs { get; init; }
        public int? ContextLength { get; init; }
        public int? VocabSize { get; init; }
        public string? License { get; init; }
    }

    private sealed class TokenizerDocument
    {
        public string? Kind { get; init; }
        public string? Vocab { get; init; }
        public string? Merges { get; init; }
        public string? File { get; init; }
        public string? BosToken { get; init; }
    }

    private sealed class InputsDocument
    {
        public string? InputIds { get; init; }
        public string? AttentionMask { get; init; }
        public string? PositionIds { get; init; }
        public string? LogitPositions { get; init; }
    }

    private sealed class OutputsDocument
    {
        public string? Logits { get; init; }
    }
}
