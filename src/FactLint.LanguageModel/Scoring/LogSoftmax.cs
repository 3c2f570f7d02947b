using System.Numerics.Tensors;

namespace FactLint.LanguageModel.Scoring;

/// <summary>Surprisal from one row of logits, computed stably: max-subtract, sum of exponentials in double.</summary>
public static class LogSoftmax
{
    private static readonly double Ln2 = Math.Log(2.0);

    /// <summary>-log2 softmax(logits)[target].</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target)
    {
        float max = TensorPrimitives.Max(logits);
        double sum = 0;
        foreach (var x in logits) sum += Math.Exp((double)x - max);
        // log-sum-exp minus the target's logit, arranged so huge logits do not cancel catastrophically.
        return ((double)max - logits[target] + Math.Log(sum)) / Ln2;
    }
}
