using System.Globalization;
using System.Text.Json;
using FactLint.Core.Claims;
using FactLint.Core.Documents;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.LanguageModel;
using FactLint.LanguageModel.Scoring;

namespace FactLint.Benchmarks.Evaluation;

/// <summary>
/// How well the engine's surprisal separates claims that need a source ("detail") from common knowledge ("common"),
/// on labelled sentences (../shared/eval/claims-dev.jsonl by default), through the same C# path as `factlint check`.
/// Prints AUC for max/mean/sum token bits, the baseline "every number is a claim", detection recall,
/// and what each candidate `exempt_below` threshold would exempt.
/// Usage: claim-eval [--model DIR] [--data FILE]
/// </summary>
public static class ClaimSurprisalEvaluation
{
    private sealed record Item(string Text, string Claim, bool Detail);

    public static int Run(string[] args)
    {
        string? model = Arg(args, "--model");
        string data = Arg(args, "--data") ?? FindDevData();
        var items = File.ReadLines(data).Where(l => l.Trim().Length > 0).Select(l =>
        {
            using var j = JsonDocument.Parse(l);
            var r = j.RootElement;
            return new Item(r.GetProperty("text").GetString()!, r.GetProperty("claim").GetString()!, r.GetProperty("label").GetString() == "detail");
        }).ToList();

        using var scorer = ScorerFactory.Create(model, new ScorerOptions { Device = FactLint.LanguageModel.Execution.ExecutionDevice.Cpu });
        var detection = new ClaimDetection(ClaimDetection.DefaultDetectors());
        var rows = new List<(Item Item, ClaimSurprisal Score, bool Detected)>();
        foreach (var item in items)
        {
            int start = item.Text.IndexOf(item.Claim, StringComparison.Ordinal);
            if (start < 0) { Console.Error.WriteLine($"claim not in text: {item.Claim}"); continue; }
            int end = start + item.Claim.Length;
            var tokens = scorer.Score(item.Text);
            var score = ClaimSurprisal.Over(tokens, start, end);
            if (score is null) continue;
            var claims = detection.Detect(FactLint.Core.Engine.FileLinter.Parse(new SourceText("eval.md", item.Text)));
            bool detected = claims.Any(c => c.SourceSpan.Start < end && start < c.SourceSpan.End);
            rows.Add((item, score, detected));
        }

        Console.WriteLine($"data: {data} ({rows.Count} claims: {rows.Count(r => r.Item.Detail)} detail, {rows.Count(r => !r.Item.Detail)} common)");
        Console.WriteLine($"model: {scorer.Info.Name} sha256 {scorer.Info.Sha256[..12]}… on {scorer.Info.Device}");
        Console.WriteLine();
        Console.WriteLine("| score | AUC (detail vs common) |");
        Console.WriteLine("|---|---|");
        Console.WriteLine($"| max token bits | {Auc(rows.Select(r => (r.Score.MaxBits, r.Item.Detail))):0.000} |");
        Console.WriteLine($"| mean token bits | {Auc(rows.Select(r => (r.Score.MeanBits, r.Item.Detail))):0.000} |");
        Console.WriteLine($"| sum of token bits | {Auc(rows.Select(r => (r.Score.SumBits, r.Item.Detail))):0.000} |");
        Console.WriteLine($"| every number is a claim (constant) | {Auc(rows.Select(r => (1.0, r.Item.Detail))):0.000} |");
        Console.WriteLine();
        // Split by label: a common claim that is not detected is never reported, which is the outcome wanted for it.
        Console.WriteLine($"detection recall (a detected claim overlaps the labelled one): {rows.Count(r => r.Detected)}/{rows.Count}"
            + $" (detail {rows.Count(r => r.Detected && r.Item.Detail)}/{rows.Count(r => r.Item.Detail)}, common {rows.Count(r => r.Detected && !r.Item.Detail)}/{rows.Count(r => !r.Item.Detail)})");
        foreach (var r in rows.Where(r => !r.Detected))
            Console.WriteLine($"  missed ({(r.Item.Detail ? "detail" : "common")}): {r.Item.Claim}  in  {r.Item.Text}");
        Console.WriteLine();
        foreach (var (name, value, thresholds) in new (string, Func<ClaimSurprisal, double>, double[])[]
                 {
                     ("sum", c => c.SumBits, [10, 15, 20, 25, 30, 35, 40, 50]),
                     ("max", c => c.MaxBits, [6, 8, 10, 12, 14, 16]),
                 })
        {
            Console.WriteLine($"| exempt_below ({name} bits) | common exempted | detail wrongly exempted |");
            Console.WriteLine("|---|---|---|");
            int common = rows.Count(r => !r.Item.Detail), detail = rows.Count(r => r.Item.Detail);
            foreach (var threshold in thresholds)
            {
                int commonExempt = rows.Count(r => !r.Item.Detail && value(r.Score) < threshold);
                int detailExempt = rows.Count(r => r.Item.Detail && value(r.Score) < threshold);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {threshold:0} | {commonExempt}/{common} | {detailExempt}/{detail} |"));
            }
            Console.WriteLine();
        }
        if (args.Contains("--list"))
            foreach (var r in rows.OrderBy(r => r.Score.SumBits))
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{r.Score.SumBits,6:0.0} {r.Score.MaxBits,6:0.0} {r.Score.MeanBits,6:0.0} {(r.Item.Detail ? "detail" : "common"),-6} {r.Item.Claim}"));
        return 0;
    }

    /// <summary>Probability that a random detail claim scores higher than a random common one (ties count half).</summary>
    public static double Auc(IEnumerable<(double Score, bool Positive)> scored)
    {
        var list = scored.ToList();
        var pos = list.Where(x => x.Positive).Select(x => x.Score).ToList();
        var neg = list.Where(x => !x.Positive).Select(x => x.Score).ToList();
        if (pos.Count == 0 || neg.Count == 0) return double.NaN;
        double wins = 0;
        foreach (var p in pos)
            foreach (var n in neg)
                wins += p > n ? 1 : p == n ? 0.5 : 0;
        return wins / (pos.Count * (double)neg.Count);
    }

    private static string? Arg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string FindDevData()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", "claims-dev.jsonl");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("claims-dev.jsonl not found in a shared/eval folder above the current one; pass --data FILE");
    }
}
