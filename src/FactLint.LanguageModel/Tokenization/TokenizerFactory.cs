using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using FactLint.LanguageModel.Manifest;
using Microsoft.ML.Tokenizers;

namespace FactLint.LanguageModel.Tokenization;

/// <summary>Builds the tokenizer a manifest describes.</summary>
public static class TokenizerFactory
{
    // cl100k-style split; tiktoken rank files do not carry their pre-tokenizer.
    private const string TiktokenPattern =
        @"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+";

    private static readonly Regex Gpt2Split = new(@"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+", RegexOptions.Compiled);

    public static ModelTokenizer Create(TokenizerManifest spec)
    {
        string file = spec.File ?? spec.Vocab ?? "";
        try
        {
            return spec.Kind switch
            {
                TokenizerKind.Bpe => FromVocabAndMerges(spec),
                TokenizerKind.BpeJson => FromTokenizerJson(spec),
                TokenizerKind.SentencePiece => FromSentencePiece(spec),
                TokenizerKind.Tiktoken => FromTiktoken(spec),
                _ => throw new ModelLoadException(file, $"unsupported tokenizer kind {spec.Kind}"),
            };
        }
        catch (Exception e) when (e is not ModelLoadException)
        {
            throw new ModelLoadException(file, $"cannot read {spec.Kind} tokenizer: {e.Message}", e);
        }
    }

    // Read here with JsonDocument rather than by BpeOptions(vocabFile, mergesFile), whose reflection-based JSON does not
    // work in a native AOT build. Merges: one "a b" pair per line; a "#version" header and blank lines are skipped.
    private static ModelTokenizer FromVocabAndMerges(TokenizerManifest spec)
    {
        var vocab = new Dictionary<string, int>();
        using (var doc = JsonDocument.Parse(File.ReadAllBytes(spec.Vocab!)))
            foreach (var p in doc.RootElement.EnumerateObject()) vocab[p.Name] = p.Value.GetInt32();
        var merges = File.ReadLines(spec.Merges!).Where(line => line.Length > 0 && !line.StartsWith("#version", StringComparison.Ordinal)).ToList();
        return ByteLevelBpe(spec, new BpeOptions(vocab) { Merges = merges }, spec.Vocab!);
    }

