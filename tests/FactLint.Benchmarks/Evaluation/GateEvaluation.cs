using System.Globalization;
using System.Text.Json;
using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.LanguageModel;
using FactLint.LanguageModel.Scoring;

namespace FactLint.Benchmarks.Evaluation;

/// <summary>
/// Candidate gate statistics, through the same passage scoring as `factlint check`:
/// AUC detail-vs-common on claims-dev.jsonl (with claim-length baselines), what a GLTR-style gate
/// (every claim token within the model's top k with probability at least p) would exempt, and on
/// real-dev: AUC of labelled claim lines vs false-alarm lines, what the gate would exempt there, and how much
/// left context the statistic needs (passages of N characters against the whole file).
/// Usage: gate-eval [--model DIR] [--data claims-dev.jsonl] [--real DIR holding docs/ and labels/]
/// </summary>
public static class GateEvaluation
{
    private sealed record Row(ClaimSurprisal Score, string Claim, bool Positive, string Source);

    private static readonly (string Name, Func<Row, double> Value)[] Statistics =
    [
        ("sum of token bits", r => r.Score.SumBits),
        ("max token bits", r => r.Score.MaxBits),
        ("mean token bits", r => r.Score.MeanBits),
        ("max token rank (log2)", r => Math.Log2(Math.Max(1, r.Score.MaxRank))),
        ("mean log2 token rank", r => r.Score.Tokens.Average(t => Math.Log2(Math.Max(1, t.Rank)))),
        ("tokens outside top 10", r => r.Score.Tokens.Count(t => t.Rank > 10)),
        ("digit tokens: sum bits", r => DigitTokens(r).Sum(t => t.Bits)),
        ("digit tokens: max bits", r => DigitTokens(r).Select(t => t.Bits).DefaultIfEmpty(0).Max()),
        ("digit tokens: max rank (log2)", r => Math.Log2(Math.Max(1, DigitTokens(r).Select(t => t.Rank).DefaultIfEmpty(1).Max()))),
        ("baseline: tokens in the claim", r => r.Score.Tokens.Count),
        ("baseline: characters in the claim", r => r.Claim.Length),
        ("baseline: digits in the claim", r => r.Claim.Count(char.IsAsciiDigit)),
        ("baseline: constant", _ => 1.0),
    ];

    /// <summary>The claim's tokens that hold a digit: the figure without its unit words.</summary>
    private static IEnumerable<TokenSurprisal> DigitTokens(Row r) =>
        r.Score.Tokens.Where(t => r.Source.AsSpan(t.Start, t.End - t.Start).IndexOfAnyInRange('0', '9') >= 0);

    public static int Run(string[] args)
    {
        string? model = Arg(args, "--model");
        using var scorer = ScorerFactory.Create(model, new ScorerOptions { Device = FactLint.LanguageModel.Execution.ExecutionDevice.Cpu });
        Console.WriteLine($"model: {scorer.Info.Name} sha256 {scorer.Info.Sha256[..12]}… on {scorer.Info.Device}; passages: {ClaimPassages.DefaultContextChars} characters of left context");
        var dev = DevRows(scorer, Arg(args, "--data") ?? Find("claims-dev.jsonl"));
        Console.WriteLine($"\n## claims-dev ({dev.Count(r => r.Positive)} detail, {dev.Count(r => !r.Positive)} common; positive = detail)\n");
        PrintAuc(dev);
        PrintGateTable(dev, "common exempted", "detail wrongly exempted");

        var real = Arg(args, "--real") ?? Path.GetDirectoryName(Find(Path.Combine("real-dev", "score.sh")))!;
        var (rows, context) = RealRows(scorer, real);
        Console.WriteLine($"\n## real-dev detected claims ({rows.Count(r => r.Positive)} on labelled claim lines, {rows.Count(r => !r.Positive)} on other lines)\n");
        PrintAuc(rows);
        PrintGateTable(rows, "false-alarm claims exempted", "labelled claims wrongly exempted");
        Console.WriteLine("\n## left context needed (real-dev; against the whole file scored in 256-token windows)\n");
        Console.WriteLine("| left context (chars) | positions scored | mean abs. change in max bits | same top-10 decision |");
        Console.WriteLine("|---:|---:|---:|---:|");
        foreach (var line in context) Console.WriteLine(line);
        return 0;
    }

