using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// Surprisal and rank from one row of logits. Single precision throughout (max, exponentials, their sum): the row runs
/// once per read token over the whole vocabulary, and float keeps twice the lanes of double.
/// </summary>
public static class LogSoftmax
{
    private static readonly double Ln2 = Math.Log(2.0);

    /// <summary>-log2 softmax(logits)[target].</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target) => BitsAndRank(logits, target, out _);

    /// <summary>As <see cref="Bits(ReadOnlySpan{float}, int)"/>; <paramref name="scratch"/> is no longer used (kept for callers of the old signature).</summary>
    public static double Bits(ReadOnlySpan<float> logits, int target, Span<float> scratch) => BitsAndRank(logits, target, out _);

    /// <summary>1 + the number of vocabulary entries the model ranks strictly above <paramref name="target"/> (1 = its first choice).</summary>
    public static int Rank(ReadOnlySpan<float> logits, int target)
    {
        BitsAndRank(logits, target, out int rank);
        return rank;
    }

    /// <summary>
    /// -log2 softmax(logits)[target] and the target's rank, in two passes over the row (max and rank, then the sum of
    /// exponentials). Fully optimized from the first call: a cold run scores a few thousand rows, which tier-0 code of
    /// the vector loops (and of TensorPrimitives' generic kernels) made slower than the model itself.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double BitsAndRank(ReadOnlySpan<float> logits, int target, out int rank)
    {
        float value = logits[target];
        ref float row = ref MemoryMarshal.GetReference(logits);
        int n = logits.Length, i = 0, above = 0;
        float max = float.NegativeInfinity;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<float>.Count)
        {
            var vmax = Vector256.Create(float.NegativeInfinity);
            var threshold = Vector256.Create(value);
            var lanes = Vector256<int>.Zero;
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var x = Vector256.LoadUnsafe(ref row, (nuint)i);
                vmax = Vector256.Max(vmax, x);
                lanes -= Vector256.GreaterThan(x, threshold).AsInt32();   // true lanes are -1
            }
            for (int k = 0; k < Vector256<float>.Count; k++) max = Math.Max(max, vmax[k]);
            above = Vector256.Sum(lanes);
        }
        for (; i < n; i++)
        {
            float x = Unsafe.Add(ref row, i);
            max = Math.Max(max, x);
            if (x > value) above++;
        }
        rank = above + 1;

        float sum = 0;
        i = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<float>.Count)
        {
            var shift = Vector256.Create(max);
            var acc = Vector256<float>.Zero;
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
                acc += Vector256.Exp(Vector256.LoadUnsafe(ref row, (nuint)i) - shift);
            sum = Vector256.Sum(acc);
        }
        for (; i < n; i++) sum += MathF.Exp(Unsafe.Add(ref row, i) - max);
        // log-sum-exp minus the target's logit, arranged so huge logits do not cancel catastrophically.
        return ((double)max - value + Math.Log(sum)) / Ln2;
    }
}
