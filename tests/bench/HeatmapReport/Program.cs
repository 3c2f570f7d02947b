// usage: HeatmapReport --model DIR --out FILE.html [--text FILE.md] [--json FILE.json] [--ansi]
// Claims are found here with a plain regex, only to have something to list; FactLint's claim finder lives in FactLint.Core.
using System.Text.RegularExpressions;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Locating;
using FactLint.LanguageModel.Reports;
using FactLint.LanguageModel.Scoring;

var opts = new Dictionary<string, string>();
for (int i = 0; i < args.Length; i++)
    opts[args[i].TrimStart('-')] = i + 1 < args.Length && !args[i + 1].StartsWith("--") ? args[++i] : "true";

var text = opts.TryGetValue("text", out var textFile) ? File.ReadAllText(textFile) : """
    # Release notes

    PostgreSQL 15 was released in October 2022. Revenue was $9.73 billion in Q3 2021, up 12.5 % year on year.
    The survey of 1,204 developers in Zürich found that 37 % use version 3.11 — “the fastest yet”, said the report.
    Median latency fell from 180 ms to 95 ms after the 2.4.1 patch (see the changelog).
    """;

using var scorer = OnnxSurprisalScorer.Load(ModelLocator.Locate(opts.GetValueOrDefault("model")),
    new ScorerOptions { Device = ExecutionDevice.Auto, Log = Console.Error.WriteLine });
var tokens = scorer.Score(text);
var claims = Regex.Matches(text, @"\$?\d+(?:[.,]\d+)*(?:\s?%| ms| billion)?|(January|February|March|April|May|June|July|August|September|October|November|December) \d{4}|“[^”]+”")
    .Select(m => new ClaimSpan(m.Index, m.Index + m.Length, m.Value.StartsWith('“') ? "quote" : m.Value.Contains('%') ? "percentage" : m.Value.StartsWith('$') ? "money" : char.IsLetter(m.Value[0]) ? "date" : "number"))
    .ToList();

using (var html = new StreamWriter(opts["out"]))
    HtmlHeatmapWriter.Write(html, "FactLint surprisal heat map", scorer.Info, text, tokens, claims);
if (opts.TryGetValue("json", out var jsonFile))
    using (var json = File.Create(jsonFile)) JsonScoreWriter.Write(json, scorer.Info, text, tokens, indented: true);
if (opts.ContainsKey("ansi")) AnsiHeatmapRenderer.Render(Console.Out, text, tokens);
Console.Error.WriteLine($"wrote {opts["out"]}: {tokens.Count} tokens, {claims.Count} claims");
