using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;

namespace FactLint.Benchmarks.Surprisal;

/// <summary>The float32 GFLOP/s ONNX Runtime reaches on a large square MatMul: the practical ceiling for model inference here.</summary>
internal static class MatMulPeak
{
    // Y = A @ B with dynamic shapes, written by tests/bench/make_matmul_onnx.py (122 bytes, inlined to need no asset file).
    private const string MatMulOnnx = "CAcSDmZhY3RsaW50LWJlbmNoOmAKEQoBQQoBQhIBWSIGTWF0TXVsEgZtYXRtdWxaFQoBQRIQCg4IARIKCgMSAW0KAxIBa1oVCgFCEhAKDggBEgoKAxIBawoDEgFuYhUKAVkSEAoOCAESCgoDEgFtCgMSAW5CBAoAEA0=";

    public static double GflopsPerSecond(int threads, int n = 1024, int repeats = 10)
    {
        using var options = new SessionOptions { IntraOpNumThreads = threads, GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL };
        using var session = new InferenceSession(Convert.FromBase64String(MatMulOnnx), options);
        var random = new Random(1);
        var a = new float[n * n];
        var b = new float[n * n];
        for (int i = 0; i < a.Length; i++) { a[i] = (float)random.NextDouble(); b[i] = (float)random.NextDouble(); }
        using var va = OrtValue.CreateTensorValueFromMemory(a, [n, n]);
        using var vb = OrtValue.CreateTensorValueFromMemory(b, [n, n]);
        using var run = new RunOptions();
        string[] inputs = ["A", "B"], outputs = ["Y"];
        OrtValue[] values = [va, vb];
        using (session.Run(run, inputs, values, outputs)) { }
        double best = double.MaxValue;
        for (int r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            using (session.Run(run, inputs, values, outputs)) { }
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        return 2.0 * n * n * n / best / 1e9;
    }
}
