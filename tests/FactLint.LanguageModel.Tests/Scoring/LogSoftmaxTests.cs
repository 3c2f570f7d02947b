using FactLint.LanguageModel.Scoring;

namespace FactLint.LanguageModel.Tests.Scoring;

public class LogSoftmaxTests
{
    [Fact]
    public void Two_equal_logits_are_one_bit_even_when_huge()
    {
        Assert.Equal(1.0, LogSoftmax.Bits([1e30f, 1e30f], 0), 12);
        Assert.Equal(1.0, LogSoftmax.Bits([-1e30f, -1e30f], 1), 12);
    }

    [Fact]
    public void Matches_the_definition_in_single_precision()
    {
        float[] logits = [1.5f, -2f, 0.25f, 3f];
        double z = logits.Sum(x => Math.Exp(x));
        Assert.Equal(-Math.Log2(Math.Exp(0.25) / z), LogSoftmax.Bits(logits, 2), 5);
    }

    [Fact]
    public void A_vocabulary_sized_row_matches_double_precision_within_a_thousandth_of_a_bit()
    {
        var random = new Random(7);
        var logits = Enumerable.Range(0, 8192).Select(_ => (float)(random.NextDouble() * 20 - 10)).ToArray();
        double max = logits.Max();
        double z = logits.Sum(x => Math.Exp(x - max));
        foreach (int target in new[] { 0, 17, 4095, 8191 })
            Assert.Equal((max - logits[target] + Math.Log(z)) / Math.Log(2), LogSoftmax.Bits(logits, target), 3);
    }

    [Fact]
    public void Far_below_the_maximum_is_finite()
    {
        Assert.Equal(200.0 / Math.Log(2), LogSoftmax.Bits([0f, -200f], 1), 4);
    }

    [Fact]
    public void Rank_counts_the_entries_strictly_above_the_target()
    {
        // 37 entries: longer than one vector, with a scalar tail; ties do not push the target down.
        var logits = Enumerable.Range(0, 37).Select(i => (float)(i % 10)).ToArray();
        Assert.Equal(1, LogSoftmax.Rank(logits, 9));
        Assert.Equal(1 + logits.Count(x => x > 4), LogSoftmax.Rank(logits, 4));
        Assert.Equal(1 + logits.Count(x => x > 0), LogSoftmax.Rank(logits, 30));
    }
}