    private static ModelTokenizer FromTokenizerJson(TokenizerManifest spec)
    {
        var path = spec.File!;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
        var root = doc.RootElement;
        var model = root.GetProperty("model");
        if (model.TryGetProperty("type", out var type) && type.GetString() != "BPE")
            throw new ModelLoadException(path, $"tokenizer.json model type '{type.GetString()}' is not BPE");
        if (!root.TryGetProperty("pre_tokenizer", out var pre) || !MentionsByteLevel(pre))
            throw new ModelLoadException(path, "only byte-level BPE tokenizer.json files are supported (pre_tokenizer is not ByteLevel)");

        var vocab = new Dictionary<string, int>();
        foreach (var p in model.GetProperty("vocab").EnumerateObject()) vocab[p.Name] = p.Value.GetInt32();
        if (root.TryGetProperty("added_tokens", out var added) && added.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in added.EnumerateArray()) vocab.TryAdd(t.GetProperty("content").GetString()!, t.GetProperty("id").GetInt32());
        }
        var merges = new List<string>();
        foreach (var m in model.GetProperty("merges").EnumerateArray())
            merges.Add(m.ValueKind == JsonValueKind.Array ? $"{m[0].GetString()} {m[1].GetString()}" : m.GetString()!);
        return ByteLevelBpe(spec, new BpeOptions(vocab) { Merges = merges }, path);
    }

    // GPT-2 byte-level BPE: GPT-2's split regex, bytes spelled through the byte alphabet, BOS as the only special token.
    // (CodeGenTokenizer would also do, but it injects CodeGen's own special tokens with ids past a small vocabulary.)
    private static ModelTokenizer ByteLevelBpe(TokenizerManifest spec, BpeOptions options, string file)
    {
        var probe = BpeTokenizer.Create(options);
        var vocabulary = probe.Vocabulary;
        int? bos = BosId(spec, file, t => vocabulary.TryGetValue(t, out var id) ? id : null);
        var special = bos is null ? null : new Dictionary<string, int> { [spec.BosToken!] = bos.Value };
        options.ByteLevel = true;
        options.SpecialTokens = special;
        options.PreTokenizer = new RegexPreTokenizer(Gpt2Split, special);
        var tokenizer = BpeTokenizer.Create(options);
        return new ModelTokenizer(tokenizer, MaxId(vocabulary.Values, null) + 1, bos, TokenBytes(vocabulary, ByteLevelAlphabet.Decode));
    }

    private static bool MentionsByteLevel(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Object => (e.TryGetProperty("type", out var t) && t.GetString() == "ByteLevel")
            || (e.TryGetProperty("pretokenizers", out var list) && list.EnumerateArray().Any(MentionsByteLevel)),
        _ => false,
    };

    private static ModelTokenizer FromSentencePiece(TokenizerManifest spec)
    {
        SentencePieceTokenizer tokenizer;
        using (var stream = File.OpenRead(spec.File!))
        {
            tokenizer = SentencePieceTokenizer.Create(stream, addBeginningOfSentence: false, addEndOfSentence: false);
        }
        int size = MaxId(tokenizer.Vocabulary.Values, tokenizer.SpecialTokens?.Values) + 1;
        return new ModelTokenizer(tokenizer, size, BosId(spec, spec.File!, t => tokenizer.Vocabulary.TryGetValue(t, out var id) ? id : tokenizer.SpecialTokens?.GetValueOrDefault(t)),
            TokenBytes(tokenizer.Vocabulary, SentencePieceBytes));
    }

    // "▁" is a space, "<0xNN>" a byte-fallback piece; control pieces (<s>, <unk>) have no bytes.
    private static byte[]? SentencePieceBytes(string piece)
    {
        if (piece.Length == 6 && piece.StartsWith("<0x", StringComparison.Ordinal) && piece[5] == '>'
            && byte.TryParse(piece.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var b))
            return [b];
        if (piece.StartsWith('<') && piece.EndsWith('>')) return null;
        return Encoding.UTF8.GetBytes(piece.Replace('▁', ' '));
    }

    private static ModelTokenizer FromTiktoken(TokenizerManifest spec)
    {
        // A rank file is "base64(token bytes) rank" per line: it gives each token's exact bytes for alignment.
        var bytesByRank = new Dictionary<int, byte[]>();
        foreach (var line in File.ReadLines(spec.File!))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) continue;
            bytesByRank[int.Parse(parts[1], CultureInfo.InvariantCulture)] = Convert.FromBase64String(parts[0]);
        }
        int ranks = bytesByRank.Count == 0 ? 0 : bytesByRank.Keys.Max() + 1;
        var special = new Dictionary<string, int>();
        // tiktoken files hold ranks only; a BOS token is appended after the last rank.
        if (spec.BosToken is not null) special[spec.BosToken] = ranks;
        var tokenizer = TiktokenTokenizer.Create(spec.File!, new RegexPreTokenizer(new Regex(TiktokenPattern, RegexOptions.Compiled), special), null, special);
        int? bos = spec.BosToken is null ? null : ranks;
        return new ModelTokenizer(tokenizer, ranks + special.Count, bos, id => bytesByRank.GetValueOrDefault(id));
    }

    // Bytes of every vocabulary entry, computed once; ids outside the table (specials) have none.
    private static Func<int, byte[]?> TokenBytes(IReadOnlyDictionary<string, int> vocabulary, Func<string, byte[]?> decode)
    {
        var table = new byte[]?[MaxId(vocabulary.Values, null) + 1];
        foreach (var (token, id) in vocabulary) table[id] = decode(token);
        return id => (uint)id < (uint)table.Length ? table[id] : null;
    }

    private static int MaxId(IEnumerable<int> ids, IEnumerable<int>? more)
    {
        int max = -1;
        foreach (var id in ids) max = Math.Max(max, id);
        if (more is not null) foreach (var id in more) max = Math.Max(max, id);
        return max;
    }

    private static int? BosId(TokenizerManifest spec, string file, Func<string, int?> lookup)
    {
        if (spec.BosToken is null) return null;
        return lookup(spec.BosToken) ?? throw new ModelLoadException(file, $"bos_token '{spec.BosToken}' is not in the vocabulary");
    }
}
