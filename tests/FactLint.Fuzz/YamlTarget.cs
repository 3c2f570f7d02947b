using System.Text;
using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Rules;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;
using FactLint.Core.Yaml;

namespace FactLint.Fuzz;

/// <summary>
/// Mutated pack.yaml + rule file → PackLoader.TryLoad. Allowed: problems (FL9xx, inside the pack's files, line ≥ 1).
/// Never allowed: an exception. A pack that loads is then run over a sample document (FL904 timeouts allowed).
/// </summary>
internal sealed class YamlTarget(string work)
{
    private static readonly string[] Seeds =
    [
        "name: fuzz\ndescription: d\nclaims:\n  common: [100%, 24 hours]\n  common_patterns: ['\\d+ days']\n  version_products: [Python]\n  patterns:\n    - kind: number\n      regex: '\\b\\d+ widgets\\b'\ncitations:\n  reach: sentence\n  source_labels: [Source]\n  source_line_covers_neighbour: true\n  row_citation_covers_row: false\n",
        "code: FL150\nname: fuzz-rule\nextends: unsourced-claim\nkinds: [number, percentage]\nlevel: warning\nscope: [paragraph, list]\nexceptions: ['^1\\d{3}$']\nmessage: \"x {claim}\"\nsurprisal:\n  exempt_below: 6\n  raise_above: 18\n",
    ];

    private static readonly string[] Tokens =
    [
        "&a ", "*a", "<<: *a", "? ", ": ", "- ", "[", "]", "{", "}", "!include /etc/passwd", "!!binary ", "!!python/object:os.system ", "---\n", "...\n",
        "|\n  ", ">\n  ", "'", "\"", "#", "\t", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "regex: '(a+)+$'", "regex: '(?=(a+)+!)a'", "regex: '('",
        "kind: quote", "level: [x]", "extends: surprisal", "enabled: maybe", "code: FL9999", "\u0000", "\uFEFF", "\uD83D\uDE00",
    ];

    private const string Sample = "We had 1,234 users, 5% growth and $9 million. \"A quoted sentence of six words here,\" said Jo.\n\n| a | b |\n|---|---|\n| 12 | 13 |\n";

    public byte[] Generate(Random random)
    {
        int which = random.Next(2);
        var seed = Encoding.UTF8.GetBytes(Seeds[which]);
        var mutated = Mutator.Mutate(random, seed, Tokens);
        return [(byte)which, .. mutated];
    }

    public string? Run(byte[] input)
    {
        var pack = Path.Combine(work, "pack");
        if (Directory.Exists(pack)) Directory.Delete(pack, recursive: true);
        Directory.CreateDirectory(pack);
        var body = input.AsSpan(1).ToArray();
        File.WriteAllBytes(Path.Combine(pack, "pack.yaml"), input[0] == 0 ? body : Encoding.UTF8.GetBytes("name: fuzz\n"));
        File.WriteAllBytes(Path.Combine(pack, "rule.yaml"), input[0] == 1 ? body : Encoding.UTF8.GetBytes(Seeds[1]));
        var problems = new List<YamlProblem>();
        var loaded = PackLoader.TryLoad(pack, problems);
        foreach (var p in problems)
        {
            if (!p.Code.StartsWith("FL9", StringComparison.Ordinal)) return $"problem with a non-engine code {p.Code}";
            if (p.Line < 1 || p.Column < 1) return $"problem without a place: {p}";
            if (!Path.GetFullPath(p.Path).StartsWith(pack, StringComparison.Ordinal)) return $"problem outside the pack: {p.Path}";
            if (string.IsNullOrWhiteSpace(p.Message)) return "problem without a message";
        }
        if (loaded is null) return problems.Count == 0 ? "pack refused without a problem" : null;
        if (problems.Count > 0) return "pack loaded despite problems";
        var profile = LintProfile.Load(new FactLintConfig { Directory = work, Packs = [pack] });
        var result = FileLinter.Lint(SourceText.FromString(Sample, "sample.md"), profile, LintServices.ForFolder(work));
        foreach (var d in result.Diagnostics)
            if (d.Code.StartsWith("FL9", StringComparison.Ordinal) && d.Code != "FL904") return $"engine diagnostic from a loaded pack: {d.Code} {d.Message}";
        return null;
    }
}
