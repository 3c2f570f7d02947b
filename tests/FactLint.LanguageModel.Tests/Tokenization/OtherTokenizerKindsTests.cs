using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;

namespace FactLint.LanguageModel.Tests.Tokenization;

/// <summary>tiktoken and SentencePiece tokenizers end to end, on the tiny files make_test_models.py writes.</summary>
public class OtherTokenizerKindsTests
{
    private static readonly ScorerOptions Cpu = new() { Device = ExecutionDevice.Cpu, Threads = 1 };

    [Fact]
    public void Tiktoken_ranks_bos_and_byte_offsets()
    {
        // 256 byte ranks + 4 merges; BOS is appended as id 260. The model has 264 logits.
        using var folder = new TestModelFolder(editManifest: m => m
            .Replace("  kind: bpe\n  vocab: vocab.json\n  merges: merges.txt\n", "  kind: tiktoken\n  file: tiny.tiktoken\n"));
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu);
        Assert.Equal(261, scorer.Tokenizer.VocabularySize);
        Assert.Equal(260, scorer.Tokenizer.BosId);
        const string text = "the in €";

        var scored = scorer.ScoreDetailed(text);

        // "the" = t + he; " in" = ' ' + in; " €" = ' ' + three bytes of €.
        Assert.Equal([116, 257, 32, 259, 32, 0xE2, 0x82, 0xAC], scored.TokenIds);
        Assert.Equal([(0, 1), (1, 3), (3, 4), (4, 6), (6, 7), (7, 8), (7, 8), (7, 8)], scored.Tokens.Select(t => (t.Start, t.End)));
        int previous = 260;
        for (int i = 0; i < scored.TokenIds.Length; i++)
        {
            Assert.Equal(TestModelMath.Bits(previous, scored.TokenIds[i], vocab: TestModelMath.Vocab), scored.Tokens[i].Bits, 5);
            previous = scored.TokenIds[i];
        }
    }

    [Fact]
    public void SentencePiece_pieces_byte_fallback_and_dummy_prefix()
    {
        using var folder = new TestModelFolder("bigram-v320.onnx", editManifest: m => m
            .Replace("  kind: bpe\n  vocab: vocab.json\n  merges: merges.txt\n", "  kind: sentencepiece\n  file: tiny-sp.model\n")
            .Replace("<|endoftext|>", "<s>")
            .Replace($"vocab_size: {TestModelMath.Vocab}", "vocab_size: 320"));
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu);
        Assert.Equal(1, scorer.Tokenizer.BosId);

        var a = scorer.ScoreDetailed("the theory in 2024");
        var b = scorer.ScoreDetailed("Zé €  thin");

        // Ids as Python's sentencepiece gives them for tiny-sp.model.
        Assert.Equal([261, 287, 263, 280], a.TokenIds);
        Assert.Equal([304, 93, 198, 172, 304, 229, 133, 175, 304, 260, 262], b.TokenIds);
        // The dummy-prefix "▁" of the first piece maps to no character; byte pieces span their character.
        Assert.Equal([(0, 3), (3, 10), (10, 13), (13, 18)], a.Tokens.Select(t => (t.Start, t.End)));
        Assert.Equal([(0, 0), (0, 1), (1, 2), (1, 2), (2, 3), (3, 4), (3, 4), (3, 4), (4, 5), (5, 8), (8, 10)], b.Tokens.Select(t => (t.Start, t.End)));
        int previous = 1;
        for (int i = 0; i < b.TokenIds.Length; i++)
        {
            Assert.Equal(TestModelMath.Bits(previous, b.TokenIds[i], vocab: 320), b.Tokens[i].Bits, 5);
            previous = b.TokenIds[i];
        }
    }
}
