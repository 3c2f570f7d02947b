using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;

namespace FactLint.LanguageModel.Tests.Scoring;

public class OnnxSurprisalScorerTests
{
    private static readonly ScorerOptions Cpu = new() { Device = ExecutionDevice.Cpu, Threads = 1 };

    [Fact]
    public void Bits_match_a_hand_computed_bigram_softmax()
    {
        using var folder = new TestModelFolder();
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu);

        var scored = scorer.ScoreDetailed("the in");

        // "the" -> t + he (merge "h e"); " in" -> Ġ + in (merge "i n").
        Assert.Equal([83, 257, 220, 259], scored.TokenIds);
        int[] previous = [TestModelMath.Bos, 83, 257, 220];
        for (int i = 0; i < 4; i++)
            Assert.Equal(TestModelMath.Bits(previous[i], scored.TokenIds[i]), scored.Tokens[i].Bits, 5);
        Assert.Equal([(0, 1), (1, 3), (3, 4), (4, 6)], scored.Tokens.Select(t => (t.Start, t.End)));
        Assert.Equal(new Core.Surprisal.ScorerInfo("test-bigram", TestModelFolder.Sha256Of(folder.PathOf("model.onnx")), "cpu"), scorer.Info);
    }

    [Fact]
    public void Several_texts_batched_together_score_as_each_alone_with_ranks()
    {
        using var folder = new TestModelFolder();
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu with { BatchSize = 8 });
        string[] texts = ["the in", "in the the", "t"];

        var together = scorer.ScoreMany(texts);

        for (int i = 0; i < texts.Length; i++)
        {
            var alone = scorer.Score(texts[i]);
            Assert.Equal(alone.Select(t => (t.Start, t.End, t.Rank)), together[i].Select(t => (t.Start, t.End, t.Rank)));
            Assert.Equal(alone.Select(t => t.Bits), together[i].Select(t => t.Bits), (a, b) => Math.Abs(a - b) < 1e-5);
            Assert.All(together[i], t => Assert.InRange(t.Rank, 1, TestModelMath.Vocab));
        }
    }

    [Fact]
    public void Without_bos_the_first_token_scores_as_uniform()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace("  bos_token: \"<|endoftext|>\"\n", ""));
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu);

        var tokens = scorer.Score("the");

        Assert.Equal(Math.Log2(TestModelMath.Vocab), tokens[0].Bits, 9);
        Assert.Equal(TestModelMath.Bits(83, 257), tokens[1].Bits, 5);
    }

    [Theory]
    [InlineData(8, 3, 1)]
    [InlineData(8, 3, 3)]
    [InlineData(5, 1, 2)]
    [InlineData(16, 15, 16)]
    public void Small_windows_stitch_to_the_single_window_result(int context, int overlap, int batch)
    {
        using var folder = new TestModelFolder();
        var text = string.Concat(Enumerable.Repeat("in the 2024 report, 37.5% of inner there. ", 6));
        using var whole = OnnxSurprisalScorer.Load(folder.Directory, Cpu);
        using var windowed = OnnxSurprisalScorer.Load(folder.Directory, Cpu with { ContextLength = context, WindowOverlap = overlap, BatchSize = batch });

        var expected = whole.Score(text);
        var actual = windowed.Score(text);

        Assert.True(expected.Count > 3 * context);
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal((expected[i].Start, expected[i].End), (actual[i].Start, actual[i].End));
            Assert.Equal(expected[i].Bits, actual[i].Bits, 9);
        }
    }

    [Fact]
    public void Attention_mask_and_position_ids_are_fed_per_window()
    {
        using var folder = new TestModelFolder("bigram-mask-pos.onnx", editManifest: m => m
            .Replace("  input_ids: input_ids\n", "  input_ids: input_ids\n  attention_mask: attention_mask\n  position_ids: position_ids\n")
            .Replace("context_length: 1024", "context_length: 64"));
        // Window of 4 with overlap 1 and batch 2: windows [0,4) [3,7) [6,10)..., the last one padded when batched.
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu with { ContextLength = 4, WindowOverlap = 1, BatchSize = 2 });

        var scored = scorer.ScoreDetailed("the in thin");

        var sequence = new[] { TestModelMath.Bos }.Concat(scored.TokenIds).ToArray();
        var windows = WindowPlanner.Plan(sequence.Length, 4, 1);
        foreach (var w in windows)
        {
            for (int t = w.FirstTarget; t < w.EndTarget; t++)
            {
                double expected = TestModelMath.Bits(sequence[t - 1], sequence[t], position: t - 1 - w.Start);
                Assert.Equal(expected, scored.Tokens[t - 1].Bits, 5);
            }
        }
    }

    [Fact]
    public void Declared_past_key_values_get_empty_tensors()
    {
        using var folder = new TestModelFolder("bigram-kv.onnx");
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu with { BatchSize = 3, ContextLength = 6, WindowOverlap = 2 });

        var scored = scorer.ScoreDetailed("the in the in the");

        // The graph adds 1000 * past_length to token 0's logit; any non-empty past would wreck these values.
        var sequence = new[] { TestModelMath.Bos }.Concat(scored.TokenIds).ToArray();
        for (int t = 1; t < sequence.Length; t++)
            Assert.Equal(TestModelMath.Bits(sequence[t - 1], sequence[t]), scored.Tokens[t - 1].Bits, 5);
    }

    [Fact]
    public void Tokenizer_json_gives_the_same_tokens_as_vocab_and_merges()
    {
        using var bpe = new TestModelFolder();
        using var json = new TestModelFolder(editManifest: m => m
            .Replace("  kind: bpe\n  vocab: vocab.json\n  merges: merges.txt\n", "  kind: bpe-json\n  file: tokenizer.json\n"));
        using var a = OnnxSurprisalScorer.Load(bpe.Directory, Cpu);
        using var b = OnnxSurprisalScorer.Load(json.Directory, Cpu);
        const string text = "Thé inner 12,5 € ther";

        Assert.Equal(a.ScoreDetailed(text).TokenIds, b.ScoreDetailed(text).TokenIds);
        Assert.Equal(a.Score(text), b.Score(text));
    }

    [Theory]
    [InlineData("bigram.onnx")]            // logits at every position: the scorer reads the rows it needs
    [InlineData("bigram-positions.onnx")]  // logit_positions: the graph computes only those rows
    public void Scoring_from_an_offset_returns_the_later_tokens_as_full_scoring_does(string model)
    {
        using var reference = new TestModelFolder();
        using var folder = new TestModelFolder(model);
        using var full = OnnxSurprisalScorer.Load(reference.Directory, Cpu);
        // Windows of 6 overlapping by 2, batched 3 at a time: rows per window differ, so short entries are padded.
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu with { BatchSize = 3, ContextLength = 6, WindowOverlap = 2 });
        using var whole = OnnxSurprisalScorer.Load(folder.Directory, Cpu with { BatchSize = 3, ContextLength = 6, WindowOverlap = 2 });
        string[] texts = ["the in the inner there", "in the", "t", "", "the 2024 report, 37.5% of inner"];
        int[] from = [7, 0, 1, 0, 12];

        var partial = scorer.ScoreMany(texts, from);

        for (int i = 0; i < texts.Length; i++)
        {
            var expected = whole.Score(texts[i]).Where(t => t.End > from[i]).ToList();
            Assert.Equal(expected.Select(t => (t.Start, t.End, t.Rank)), partial[i].Select(t => (t.Start, t.End, t.Rank)));
            Assert.Equal(expected.Select(t => t.Bits), partial[i].Select(t => t.Bits), (a, b) => Math.Abs(a - b) < 1e-5);
        }
        // The positions graph gives the plain graph's scores.
        Assert.Equal(full.Score(texts[4]).Select(t => t.Bits), whole.Score(texts[4]).Select(t => t.Bits), (a, b) => Math.Abs(a - b) < 1e-5);
        Assert.Equal(model == "bigram-positions.onnx" ? "logit_positions" : null, scorer.Graph.LogitPositions);
    }

    [Fact]
    public void Empty_text_has_no_tokens()
    {
        using var folder = new TestModelFolder();
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, Cpu);
        Assert.Empty(scorer.Score(""));
    }
}
