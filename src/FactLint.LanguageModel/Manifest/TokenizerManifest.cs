namespace FactLint.LanguageModel.Manifest;

/// <summary>The <c>tokenizer:</c> section of model.yaml. File paths are absolute after loading.</summary>
/// <param name="File">tokenizer.json, SentencePiece model or tiktoken file (kinds other than bpe).</param>
/// <param name="BosToken">Prepended before scoring so the first token has a prediction; null for none.</param>
public sealed record TokenizerManifest(TokenizerKind Kind, string? Vocab, string? Merges, string? File, string? BosToken);
