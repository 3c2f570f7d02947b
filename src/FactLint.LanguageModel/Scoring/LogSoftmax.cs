using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// Surprisal and rank from one row of logits. Single precision for the max and the exponentials, which run once per read
/// token over the whole vocabulary (float keeps twice the lanes of double); their sum is kept in double.
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

        // Float exponentials summed in double: a float sum of 8,192 terms drifts by a few 1e-6 bits.
        double sum = 0;
        i = 0;
        if (Vector256.IsHardwareAccelerated && n >= Vector256<float>.Count)
        {
            var shift = Vector256.Create(max);
            Vector256<double> low = Vector256<double>.Zero, high = Vector256<double>.Zero;
            for (; i <= n - Vector256<float>.Count; i += Vector256<float>.Count)
            {
                var (l, h) = Vector256.Widen(ExpNonPositive(Vector256.LoadUnsafe(ref row, (nuint)i) - shift));
                low += l;
                high += h;
            }
            sum = Vector256.Sum(low + high);
        }
        for (; i < n; i++) sum += MathF.Exp(Unsafe.Add(ref row, i) - max);
        // log-sum-exp minus the target's logit, arranged so huge logits do not cancel catastrophically.
        return ((double)max - value + Math.Log(sum)) / Ln2;
    }

    /// <summary>
    /// e^x for x ≤ 0 (logits minus their maximum), relative error below 1e-6; below -87.3 it returns about 2^-126
    /// instead of a smaller number, which no sum of at least 1 can tell apart. Written out in vector operators, which
    /// the JIT always expands: Vector256.Exp calls generic helpers that a short run executes as slow tier-0 code.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<float> ExpNonPositive(Vector256<float> x)
    {
        x = Vector256.Max(x, Vector256.Create(-87.3f));
        // n = round(x / ln 2) by the 1.5 × 2^23 trick: the sum's low mantissa bits hold n.
        var shifted = x * Vector256.Create(1.44269504f) + Vector256.Create(12582912f);
        var n = shifted - Vector256.Create(12582912f);
        // r = x - n ln 2 in two parts (Cody-Waite), |r| ≤ ln 2 / 2.
        var r = x - n * Vector256.Create(0.693145752f) - n * Vector256.Create(1.42860677e-6f);
        // Taylor series to r^6: truncation error below 1.2e-7 relative on |r| ≤ 0.347.
        var p = Vector256.Create(1f / 720f);
        p = p * r + Vector256.Create(1f / 120f);
        p = p * r + Vector256.Create(1f / 24f);
        p = p * r + Vector256.Create(1f / 6f);
        p = p * r + Vector256.Create(0.5f);
        p = p * r + Vector256<float>.One;
        p = p * r + Vector256<float>.One;
        // 2^n from the exponent field: (n + 127) << 23.
        var scale = ((shifted.AsInt32() - Vector256.Create(0x4B400000)) + Vector256.Create(127)) << 23;
        return p * scale.AsSingle();
    }
}
