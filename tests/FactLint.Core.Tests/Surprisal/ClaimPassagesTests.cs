using FactLint.Core.Surprisal;

namespace FactLint.Core.Tests.Surprisal;

public class ClaimPassagesTests
{
    [Fact]
    public void A_passage_starts_at_a_word_boundary_within_the_context_and_ends_after_the_claim_s_word()
    {
        const string text = "Intro words here. The bridge is 1,147 metres long and more text follows.";
        int claim = text.IndexOf("1,147", StringComparison.Ordinal);
        var passage = Assert.Single(ClaimPassages.Plan(text, [(claim, claim + 3)], contextChars: 12));
        // 12 characters back lands inside "bridge": the passage starts at the next word instead.
        Assert.Equal("is 1,147", text[passage.Start..passage.End]);
    }

    [Fact]
    public void Passages_that_touch_are_merged_and_distant_claims_get_their_own()
    {
        var text = "In 2019 and 2020 it grew. " + new string('x', 300) + " Then in 2024 it shrank.";
        int a = text.IndexOf("2019", StringComparison.Ordinal), b = text.IndexOf("2020", StringComparison.Ordinal), c = text.IndexOf("2024", StringComparison.Ordinal);
        var passages = ClaimPassages.Plan(text, [(c, c + 4), (a, a + 4), (b, b + 4)], contextChars: 20);
        Assert.Equal(2, passages.Count);
        Assert.Equal("In 2019 and 2020", text[passages[0].Start..passages[0].End]);
        Assert.Equal("Then in 2024", text[passages[1].Start..passages[1].End]);
    }

    [Fact]
    public void Scoring_maps_passage_tokens_back_to_file_offsets_and_scores_nothing_else()
    {
        var text = new string('a', 500) + " it cost 42 dollars";
        int claim = text.IndexOf("42", StringComparison.Ordinal);
        var scorer = new RecordingScorer();
        var tokens = ClaimPassages.Score(scorer, text, ClaimPassages.Plan(text, [(claim, claim + 2)], contextChars: 10));
        Assert.Equal(["it cost 42"], scorer.Requests.Single());
        Assert.Equal(claim, tokens.Single(t => text[t.Start..t.End] == "4").Start);
        Assert.All(tokens, t => Assert.True(t.Start >= 500));
    }

    /// <summary>One token per character; records what it was asked to score.</summary>
    private sealed class RecordingScorer : ISurprisalScorer
    {
        public List<IReadOnlyList<string>> Requests { get; } = new();
        public ScorerInfo Info { get; } = new("rec", "00", "cpu");

        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default) =>
            text.Select((_, i) => new TokenSurprisal(i, i + 1, 1, 1)).ToList();

        public IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Requests.Add(texts);
            return texts.Select(t => Score(t, cancellationToken)).ToList();
        }

        public void Dispose() { }
    }
}
