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

    public static Bucket For(double bits)
    {
        foreach (var b in Buckets)
        {
            if (bits < b.MaxBits) return b;
        }
        return Buckets[^1];
    }
}
