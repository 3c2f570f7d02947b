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
    public void The_vector_exponential_is_accurate_over_the_whole_range()
    {
        // Eight lanes: one vector, no scalar tail. Bits(0) = log2(1 + 7 e^x) exercises e^x for x in [-120, 0].
        for (double x = -120; x <= 0; x += 0.37)
        {
            var row = new float[8];
            for (int k = 1; k < 8; k++) row[k] = (float)x;
            double expected = Math.Log2(1 + 7 * Math.Exp((float)x));
            Assert.True(Math.Abs(LogSoftmax.Bits(row, 0) - expected) < 2e-7, $"x = {x}: {LogSoftmax.Bits(row, 0)} vs {expected}");
            double target = -Math.Log2(Math.Exp((float)x) / (1 + 7 * Math.Exp((float)x)));
            Assert.True(Math.Abs(LogSoftmax.Bits(row, 3) - target) < 1e-5 * Math.Max(1, target), $"x = {x}: {LogSoftmax.Bits(row, 3)} vs {target}");
        }
    }

    [Fact]
    public void A_vocabulary_sized_row_matches_double_precision_within_1e_5_bits()
    {
        var random = new Random(11);
        var logits = Enumerable.Range(0, 8192).Select(_ => (float)(random.NextDouble() * 40 - 25)).ToArray();
        double max = logits.Max();
        double z = logits.Sum(x => Math.Exp(x - max));
        foreach (int target in new[] { 0, 1, 4095, 8191 })
            Assert.Equal((max - logits[target] + Math.Log(z)) / Math.Log(2), LogSoftmax.Bits(logits, target), 5);
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
