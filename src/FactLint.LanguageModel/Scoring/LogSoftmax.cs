using System.Numerics.Tensors;

namespace FactLint.LanguageModel.Scoring;

/// <summary>Surprisal from one row of logits, computed stably: max-subtract, exponentials and their sum in double.</summary>
public static class LogSoftmax
{
    private static readonly double Ln2 = Math.Log(2.0);

    /// <summary>-log2 softmax(logits)[target].</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target) => Bits(logits, target, new double[logits.Length]);

    /// <summary>As <see cref="Bits(ReadOnlySpan{float}, int)"/>, using <paramref name="scratch"/> (at least as long as the row) to avoid allocating.</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target, Span<double> scratch)
    {
        float max = TensorPrimitives.Max(logits);
        var shifted = scratch[..logits.Length];
        // Vectorised: this runs once per token over the whole vocabulary, a large share of scoring time.
        TensorPrimitives.ConvertChecked<float, double>(logits, shifted);
        TensorPrimitives.Subtract(shifted, (double)max, shifted);
        TensorPrimitives.Exp(shifted, shifted);
        double sum = TensorPrimitives.Sum<double>(shifted);
        // log-sum-exp minus the target's logit, arranged so huge logits do not cancel catastrophically.
        return ((double)max - logits[target] + Math.Log(sum)) / Ln2;
    }
}
