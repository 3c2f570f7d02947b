using System.Diagnostics;
using System.Globalization;
using System.Text;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Verification.Sources;

/// <summary>
/// <c>citations [--sources N] [--claims M]</c>: M cited claims (default 5,000) spread over documents, checked against N
/// generated sources (default 1,000: Markdown, HTML and CSV). Times a cold run (empty index cache) and a warm run (cache filled).
/// </summary>
internal static class CitationBenchmark
{
    public static int Run(string[] args)
    {
        int sources = Option(args, "--sources", 1000), claims = Option(args, "--claims", 5000);
        var root = Path.Combine(Path.GetTempPath(), "cite-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            var sw = Stopwatch.StartNew();
            Generate(root, sources, claims);
            Console.WriteLine($"generated {sources} sources and {claims} cited claims in {sw.Elapsed.TotalSeconds:0.00} s under {root}");
            foreach (var label in new[] { "cold (empty cache)", "warm (index cache filled)" })
            {
                sw.Restart();
                var result = LintRun.Execute(new LintRunOptions
                {
                    Inputs = [Path.Combine(root, "docs")],
                    WorkingDirectory = root,
                    ServicesFor = c => new LintServices(SourceLibrary.For(c)),
                });
                var elapsed = sw.Elapsed;
                int lossy = result.Diagnostics.Count(d => d.Code == "FL202");
                Console.WriteLine($"{label}: {elapsed.TotalSeconds:0.00} s for {result.FilesChecked} files, {result.ClaimCount} claims, {result.Diagnostics.Count} findings ({lossy} FL202); {result.ClaimCount / elapsed.TotalSeconds:0} claims/s");
            }
            return 0;
        }
        finally
        {
            try { Directory.Delete(root, recursive: true); } catch (IOException) { }
        }
    }

    private static int Option(string[] args, string name, int fallback)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string RulesCore()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactLint.sln"))) return Path.Combine(dir.FullName, "rules", "core");
        throw new InvalidOperationException("FactLint.sln not found");
    }

    private static void Generate(string root, int sourceCount, int claimCount)
    {
        Directory.CreateDirectory(Path.Combine(root, ".git"));
        Directory.CreateDirectory(Path.Combine(root, "sources"));
        Directory.CreateDirectory(Path.Combine(root, "docs"));
        File.WriteAllText(Path.Combine(root, ".factlint.yaml"), $"packs: [\"{RulesCore().Replace("\\", "/")}\"]\nmodel: none\n");
        var random = new Random(42);
        var names = new string[sourceCount];
        var figures = new decimal[sourceCount][];
        for (int s = 0; s < sourceCount; s++)
        {
            var ext = (s % 3) switch { 0 => "md", 1 => "html", _ => "csv" };
            names[s] = $"source-{s:D4}.{ext}";
            figures[s] = Enumerable.Range(0, 60).Select(_ => random.Next(100, 999_999) / 100m).ToArray();
            var sb = new StringBuilder();
            if (ext == "html") sb.Append("<html><body><h1>Report</h1>\n");
            if (ext == "csv") sb.Append("item,value,share\n");
            for (int i = 0; i < figures[s].Length; i++)
            {
                var v = figures[s][i].ToString("#,##0.00", CultureInfo.InvariantCulture);
                sb.Append(ext switch
                {
                    "html" => $"<p>Line item {i} came to ${v} million, a share of {i % 50}.5%, as of March {1 + i % 28}, 2021.</p>\n",
                    "csv" => $"item {i},{figures[s][i].ToString(CultureInfo.InvariantCulture)},{i % 50}.5\n",
                    _ => $"Line item {i} came to ${v} million, a share of {i % 50}.5 percent, as of 2021-03-{1 + i % 28:D2}. " +
                         "The analysts wrote that \"growth in the segment stayed steady through the year\" in their note.\n\n",
                });
            }
            if (ext == "html") sb.Append("</body></html>\n");
            File.WriteAllText(Path.Combine(root, "sources", names[s]), sb.ToString());
        }

        const int perDoc = 50;
        for (int d = 0; d * perDoc < claimCount; d++)
        {
            var sb = new StringBuilder($"# Document {d}\n\n");
            for (int c = d * perDoc; c < Math.Min(claimCount, (d + 1) * perDoc); c++)
            {
                int s = random.Next(sourceCount);
                var value = figures[s][random.Next(figures[s].Length)];
                if (c % 10 == 0) value += 0.01m; // one claim in ten drifted
                var text = names[s].EndsWith(".csv", StringComparison.Ordinal)
                    ? $"The item came to {value.ToString("#,##0.00", CultureInfo.InvariantCulture)} units ([data](../sources/{names[s]}))."
                    : $"The item came to ${value.ToString("#,##0.00", CultureInfo.InvariantCulture)} million ([report](../sources/{names[s]})).";
                sb.Append(text).Append("\n\n");
            }
            File.WriteAllText(Path.Combine(root, "docs", $"doc-{d:D4}.md"), sb.ToString());
        }
    }
}
