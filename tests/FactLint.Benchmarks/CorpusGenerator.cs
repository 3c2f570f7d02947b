using System.Globalization;
using System.Text;

/// <summary>
/// <c>corpus &lt;folder&gt; [--mb 24] [--seed 42] [--density docs|dense]</c>: writes realistic Markdown (READMEs, release notes,
/// API docs, reports, blog posts; 2–50 KB each) deterministic from the seed, for the <c>check</c> throughput benchmark
/// (tests/bench/check-throughput.sh). The same seed, size and density give byte-identical files. Never commit the output.
/// <para><c>docs</c> (the default) writes claims about as densely as the real Markdown of tests/bench/collect-system-markdown.sh
/// (0.73 claims per KiB there); <c>dense</c> makes three sentences in four a claim sentence (about 15 claims per KiB), a
/// stress case for claim detection and reporting. <c>dense</c> writes the corpus every figure before the sixth pass used.</para>
/// </summary>
public static class CorpusGenerator
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: corpus <folder> [--mb 24] [--seed 42] [--density docs|dense]");
            return 2;
        }
        string folder = args[0];
        double mb = 24;
        int seed = 42;
        string density = "docs";
        for (int i = 1; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--mb": mb = double.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--seed": seed = int.Parse(args[i + 1], CultureInfo.InvariantCulture); break;
                case "--density" when args[i + 1] is "docs" or "dense": density = args[i + 1]; break;
                default: Console.Error.WriteLine($"unknown option {args[i]}"); return 2;
            }
        }
        var (files, bytes) = Generate(folder, (long)(mb * 1024 * 1024), seed, density == "dense" ? 1.0 : DocsClaimShare);
        Console.WriteLine($"wrote {files} files, {bytes} bytes ({bytes / 1048576.0:F1} MiB) to {folder} (seed {seed}, density {density})");
        return 0;
    }

    /// <summary>
    /// The share of sentence slots that hold a claim sentence at density <c>docs</c>; the other slots get prose without figures.
    /// Chosen so that claims per KiB come close to the real corpus's (docs/benchmarks.md, sixth pass).
    /// </summary>
    public const double DocsClaimShare = 0.03;

    /// <param name="claimShare">1 writes the dense corpus (and draws no extra random numbers, so it stays byte-identical to
    /// the corpus of earlier passes); below 1, that share of sentences, table rows and figure captions carry claims.</param>
    public static (int Files, long Bytes) Generate(string folder, long targetBytes, int seed, double claimShare = 1.0)
    {
        Directory.CreateDirectory(folder);
        var random = new Random(seed);
        long total = 0;
        int count = 0;
        var utf8 = new UTF8Encoding(false);
        string[] areas = ["api", "guides", "releases", "reports", "blog", "projects"];
        while (total < targetBytes)
        {
            var doc = new Doc(random, claimShare);
            int size = 2048 + (int)(Math.Pow(random.NextDouble(), 1.6) * 48 * 1024); // 2–50 KB, skewed small
            string kind = areas[random.Next(areas.Length)];
            string text = doc.Write(kind, size);
            var bytes = utf8.GetBytes(text);
            string dir = Path.Combine(folder, kind, $"part{count / 100:D3}");
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, $"{kind}-{count:D5}.md"), bytes);
            total += bytes.Length;
            count++;
        }
        return (count, total);
    }

    private sealed class Doc(Random r, double claimShare)
    {
        // Dense: no extra draw, so the random stream (and the corpus) is the one earlier passes measured.
        private bool Plain() => claimShare < 1.0 && r.NextDouble() >= claimShare;

        private readonly StringBuilder _sb = new();
        private int _footnotes;
        private readonly List<string> _pendingFootnotes = new();

        private static readonly string[] Products = ["Orbit", "Lattice", "Kestrel", "Nimbus", "Quarry", "Harbor", "Ember", "Tessera", "Vantage", "Juniper", "Cobalt", "Meridian"];
        private static readonly string[] Nouns = ["cache", "scheduler", "parser", "index", "pipeline", "gateway", "queue", "worker", "resolver", "store", "planner", "client", "server", "plugin", "exporter", "runtime", "compiler", "bundle"];
        private static readonly string[] Verbs = ["reduces", "improves", "replaces", "handles", "validates", "streams", "compresses", "retries", "batches", "caches", "rewrites", "tracks", "exposes", "merges"];
        private static readonly string[] Adjectives = ["incremental", "concurrent", "lazy", "deterministic", "optional", "default", "experimental", "stable", "legacy", "shared", "persistent", "distributed", "lightweight"];
        private static readonly string[] Fillers =
        [
            "This section describes how the component behaves under normal operation.",
            "See the configuration reference for the full list of options.",
            "Most users will not need to change these settings.",
            "The behaviour is the same on every supported platform.",
            "We recommend enabling this option in production deployments.",
            "Contributions are welcome; please open an issue first to discuss the change.",
            "The examples below assume a default installation.",
            "Errors are reported with the file name and line number.",
            "When in doubt, run the command with verbose logging enabled.",
            "This keeps memory usage predictable even for large inputs.",
            "It was designed to be easy to extend without touching the core.",
            "Older clients keep working, but they miss the new features.",
        ];
        private static readonly string[] Months = CultureInfo.InvariantCulture.DateTimeFormat.MonthNames[..12];
        private static readonly string[] People = ["Ada Park", "Jonas Weber", "Maria Souza", "Liam Chen", "Priya Nair", "Tomás Ruiz", "Elena Petrova", "Kwame Mensah", "Sofia Rossi", "Hiro Tanaka"];
        private static readonly string[] Orgs = ["the Open Metrics Council", "Gartner", "the Linux Foundation", "the W3C", "the national statistics office", "our 2025 user survey", "the CNCF", "IDC"];
        private static readonly string[] Langs = ["csharp", "bash", "json", "yaml", "python", "typescript", ""];

        private T Pick<T>(T[] items) => items[r.Next(items.Length)];
        private string Product => Pick(Products);
        private string Noun => Pick(Nouns);
        private int N(int min, int max) => r.Next(min, max);
        private string Version() => r.Next(4) switch
        {
            0 => $"v{N(0, 5)}.{N(0, 20)}.{N(0, 30)}",
            1 => $"{N(1, 12)}.{N(0, 10)}",
            2 => $"{N(0, 4)}.{N(0, 15)}.{N(0, 9)}-rc.{N(1, 5)}",
            _ => $"{N(1, 9)}.{N(0, 30)}.{N(0, 200)}",
        };
        private string Date() => r.Next(4) switch
        {
            0 => $"{N(2015, 2027)}-{N(1, 13):D2}-{N(1, 29):D2}",
            1 => $"{Pick(Months)} {N(1, 29)}, {N(2010, 2027)}",
            2 => $"{N(1, 29)} {Pick(Months)} {N(2010, 2027)}",
            _ => $"{Pick(Months)} {N(2010, 2027)}",
        };
        private string Money() => r.Next(4) switch
        {
            0 => $"${N(1, 999)}.{N(0, 100):D2}",
            1 => $"€{N(1, 900)} million",
            2 => $"US${N(1, 90)},{N(0, 1000):D3}",
            _ => $"${N(1, 40)}.{N(0, 10)} billion",
        };
        private string Percent() => r.Next(3) == 0 ? $"{N(1, 99)}.{N(0, 10)}%" : $"{N(1, 100)} percent";
        private string Number() => r.Next(4) switch
        {
            0 => $"{N(2, 999)}",
            1 => $"{N(1, 999)},{N(0, 1000):D3}",
            2 => $"{N(1, 30)}.{N(0, 10)} million",
            _ => $"{N(2, 500)} {Pick(new[] { "users", "requests per second", "ms", "MB", "nodes", "files", "contributors", "downloads" })}",
        };
        private string Url() => $"https://{Pick(new[] { "example.com", "docs.example.org", "github.com/example", "stats.example.net", "blog.example.io" })}/{Noun}/{N(1, 9999)}";

        private string Phrase() => $"the {Pick(Adjectives)} {Noun}";

        // Prose without figures, dates, versions or quotes: what most sentences of real documentation are.
        private static readonly string[] Subjects = ["The {0}", "Each {0}", "A {1} {0}", "Our {0}", "This {0}", "The {1} {0} of {2}"];
        private static readonly string[] Predicates =
        [
            "{3} {4} when the {5} is not available",
            "is configured in the settings file and can be changed without a restart",
            "keeps its state between runs, so a second run only reads what changed",
            "{3} requests from {4} and reports errors with the file name",
            "should be used instead of the {1} {0} in new code",
            "does not support {4} yet; see the issue tracker for the plan",
            "was rewritten to make {4} easier to follow",
            "logs a warning and falls back to {4}",
            "can be turned off with the **--no-{0}** flag",
            "is documented in the [{0} guide](https://docs.example.org/{0}/)",
            "depends on {4}, which must be installed first",
            "is shared by every {5} in the process",
        ];

        private string PlainSentence()
        {
            string subject = string.Format(CultureInfo.InvariantCulture, Pick(Subjects), Noun, Pick(Adjectives), Product);
            string predicate = string.Format(CultureInfo.InvariantCulture, Pick(Predicates), Noun, Pick(Adjectives), Product, Pick(Verbs), Phrase(), Noun);
            return $"{subject} {predicate}.";
        }

        private string Sentence()
        {
            if (Plain()) return PlainSentence();
            int k = r.Next(20);
            string s = k switch
            {
                0 => $"{Product} {Version()} {Pick(Verbs)} {Phrase()} by {Percent()} compared to the previous release.",
                1 => $"Since {Date()}, {Phrase()} {Pick(Verbs)} more than {Number()}.",
                2 => $"The hosted plan costs {Money()} per month, while the {Pick(Adjectives)} tier is free.",
                3 => $"According to {Pick(Orgs)}, {Percent()} of teams use {Phrase()} in production.",
                4 => $"{Pick(People)} said, \"{Product} {Pick(Verbs)} {Phrase()} and it saved us {N(2, 40)} hours a week.\"",
                5 => $"In {N(2012, 2027)}, the project had {Number()} and {N(2, 900)} open issues.",
                6 => $"Use `{Noun}.{Pick(Verbs)}()` to configure {Phrase()}; see [the {Noun} guide]({Url()}).",
                7 => $"Revenue grew to {Money()} in Q{N(1, 5)} {N(2018, 2027)}, up {Percent()} year over year.[^{NextFootnote()}]",
                8 => $"The {Noun} processes about {Number()} with a median latency of {N(1, 400)} ms (Source: {Pick(Orgs)}, {N(2019, 2027)}).",
                9 => $"A survey of {N(100, 9000)} developers found that {N(2, 9)} in {N(10, 20)} prefer {Phrase()}.",
                10 => $"The {Pick(Adjectives)} mode is enabled with **--{Noun}** and _{Pick(Adjectives)}_ defaults.",
                11 => $"Upgrade from {Version()} to {Version()} before {Date()}; older versions stop receiving fixes.",
                12 => $"We measured {N(2, 80)}x faster startup on {N(2, 64)} cores with {N(4, 512)} GB of RAM.",
                13 => $"The {Noun} keeps {Phrase()} in memory and flushes it every {N(2, 60)} seconds.",
                14 => $"Read more at <{Url()}> or in the [FAQ][faq].",
                _ => Pick(Fillers),
            };
            return s;
        }

        private string NextFootnote()
        {
            _footnotes++;
            _pendingFootnotes.Add($"[^{_footnotes}]: {Pick(Orgs)}, annual report {N(2015, 2027)}, p. {N(1, 300)}. {Url()}");
            return _footnotes.ToString(CultureInfo.InvariantCulture);
        }

        private string Paragraph()
        {
            var p = new StringBuilder();
            int n = N(2, 7);
            for (int i = 0; i < n; i++)
            {
                if (i > 0) p.Append(r.Next(4) == 0 ? "\n" : " ");
                p.Append(Sentence());
            }
            return p.ToString();
        }

        private void Line(string s = "") => _sb.Append(s).Append('\n');

        private void Section(string kind, int level)
        {
            Line($"{new string('#', level)} {Title(kind)}");
            Line();
            int blocks = N(2, 7);
            for (int b = 0; b < blocks; b++)
            {
                switch (r.Next(12))
                {
                    case 0:
                    case 1:
                    case 2:
                    case 3:
                        Line(Paragraph()); break;
                    case 4:
                        for (int i = 0, n = N(3, 8); i < n; i++) Line($"{(r.Next(3) == 0 ? $"{i + 1}." : "-")} {Sentence()}");
                        break;
                    case 5:
                        Table(); break;
                    case 6:
                        Code(); break;
                    case 7 when Plain():
                        // Most block quotes in documentation are call-outs, not quotations.
                        Line($"> **{Pick(new[] { "Note", "Tip", "Warning", "Important" })}**");
                        Line($"> {Sentence()}");
                        break;
                    case 7:
                        Line($"> {Sentence()}");
                        Line($"> {Sentence()}");
                        if (r.Next(2) == 0) Line($"> — {Pick(People)}, {Date()}");
                        break;
                    case 8 when Plain():
                        Line($"![The {Phrase()}]({Noun}.png)");
                        Line();
                        Line($"*The {Phrase()} and {Phrase()}.*");
                        break;
                    case 8:
                        Line($"![Figure {N(1, 20)}: {Phrase()} throughput]({Noun}-{N(1, 99)}.png)");
                        Line();
                        Line($"*Figure {N(1, 20)}. Throughput of {Phrase()} grew from {Number()} to {Number()}.*");
                        break;
                    case 9:
                        Line($"- [ ] {Sentence()}");
                        Line($"- [x] {Sentence()}");
                        Line($"  - {Sentence()}");
                        Line($"  - {Sentence()}");
                        break;
                    case 10:
                        Line($"<!-- TODO: check the {Noun} figures with {Pick(People)} -->");
                        Line(Paragraph());
                        break;
                    default:
                        Line($"**Note:** {Sentence()}"); break;
                }
                Line();
            }
        }

        private string Title(string kind) => kind switch
        {
            "releases" => $"{Product} {Version()} ({Date()})",
            "api" => $"`{Noun}.{Pick(Verbs)}` — {Pick(Adjectives)} {Noun}",
            _ => $"{char.ToUpperInvariant(Pick(Adjectives)[0])}{Pick(Adjectives)[1..]} {Noun} {Pick(new[] { "overview", "details", "usage", "results", "limits", "migration" })}",
        };

        private void Table()
        {
            if (Plain())
            {
                Line("| Option | Default | Meaning |");
                Line("|--------|---------|---------|");
                for (int i = 0, n = N(3, 10); i < n; i++) Line($"| `--{Noun}` | `{Pick(Adjectives)}` | {Pick(Verbs)} {Phrase()} |");
                return;
            }
            Line("| Version | Released | Downloads | Change |");
            Line("|---------|----------|----------:|--------|");
            for (int i = 0, n = N(3, 10); i < n; i++) Line($"| {Version()} | {Date()} | {Number()} | {Pick(Verbs)} {Phrase()} |");
        }

        private void Code()
        {
            Line($"```{Pick(Langs)}");
            for (int i = 0, n = N(3, 15); i < n; i++)
                Line($"{new string(' ', 4 * N(0, 3))}{Noun}.{Pick(Verbs)}(\"{Product}\", {N(0, 10000)}, version: \"{Version()}\"); // {Pick(Adjectives)}");
            Line("```");
        }

        public string Write(string kind, int targetSize)
        {
            if (r.Next(3) == 0)
            {
                Line("---");
                Line($"title: {Product} {Noun}");
                Line($"date: {N(2015, 2027)}-{N(1, 13):D2}-{N(1, 29):D2}");
                Line($"version: {Version()}");
                Line("---");
                Line();
            }
            Line($"# {Product} {(kind == "releases" ? "release notes" : kind == "api" ? "API reference" : Noun)}");
            Line();
            Line(Paragraph());
            Line();
            while (_sb.Length < targetSize)
            {
                Section(kind, 2);
                if (r.Next(3) == 0) Section(kind, 3);
            }
            Line("[faq]: https://example.com/faq");
            Line();
            foreach (var f in _pendingFootnotes) Line(f);
            return _sb.ToString();
        }
    }
}
