// Each benchmark is one class with a static Run(string[] args) returning an exit code.
// Add a line here when you add a benchmark.
var benchmarks = new Dictionary<string, Func<string[], int>>(StringComparer.OrdinalIgnoreCase)
{
    ["surprisal"] = FactLint.Benchmarks.Surprisal.SurprisalBenchmark.Run,
    ["claim-eval"] = FactLint.Benchmarks.Evaluation.ClaimSurprisalEvaluation.Run,
    ["gate-eval"] = FactLint.Benchmarks.Evaluation.GateEvaluation.Run,
    ["corpus"] = CorpusGenerator.Run,
    ["check-phases"] = CheckPhases.Run,
    ["citations"] = CitationBenchmark.Run,
    ["memory"] = MemoryBenchmark.Run,
};

if (args.Length == 0 || !benchmarks.TryGetValue(args[0], out var run))
{
    Console.Error.WriteLine($"usage: FactLint.Benchmarks <{string.Join('|', benchmarks.Keys)}> [options]");
    return 2;
}
return run(args[1..]);
