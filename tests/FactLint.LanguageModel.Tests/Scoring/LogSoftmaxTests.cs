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
    public void Matches_the_definition()
    {
        float[] logits = [1.5f, -2f, 0.25f, 3f];
        double z = logits.Sum(x => Math.Exp(x));
        Assert.Equal(-Math.Log2(Math.Exp(0.25) / z), LogSoftmax.Bits(logits, 2), 12);
    }

    [Fact]
    public void Far_below_the_maximum_is_finite()
    {
        Assert.Equal(200.0 / Math.Log(2), LogSoftmax.Bits([0f, -200f], 1), 6);
    }
}
