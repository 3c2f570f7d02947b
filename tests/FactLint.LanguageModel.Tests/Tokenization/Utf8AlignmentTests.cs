using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;
using FactLint.LanguageModel.Tokenization;

namespace FactLint.LanguageModel.Tests.Tokenization;

public class Utf8AlignmentTests
{
    [Fact]
    public void Non_ascii_offsets_are_character_offsets()
    {
        using var folder = new TestModelFolder();
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cpu, Threads = 1 });
        const string text = "Zé €😀 the";

        var scored = scorer.ScoreDetailed(text);
        var spans = scored.Tokens.Select(t => text[t.Start..t.End]).ToArray();

        // "é" is one token (merge "Ã ©"); "€" is three byte tokens and "😀" (a surrogate pair) four:
        // each byte token spans the whole character it is part of.
        Assert.Equal(["Z", "é", " ", "€", "€", "€", "😀", "😀", "😀", "😀", " the"], spans);
        Assert.Equal([(0, 1), (1, 2), (2, 3), (3, 4), (3, 4), (3, 4), (4, 6), (4, 6), (4, 6), (4, 6), (6, 10)],
            scored.Tokens.Select(t => (t.Start, t.End)));
    }

    [Fact]
    public void Tokens_that_do_not_concatenate_to_the_text_are_refused()
    {
        var starts = new int[1];
        var ends = new int[1];
        Assert.False(Utf8Alignment.TryAlign("ab", ["ax"u8.ToArray()], starts, ends));
        Assert.False(Utf8Alignment.TryAlign("ab", [null], starts, ends));
    }

    [Fact]
    public void SentencePiece_dummy_prefix_space_is_allowed()
    {
        var starts = new int[2];
        var ends = new int[2];
        Assert.True(Utf8Alignment.TryAlign("hi yo", [" hi"u8.ToArray(), " yo"u8.ToArray()], starts, ends));
        Assert.Equal([0, 2], starts);
        Assert.Equal([2, 5], ends);
    }

    [Fact]
    public void Byte_level_alphabet_round_trips_all_bytes()
    {
        Assert.Equal(" "u8.ToArray(), ByteLevelAlphabet.Decode("Ġ"));
        Assert.Equal(new byte[] { 0xC3, 0xA9 }, ByteLevelAlphabet.Decode("Ã©"));
        Assert.Null(ByteLevelAlphabet.Decode("日"));
    }
}
