using FactLint.Core.Surprisal;

namespace FactLint.Core.Tests.Surprisal;

public class ClaimPassagesTests
{
    [Fact]
    public void A_passage_starts_at_a_word_boundary_within_the_context_and_ends_after_the_claim_s_word()
    {
        const string text = "Intro words here. The bridge is 1,147 metres long and more text follows.";
        int claim = text.IndexOf("1,147", StringComparison.Ordinal);
        var passage = Assert.Single(ClaimPassages.Plan(text, [(claim, claim + 3)], contextChars: 8));
        // 8 characters back lands inside "bridge": the passage starts at the next word instead.
        Assert.Equal("is 1,147", text[passage.Start..passage.End]);
    }

    [Fact]
    public void Each_claim_gets_its_own_passage_even_when_they_overlap()
    {
        const string text = "In 2019 and 2020 it grew.";
        int a = text.IndexOf("2019", StringComparison.Ordinal), b = text.IndexOf("2020", StringComparison.Ordinal);
        var passages = ClaimPassages.Plan(text, [(b, b + 4), (a, a + 4)], contextChars: 8);
        Assert.Equal(["and 2020", "In 2019"], passages.Select(p => text[p.Start..p.End]));
    }

    [Fact]
    public void Scores_come_from_the_claim_s_own_passage_with_file_offsets_in_one_request()
    {
        var text = new string('a', 500) + " it cost 42 dollars, then 7 more";
        int claim = text.IndexOf("42", StringComparison.Ordinal), other = text.IndexOf("7 more", StringComparison.Ordinal);
        var scorer = new RecordingScorer();
        var scores = ClaimPassages.ScoreEach(scorer, text, [(claim, claim + 2), (other, other + 1)], contextChars: 10);
        Assert.Equal(["it cost 42", "then 7"], scorer.Requests.Single());
        var score = scores[0]!;
        Assert.Equal([claim, claim + 1], score.Tokens.Select(t => t.Start));
        // The recording scorer gives each character its passage offset + 1 bits: the claim's own passage decides.
        Assert.Equal(9 + 10, score.SumBits);
    }

    /// <summary>One token per character; records what it was asked to score.</summary>
    private sealed class RecordingScorer : ISurprisalScorer
    {
        public List<IReadOnlyList<string>> Requests { get; } = new();
        public ScorerInfo Info { get; } = new("rec", "00", "cpu");

        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default) =>
            text.Select((_, i) => new TokenSurprisal(i, i + 1, i + 1, 1)).ToList();

        public IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, CancellationToken cancellationToken = default)
        {
            Requests.Add(texts);
            return texts.Select(t => Score(t, cancellationToken)).ToList();
        }

        public void Dispose() { }
    }
}
