namespace FactLint.LanguageModel.Tests.TestModels;

/// <summary>The test models' weights by hand, mirroring make_test_models.py, and the surprisal they imply.</summary>
public static class TestModelMath
{
    public const int Vocab = 264;
    public const int Bos = 263;
    private const int D = 4, R = 2;

    private static double E(int i, int k) => ((i * 7 + k * 13) % 17 - 8) / 4.0;
    private static double W(int k, int j) => ((k * 5 + j * 11) % 19 - 9) / 8.0;
    private static double Q(int p, int k) => ((p * 3 + k * 5) % 7 - 3) / 2.0;
    private static double Rw(int k, int j) => ((k * 3 + j * 7) % 5 - 2) / 4.0;

    /// <summary>Logit of token j after token <paramref name="previous"/> at <paramref name="position"/> (null: bigram.onnx, no position term).</summary>
    public static double Logit(int previous, int j, int? position = null)
    {
        double x = 0;
        for (int k = 0; k < D; k++) x += E(previous, k) * W(k, j);
        if (position is { } p)
        {
            for (int k = 0; k < R; k++) x += Q(p, k) * Rw(k, j);
        }
        return x;
    }

    /// <summary>-log2 softmax, written out plainly (no max-subtraction needed at these magnitudes).</summary>
    public static double Bits(int previous, int next, int? position = null, int vocab = Vocab)
    {
        double z = 0;
        for (int j = 0; j < vocab; j++) z += Math.Exp(Logit(previous, j, position));
        return -Math.Log2(Math.Exp(Logit(previous, next, position)) / z);
    }
}
