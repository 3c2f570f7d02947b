using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Reports;

/// <summary>
/// GLTR-style buckets: green for tokens the model expected, through yellow and red, to violet for
/// the most surprising. GLTR buckets by rank; FactLint has bits, so the edges are in bits.
/// </summary>
public static class SurprisalColorScale
{
    public sealed record Bucket(double MinBits, double MaxBits, string Label, byte R, byte G, byte B)
    {
        public string Hex => $"#{R:x2}{G:x2}{B:x2}";
    }

    public static IReadOnlyList<Bucket> Buckets { get; } =
    [
        new(0, 2, "< 2 bits (expected)", 0xb7, 0xe4, 0xa8),
        new(2, 5, "2–5 bits", 0xf6, 0xe7, 0x8f),
        new(5, 10, "5–10 bits", 0xf4, 0xa2, 0x80),
        new(10, double.PositiveInfinity, "≥ 10 bits (surprising)", 0xc9, 0xa3, 0xe8),
    ];

    public static Bucket For(double bits) => For(Buckets, bits);

    public static Bucket For(IReadOnlyList<Bucket> buckets, double bits)
    {
        foreach (var b in buckets)
        {
            if (bits < b.MaxBits) return b;
        }
        return buckets[^1];
    }

    /// <summary>
    /// The same four colours with edges at this document's 50th, 80th and 95th percentile of token bits, so what stands
    /// out is what is unusual for this text: ordinary prose is green whatever the model's overall level.
    /// </summary>
    public static IReadOnlyList<Bucket> Relative(IReadOnlyList<TokenSurprisal> tokens)
    {
        if (tokens.Count == 0) return Buckets;
        var bits = tokens.Select(t => t.Bits).Order().ToArray();
        double P(double q) => bits[Math.Min(bits.Length - 1, (int)(q * bits.Length))];
        double p50 = P(0.50), p80 = Math.Max(P(0.80), p50), p95 = Math.Max(P(0.95), p80);
        static string F(double d) => d.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        return
        [
            Buckets[0] with { MinBits = 0, MaxBits = p50, Label = $"< {F(p50)} bits (the document's lower half)" },
            Buckets[1] with { MinBits = p50, MaxBits = p80, Label = $"{F(p50)}–{F(p80)} bits" },
            Buckets[2] with { MinBits = p80, MaxBits = p95, Label = $"{F(p80)}–{F(p95)} bits" },
            Buckets[3] with { MinBits = p95, MaxBits = double.PositiveInfinity, Label = $"≥ {F(p95)} bits (the document's top 5 %)" },
        ];
    }
}
