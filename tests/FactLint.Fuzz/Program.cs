using System.Diagnostics;
using System.Text;
using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;
using FactLint.Core.Yaml;
using FactLint.Fuzz;

// Bounded-time, in-process mutation fuzzer (AFL is not needed): generates and mutates Markdown and rule-pack YAML,
// runs them through FactLint and checks invariants. Exit code 0: no invariant broken; 1: failures saved under --crashes.
int seconds = 60;
int seed = Environment.TickCount;
string crashes = Path.Combine(Path.GetTempPath(), "reliab-fuzz-crashes");
string target = "all";
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--seconds": seconds = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--seed": seed = int.Parse(args[++i], System.Globalization.CultureInfo.InvariantCulture); break;
        case "--crashes": crashes = args[++i]; break;
        case "--target": target = args[++i]; break;
        default: Console.Error.WriteLine("usage: FactLint.Fuzz [--seconds N] [--seed S] [--crashes DIR] [--target all|markdown|yaml]"); return 2;
    }
}

Console.WriteLine($"fuzz: target {target}, {seconds} s, seed {seed}, crashes to {crashes}");
var random = new Random(seed);
var deadline = Stopwatch.StartNew();
var work = Path.Combine(Path.GetTempPath(), $"reliab-fuzz-{Environment.ProcessId}");
Directory.CreateDirectory(work);
var markdown = new MarkdownTarget(MarkdownTarget.CoreProfile());
var yaml = new YamlTarget(work);
long runs = 0, failures = 0;
var slowest = TimeSpan.Zero;
try
{
    while (deadline.Elapsed < TimeSpan.FromSeconds(seconds))
    {
        bool doYaml = target == "yaml" || (target == "all" && random.Next(4) == 0);
        var input = doYaml ? yaml.Generate(random) : markdown.Generate(random);
        var watch = Stopwatch.StartNew();
        string? failure;
        try
        {
            failure = doYaml ? yaml.Run(input) : markdown.Run(input, random.Next(8) == 0 ? "fuzz.txt" : "fuzz.md");
        }
        catch (Exception e)
        {
            failure = $"unexpected {e.GetType().Name}: {e.Message}\n{e.StackTrace}";
        }
        var elapsed = watch.Elapsed;
        if (elapsed > slowest) slowest = elapsed;
        if (failure is null && elapsed > TimeSpan.FromSeconds(5)) failure = $"slow: {elapsed.TotalSeconds:F1} s for {input.Length} bytes";
        runs++;
        if (failure is not null)
        {
            failures++;
            Directory.CreateDirectory(crashes);
            var name = Path.Combine(crashes, $"{(doYaml ? "yaml" : "md")}-{seed}-{runs}.bin");
            File.WriteAllBytes(name, input);
            File.WriteAllText(name + ".txt", failure);
            Console.WriteLine($"FAIL #{failures} ({name}): {failure.Split('\n')[0]}");
            if (failures >= 20) break;
        }
    }
}
finally
{
    Directory.Delete(work, recursive: true);
}
Console.WriteLine($"fuzz: {runs} inputs in {deadline.Elapsed.TotalSeconds:F0} s, {failures} failure(s), slowest input {slowest.TotalMilliseconds:F0} ms");
return failures == 0 ? 0 : 1;
