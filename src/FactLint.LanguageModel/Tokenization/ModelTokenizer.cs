using Microsoft.ML.Tokenizers;

namespace FactLint.LanguageModel.Tokenization;

/// <summary>
/// A Microsoft.ML.Tokenizers tokenizer plus what scoring needs on top: the vocabulary size, the BOS id
/// and exact character offsets (from each token's bytes where the format allows it).
/// </summary>
public sealed class ModelTokenizer
{
    private readonly Func<int, byte[]?>? _tokenBytes;

    internal ModelTokenizer(Tokenizer tokenizer, int vocabularySize, int? bosId, Func<int, byte[]?>? tokenBytes)
    {
        Tokenizer = tokenizer;
        VocabularySize = vocabularySize;
        BosId = bosId;
        _tokenBytes = tokenBytes;
    }

    public Tokenizer Tokenizer { get; }

    /// <summary>Largest token id + 1, special tokens included.</summary>
    public int VocabularySize { get; }

    /// <summary>Id of the manifest's bos_token, or null when none is configured.</summary>
    public int? BosId { get; }

    public TokenizedText Encode(string text)
    {
        var tokens = Tokenizer.EncodeToTokens(text, out _);
        var ids = new int[tokens.Count];
        var starts = new int[tokens.Count];
        var ends = new int[tokens.Count];
        for (int i = 0; i < tokens.Count; i++) ids[i] = tokens[i].Id;

        if (_tokenBytes is not null)
        {
            var bytes = new byte[]?[ids.Length];
            for (int i = 0; i < ids.Length; i++) bytes[i] = _tokenBytes(ids[i]);
            if (Utf8Alignment.TryAlign(text, bytes, starts, ends)) return new TokenizedText(ids, starts, ends);
        }

        // Fallback: the library's offsets, clamped into the text and kept sorted.
        int previousEnd = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            int start = Math.Clamp(tokens[i].Offset.Start.GetOffset(text.Length), 0, text.Length);
            int end = Math.Clamp(tokens[i].Offset.End.GetOffset(text.Length), start, text.Length);
            start = Math.Max(start, Math.Min(previousEnd, end));
            starts[i] = start;
            ends[i] = Math.Max(end, start);
            previousEnd = ends[i];
        }
        return new TokenizedText(ids, starts, ends);
    }
}
