using System.Diagnostics;
using System.Globalization;
using System.Text;

/// <summary>
/// Peak memory against number of files (issue 7): generates N small Markdown files in /tmp, runs the built CLI under
/// /usr/bin/time -v (check --no-model --format concise -q) and prints peak RSS and wall time for each N, and for one
/// large file. Usage: memory [--cli path/to/factlint.dll] [--counts 500,5000,50000] [--large-mb 16] [--clean]
/// </summary>
public static class MemoryBenchmark
{
    public static int Run(string[] args)
    {
        string cli = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "../../../../../src/FactLint.Cli/bin/Release/net10.0/factlint.dll"));
        int[] counts = [500, 5_000, 50_000];
        int largeMb = 16;
        bool clean = false;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i] == "--cli") cli = Path.GetFullPath(args[++i]);
            else if (args[i] == "--counts") counts = args[++i].Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray();
            else if (args[i] == "--large-mb") largeMb = int.Parse(args[++i], CultureInfo.InvariantCulture);
            else if (args[i] == "--clean") clean = true; // files without figures: no findings kept, to separate files from findings
        }
        if (!File.Exists(cli)) { Console.Error.WriteLine($"build the CLI first (dotnet build src/FactLint.Cli -c Release): {cli} not found"); return 2; }

        string small = "# Notes\n\nThe service answered in plain words and the team wrote it down.\n\n" + (clean ? "We had many users last week.\n" : "We had 1,234 users last week.\n");
        Console.WriteLine("| Input | Files | Bytes | Findings | Peak RSS (MB) | Wall (s) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---:|");
        foreach (int count in counts)
        {
            var dir = Directory.CreateTempSubdirectory("reliab-mem-").FullName;
            try
            {
                for (int i = 0; i < count; i++)
                {
                    var sub = Path.Combine(dir, $"d{i / 1000:D3}");
                    Directory.CreateDirectory(sub);
                    File.WriteAllText(Path.Combine(sub, $"f{i:D5}.md"), small);
                }
                Measure($"{count} small files{(clean ? ", no findings" : "")}", count, (long)count * small.Length, cli, dir);
            }
            finally { Directory.Delete(dir, recursive: true); }
        }
        if (largeMb > 0)
        {
            var dir = Directory.CreateTempSubdirectory("reliab-mem-").FullName;
            try
            {
                var para = "The service answered requests quickly and the team wrote about it in plain words; we had 1,234 users.\n\n";
                var sb = new StringBuilder();
                while (sb.Length < largeMb * 1024 * 1024) sb.Append(para);
                File.WriteAllText(Path.Combine(dir, "large.md"), sb.ToString());
                Measure($"1 file of {largeMb} MB", 1, sb.Length, cli, dir);
            }
            finally { Directory.Delete(dir, recursive: true); }
        }
        return 0;
    }

    private static void Measure(string label, int files, long bytes, string cli, string dir)
    {
        var psi = new ProcessStartInfo("/usr/bin/time") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir };
        foreach (var a in new[] { "-v", "dotnet", cli, "check", "--no-model", "--format", "concise", "-q", "." }) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        int findings = stdout.Result.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        string Field(string name) => stderr.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal))?.Split(": ", 2)[1] ?? "?";
        double rssMb = long.TryParse(Field("Maximum resident set size (kbytes)"), out long kb) ? kb / 1024.0 : double.NaN;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {label} | {files} | {bytes} | {findings} | {rssMb:F0} | {Field("Elapsed (wall clock) time (h:mm:ss or m:ss)")} |"));
    }
}