    private static List<Row> DevRows(ISurprisalScorer scorer, string data)
    {
        var rows = new List<Row>();
        foreach (var line in File.ReadLines(data).Where(l => l.Trim().Length > 0))
        {
            using var j = JsonDocument.Parse(line);
            var text = j.RootElement.GetProperty("text").GetString()!;
            var claim = j.RootElement.GetProperty("claim").GetString()!;
            int start = text.IndexOf(claim, StringComparison.Ordinal);
            if (start < 0) continue;
            var score = ClaimPassages.ScoreEach(scorer, text, [(start, start + claim.Length)])[0];
            if (score is not null) rows.Add(new Row(score, claim, j.RootElement.GetProperty("label").GetString() == "detail", text));
        }
        return rows;
    }

    private static (List<Row> Rows, List<string> Context) RealRows(ISurprisalScorer scorer, string folder)
    {
        var profile = LintProfile.Load(FactLintConfig.Default(folder));
        int[] contexts = [0, 40, 80, 160, 320, 640];
        var positions = new long[contexts.Length];
        var drift = new double[contexts.Length];
        var agree = new int[contexts.Length];
        long fullPositions = 0;
        int claimsCompared = 0;
        var rows = new List<Row>();
        foreach (var path in Directory.GetFiles(Path.Combine(folder, "docs"), "*.md").Order(StringComparer.Ordinal))
        {
            var source = SourceFileReader.Read(path);
            var labels = File.ReadLines(Path.Combine(folder, "labels", Path.GetFileNameWithoutExtension(path) + ".txt"))
                .Where(l => l.Trim().Length > 0).Select(l => int.Parse(l.Split('\t')[0], CultureInfo.InvariantCulture)).ToHashSet();
            var claims = profile.Detection.Detect(FileLinter.Parse(source, profile.InlineGate)).Where(c => !c.IsCommon).ToList();
            if (claims.Count == 0) continue;
            var spans = claims.Select(c => c.SourceSpan).ToList();
            var full = scorer.Score(source.Text);
            fullPositions += full.Count;
            var chosen = ClaimPassages.ScoreEach(scorer, source.Text, spans);
            foreach (var (claim, span, score) in claims.Zip(spans, chosen))
                if (score is { } s)
                    rows.Add(new Row(s, claim.Text, labels.Contains(source.PositionOf(span.Start).Line), source.Text));
            for (int c = 0; c < contexts.Length; c++)
            {
                positions[c] += scorer.ScoreMany(ClaimPassages.Plan(source.Text, spans, contexts[c]).Select(p => source.Text[p.Start..p.End]).ToList()).Sum(t => t.Count);
                var bounded = ClaimPassages.ScoreEach(scorer, source.Text, spans, contexts[c]);
                foreach (var (span, score) in spans.Zip(bounded))
                {
                    if (ClaimSurprisal.Over(full, span.Start, span.End) is not { } f || score is not { } b) continue;
                    drift[c] += Math.Abs(f.MaxBits - b.MaxBits);
                    if ((f.MaxRank <= 10) == (b.MaxRank <= 10)) agree[c]++;
                    if (c == 0) claimsCompared++;
                }
            }
        }
        var lines = contexts.Select((n, c) => string.Create(CultureInfo.InvariantCulture,
            $"| {n} | {positions[c]:N0} ({100.0 * positions[c] / fullPositions:0}% of {fullPositions:N0}) | {drift[c] / claimsCompared:0.00} | {agree[c]}/{claimsCompared} |")).ToList();
        return (rows, lines);
    }

    private static void PrintAuc(List<Row> rows)
    {
        Console.WriteLine("| statistic | AUC |");
        Console.WriteLine("|---|---:|");
        foreach (var (name, value) in Statistics)
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {name} | {ClaimSurprisalEvaluation.Auc(rows.Select(r => (value(r), r.Positive))):0.000} |"));
    }

    private static void PrintGateTable(List<Row> rows, string negativeLabel, string positiveLabel)
    {
        Console.WriteLine($"\n| gate: every claim token in top k with p ≥ floor | {negativeLabel} | {positiveLabel} |");
        Console.WriteLine("|---|---:|---:|");
        int negatives = rows.Count(r => !r.Positive), positives = rows.Count(r => r.Positive);
        foreach (int k in new[] { 1, 3, 10, 50 })
            foreach (double floor in new[] { 0.5, 0.1, 0.01, 0.0 })
            {
                bool Exempt(Row r) => r.Score.Tokens.All(t => t.Rank <= k && Math.Pow(2, -t.Bits) >= floor);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"| k = {k}, floor {floor:0.##} | {rows.Count(r => !r.Positive && Exempt(r))}/{negatives} | {rows.Count(r => r.Positive && Exempt(r))}/{positives} |"));
            }
    }

    private static string? Arg(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }

    private static string Find(string relative)
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "eval", relative);
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException($"{relative} not found in a shared/eval folder above the current one");
    }
}
