using System.Diagnostics;
using FactLint.Core.Citations;
using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;

/// <summary>
/// <c>check-phases &lt;folder&gt; [--repeat 1]</c>: single-threaded time per phase of <c>check --no-model</c> over every .md file
/// in a folder (read, parse + prose extraction, claim detection, citation index, whole FileLinter.Lint), to find hot spots.
/// The phases are timed separately; "lint (all)" repeats parse and detection inside FileLinter.Lint, so rules and
/// suppression cost about lint − parse − detect − citations.
/// </summary>
public static class CheckPhases
{
    public static int Run(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine("usage: check-phases <folder> [--repeat 1]");
            return 2;
        }
        int repeat = args.Length >= 3 && args[1] == "--repeat" ? int.Parse(args[2]) : 1;
        var files = Directory.EnumerateFiles(args[0], "*.md", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var config = ConfigLoader.Find(args[0]) is { } path ? ConfigLoader.Load(path) : FactLintConfig.Default(args[0]);
        var profile = LintProfile.Load(config);
        var services = LintServices.ForFolder(config.Directory);

        var sources = files.Select(f => SourceFileReader.Read(f)).ToList();
        long bytes = files.Sum(f => new FileInfo(f).Length);
        // Warm up the JIT on a few files.
        foreach (var s in sources.Take(20)) FileLinter.Lint(s, profile, services);

        for (int rep = 0; rep < repeat; rep++)
        {
            var read = Stopwatch.StartNew();
            foreach (var f in files) SourceFileReader.Read(f);
            read.Stop();

            // The floor under parse+extract: Markdig alone, with FactLint's pipeline and with the plain CommonMark one.
            var markdig = Stopwatch.StartNew();
            foreach (var s in sources) Markdig.Markdown.Parse(s.Text, FactLint.Core.Parsing.MarkdownProseExtractor.Pipeline);
            markdig.Stop();
            var commonMark = Stopwatch.StartNew();
            foreach (var s in sources) Markdig.Markdown.Parse(s.Text);
            commonMark.Stop();

            // Every paragraph parsed, as before the inline-parse gate (cited sources are still parsed this way).
            var ungated = Stopwatch.StartNew();
            long allBlocks = 0;
            foreach (var s in sources) allBlocks += FileLinter.Parse(s).Blocks.Count;
            ungated.Stop();
            long gatedBlocks = sources.Sum(s => (long)FileLinter.Parse(s, profile.InlineGate).Blocks.Count);

            var parse = new Stopwatch();
            var detect = new Stopwatch();
            var cite = new Stopwatch();
            var lint = new Stopwatch();
            long claims = 0, findings = 0, lintAllocated = 0, parseAllocated = 0, detectAllocated = 0;
            int gcsBefore = GC.CollectionCount(0);
            foreach (var source in sources)
            {
                long a0 = GC.GetAllocatedBytesForCurrentThread();
                parse.Start();
                var document = FileLinter.Parse(source, profile.InlineGate);
                parse.Stop();
                long a1 = GC.GetAllocatedBytesForCurrentThread();
                detect.Start();
                var found = profile.Detection.Detect(document);
                detect.Stop();
                parseAllocated += a1 - a0;
                detectAllocated += GC.GetAllocatedBytesForCurrentThread() - a1;
                claims += found.Count;
                cite.Start();
                _ = new CitationIndex(document, profile.Citations);
                cite.Stop();
                long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
                lint.Start();
                findings += FileLinter.Lint(source, profile, services).Diagnostics.Count;
                lint.Stop();
                lintAllocated += GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            }
            double mb = bytes / 1048576.0;
            void Row(string name, Stopwatch sw) =>
                Console.WriteLine($"{name,-22} {sw.Elapsed.TotalSeconds,8:F2} s {mb / sw.Elapsed.TotalSeconds,9:F1} MiB/s");
            Console.WriteLine($"{files.Count} files, {mb:F1} MiB, {claims} claims, {findings} findings, inline-parse gate {(profile.InlineGate is null ? "off" : "on")} (run {rep + 1}/{repeat})");
            Row("read", read);
            Row("  Markdig alone", markdig);
            Row("  Markdig CommonMark", commonMark);
            Row("parse+extract", parse);
            Row("  without the gate", ungated);
            Console.WriteLine($"{"  prose blocks",-22} {gatedBlocks} with the gate, {allBlocks} without");
            Row("detect claims", detect);
            Row("citation index", cite);
            Row("lint (all phases)", lint);
            Console.WriteLine($"{"  allocated by lint",-22} {lintAllocated / 1048576.0,8:F0} MiB ({lintAllocated / (double)bytes:F1} bytes per input byte); {GC.CollectionCount(0) - gcsBefore} gen0 GCs in the run");
            Console.WriteLine($"{"  of which",-22} parse+extract {parseAllocated / (double)bytes:F1}, detect {detectAllocated / (double)bytes:F1} bytes per input byte");
            // Each built-in detector alone over the same prose, timed on its second pass (the first one runs unoptimised JIT code).
            var documents = sources.Select(s => FileLinter.Parse(s, profile.InlineGate)).ToList();
            var scratch = new List<FactLint.Core.Documents.Claim>();
            foreach (var detector in FactLint.Core.Claims.ClaimDetection.DefaultDetectors())
            {
                foreach (var document in documents)
                    foreach (var block in document.Blocks) { scratch.Clear(); detector.Detect(block, scratch); }
                long allocated = GC.GetAllocatedBytesForCurrentThread();
                var sw = Stopwatch.StartNew();
                foreach (var document in documents)
                    foreach (var block in document.Blocks) { scratch.Clear(); detector.Detect(block, scratch); }
                sw.Stop();
                allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
                Console.WriteLine($"{"  " + detector.GetType().Name,-22} {sw.Elapsed.TotalSeconds,8:F2} s {mb / sw.Elapsed.TotalSeconds,9:F1} MiB/s {allocated / (double)bytes,6:F1} B/B");
            }
            var rest = lint.Elapsed - parse.Elapsed - detect.Elapsed - cite.Elapsed;
            Console.WriteLine($"{"rules+suppress (est.)",-22} {rest.TotalSeconds,8:F2} s");
        }
        // The whole run as the CLI does it (LintRun on one thread), then the concise output into a null stream.
        var runWatch = Stopwatch.StartNew();
        var folder = Path.GetFullPath(args[0]);
        var result = LintRun.Execute(new LintRunOptions { Inputs = [folder], WorkingDirectory = folder, MaxParallelism = 1 });
        runWatch.Stop();
        var outWatch = Stopwatch.StartNew();
        var context = new FactLint.Core.Output.OutputContext(Directory.GetCurrentDirectory(), result.Profiles.SelectMany(p => p.Rules).DistinctBy(r => r.Code).ToList(), result.FilesChecked, "bench");
        using (var writer = new StreamWriter(Stream.Null))
            new FactLint.Core.Output.ConciseFormatter().Write(result.Diagnostics, context, writer);
        outWatch.Stop();
        Console.WriteLine($"{"LintRun.Execute",-22} {runWatch.Elapsed.TotalSeconds,8:F2} s ({result.Diagnostics.Count} findings)");
        Console.WriteLine($"{"concise output",-22} {outWatch.Elapsed.TotalSeconds,8:F2} s");
        return 0;
    }
}
