using System.Numerics;
using System.Numerics.Tensors;

namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// Surprisal and rank from one row of logits. Single precision throughout (max-subtract, exponentials, their sum):
/// the row runs once per read token over the whole vocabulary, and float keeps twice the lanes of double.
/// </summary>
public static class LogSoftmax
{
    private static readonly double Ln2 = Math.Log(2.0);

    /// <summary>-log2 softmax(logits)[target].</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target) => Bits(logits, target, new float[logits.Length]);

    /// <summary>As <see cref="Bits(ReadOnlySpan{float}, int)"/>, using <paramref name="scratch"/> (at least as long as the row) to avoid allocating.</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target, Span<float> scratch)
    {
        float max = TensorPrimitives.Max(logits);
        var shifted = scratch[..logits.Length];
        TensorPrimitives.Subtract(logits, max, shifted);
        TensorPrimitives.Exp(shifted, shifted);
        float sum = TensorPrimitives.Sum(shifted);
        // log-sum-exp minus the target's logit, arranged so huge logits do not cancel catastrophically.
        return ((double)max - logits[target] + Math.Log(sum)) / Ln2;
    }

    /// <summary>1 + the number of vocabulary entries the model ranks strictly above <paramref name="target"/> (1 = its first choice).</summary>
    public static int Rank(ReadOnlySpan<float> logits, int target)
    {
        float value = logits[target];
        int above = 0, i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var threshold = new Vector<float>(value);
            var lanes = Vector<int>.Zero;
            for (; i <= logits.Length - Vector<float>.Count; i += Vector<float>.Count)
                lanes -= Vector.GreaterThan(new Vector<float>(logits[i..]), threshold);   // true lanes are -1
            above = Vector.Sum(lanes);
        }
        for (; i < logits.Length; i++) if (logits[i] > value) above++;
        return above + 1;
    }
}
