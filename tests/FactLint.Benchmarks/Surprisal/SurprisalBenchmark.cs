using System.Diagnostics;
using System.Globalization;
using FactLint.LanguageModel.Caching;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Locating;
using FactLint.LanguageModel.Scoring;

namespace FactLint.Benchmarks.Surprisal;

/// <summary>
/// Surprisal throughput on CPU: tokens/s over threads × batch size × context length, cold vs warm
/// cache, peak memory, and the achieved GFLOP/s against a MatMul ceiling measured on the same machine.
/// usage: surprisal [--model DIR] [--sentences N] [--threads 1,2] [--batches 1,4,16] [--contexts 128,256,512]
///                  [--repeats 3] [--layers L --d-model D]   (L and D add the attention term to FLOPs/token)
/// </summary>
public static class SurprisalBenchmark
{
    public static int Run(string[] args)
    {
        var opts = ParseArgs(args);
        var modelDir = ModelLocator.Find(opts.GetValueOrDefault("model"));
        if (modelDir is null)
        {
            Console.Error.WriteLine("surprisal: no model found; pass --model DIR");
            return 2;
        }
        int sentences = int.Parse(opts.GetValueOrDefault("sentences", "200"), CultureInfo.InvariantCulture);
        int repeats = int.Parse(opts.GetValueOrDefault("repeats", "3"), CultureInfo.InvariantCulture);
        int[] threads = Ints(opts.GetValueOrDefault("threads", "1,2"));
        int[] batches = Ints(opts.GetValueOrDefault("batches", "1,4,16"));
        int[] contexts = Ints(opts.GetValueOrDefault("contexts", "128,256,512"));
        int layers = int.Parse(opts.GetValueOrDefault("layers", "0"), CultureInfo.InvariantCulture);
        int dModel = int.Parse(opts.GetValueOrDefault("d-model", "0"), CultureInfo.InvariantCulture);

        var text = BenchmarkText.Generate(sentences);
        var load = Stopwatch.StartNew();
        using var probe = OnnxSurprisalScorer.Load(modelDir, new ScorerOptions { Device = ExecutionDevice.Cpu });
        double loadSeconds = load.Elapsed.TotalSeconds;
        int docTokens = probe.Tokenizer.Encode(text).Count;
        var (parameters, tensors, largest) = OnnxParameterCounter.Count(probe.Manifest.OnnxPath);

        Console.WriteLine($"model: {probe.Manifest.Name} ({modelDir}), sha256 {probe.Info.Sha256[..12]}…, context_length {probe.Manifest.ContextLength}, vocab {probe.Manifest.VocabSize}");
        Console.WriteLine($"weights: {parameters:N0} parameters in {tensors} initializers (largest {largest:N0}); load (checksum + session) {loadSeconds:0.00} s");
        Console.WriteLine($"text: {text.Length:N0} chars, {docTokens:N0} tokens; cpu: {Environment.ProcessorCount} logical cores");
        Console.WriteLine();

        var peak = new Dictionary<int, double>();
        foreach (var t in threads) peak[t] = MatMulPeak.GflopsPerSecond(t, repeats: 20);
        Console.WriteLine("MatMul 1024×1024×1024 float32 through ONNX Runtime (best of 20): " +
            string.Join(", ", peak.Select(p => $"{p.Key} thread(s) {p.Value:0.0} GFLOP/s")));
        Console.WriteLine();

        // The log-softmax runs once per scored token over the whole vocabulary; time it on its own.
        {
            var random = new Random(3);
            var row = new float[probe.Manifest.VocabSize];
            for (int i = 0; i < row.Length; i++) row[i] = (float)(random.NextDouble() * 20 - 10);
            var scratch = new float[row.Length];
            double sink = 0;
            for (int i = 0; i < 2000; i++) sink += LogSoftmax.Bits(row, i % row.Length, scratch);
            var sw = Stopwatch.StartNew();
            for (int i = 0; i < 5000; i++) sink += LogSoftmax.Bits(row, i % row.Length, scratch);
            Console.WriteLine(Invariant($"log-softmax over {row.Length} logits: {sw.Elapsed.TotalMilliseconds * 1000 / 5000:0.0} µs per token (1 thread; checksum {sink:0})"));
            Console.WriteLine();
        }

        Console.WriteLine("| threads | context | overlap | batch | windows | model positions | seconds (median) | doc tokens/s | positions/s | est. GFLOP/s | % of MatMul peak |");
        Console.WriteLine("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var t in threads)
        foreach (var ctx in contexts)
        {
            if (ctx > probe.Manifest.ContextLength)
            {
                Console.WriteLine($"| {t} | {ctx} | – | – | – | – | – | – | – | – | model context is {probe.Manifest.ContextLength} |");
                continue;
            }
            foreach (var batch in batches)
            {
                using var scorer = OnnxSurprisalScorer.Load(modelDir, new ScorerOptions { Device = ExecutionDevice.Cpu, Threads = t, BatchSize = batch, ContextLength = ctx });
                int sequence = docTokens + (scorer.Tokenizer.BosId is null ? 0 : 1);
                var windows = WindowPlanner.Plan(sequence, ctx, scorer.WindowOverlap);
                long positions = windows.Sum(w => (long)w.Length);
                scorer.Score(text); // warm-up: first-run allocations and kernel selection
                double s = MedianSeconds(() => scorer.Score(text), repeats);
                // Forward FLOPs per position ≈ 2 × weights (+ attention: 2 × layers × mean context × d_model × 2 for QK and AV).
                double flopsPerPosition = 2.0 * parameters + (layers > 0 ? 4.0 * layers * (ctx / 2.0) * dModel : 0);
                double gflops = positions / s * flopsPerPosition / 1e9;
                Console.WriteLine(Invariant($"| {t} | {ctx} | {scorer.WindowOverlap} | {batch} | {windows.Count} | {positions} | {s:0.000} | {docTokens / s:0} | {positions / s:0} | {gflops:0.0} | {100 * gflops / peak[t]:0}% |"));
            }
        }
        Console.WriteLine();

        // Overlap trades time for context: more overlap = more left context per token, more positions computed.
        int fullContext = probe.Manifest.ContextLength;
        Console.WriteLine($"| overlap = min left context (context {fullContext}, 1 thread, batch 4) | model positions | seconds (median) | doc tokens/s | mean bits/token |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var overlap in new[] { fullContext / 16, fullContext / 4, fullContext / 2, fullContext * 3 / 4 })
        {
            using var scorer = OnnxSurprisalScorer.Load(modelDir, new ScorerOptions { Device = ExecutionDevice.Cpu, Threads = 1, BatchSize = 4, WindowOverlap = overlap });
            var windows = WindowPlanner.Plan(docTokens + (scorer.Tokenizer.BosId is null ? 0 : 1), fullContext, overlap);
            var scored = scorer.Score(text);
            double s = MedianSeconds(() => scorer.Score(text), repeats);
            Console.WriteLine(Invariant($"| {overlap} | {windows.Sum(w => (long)w.Length)} | {s:0.000} | {docTokens / s:0} | {scored.Average(t => t.Bits):0.000} |"));
        }
        Console.WriteLine();

        // Cache: cold = miss (score + write), warm = hit (read + verify), on a fresh folder.
        var cacheDir = Path.Combine(Path.GetTempPath(), "factlint-bench-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var inner = OnnxSurprisalScorer.Load(modelDir, new ScorerOptions { Device = ExecutionDevice.Cpu, Threads = threads.Max() });
            using var cached = new CachingSurprisalScorer(inner, new ScoreCache(cacheDir)) ;
            var cold = Stopwatch.StartNew();
            cached.Score(text);
            double coldS = cold.Elapsed.TotalSeconds;
            var warmTimes = new List<double>();
            for (int r = 0; r < 5; r++)
            {
                var warm = Stopwatch.StartNew();
                cached.Score(text);
                warmTimes.Add(warm.Elapsed.TotalSeconds);
            }
            warmTimes.Sort();
            long entryBytes = Directory.GetFiles(cacheDir).Sum(f => new FileInfo(f).Length);
            Console.WriteLine(Invariant($"cache ({threads.Max()} threads, default batch/context): cold {coldS * 1000:0.0} ms (miss: score + write), warm {warmTimes[2] * 1000:0.00} ms (hit, median of 5), entry {entryBytes:N0} bytes, hits {cached.Hits}"));
        }
        finally
        {
            try { Directory.Delete(cacheDir, true); } catch (IOException) { }
        }

        using var self = Process.GetCurrentProcess();
        self.Refresh();
        Console.WriteLine($"peak working set (whole benchmark process): {self.PeakWorkingSet64 / (1024.0 * 1024):0} MiB");
        return 0;
    }

    /// <summary>Median wall time of <paramref name="repeats"/> runs.</summary>
    private static double MedianSeconds(Action run, int repeats)
    {
        var times = new List<double>();
        for (int r = 0; r < repeats; r++)
        {
            var sw = Stopwatch.StartNew();
            run();
            times.Add(sw.Elapsed.TotalSeconds);
        }
        times.Sort();
        return times[times.Count / 2];
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);

    private static int[] Ints(string csv) => csv.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(x => int.Parse(x, CultureInfo.InvariantCulture)).ToArray();

    private static Dictionary<string, string> ParseArgs(string[] args)
    {
        var result = new Dictionary<string, string>();
        for (int i = 0; i < args.Length; i++)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Length)
                throw new ArgumentException($"unexpected argument '{args[i]}'");
            result[args[i][2..]] = args[++i];
        }
        return result;
    }
}
