namespace FactLint.LanguageModel.Manifest;

/// <summary>Tokenizer file formats a model folder may ship.</summary>
public enum TokenizerKind
{
    /// <summary>GPT-2 byte-level BPE from vocab.json + merges.txt.</summary>
    Bpe,
    /// <summary>Byte-level BPE from a Hugging Face tokenizer.json.</summary>
    BpeJson,
    /// <summary>SentencePiece model file (Llama family).</summary>
    SentencePiece,
    /// <summary>tiktoken rank file.</summary>
    Tiktoken,
}
