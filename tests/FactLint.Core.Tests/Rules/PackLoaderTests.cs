using FactLint.Core.Diagnostics;
using FactLint.Core.Rules;
using FactLint.Core.Yaml;
using FactLint.Tests.Shared;

namespace FactLint.Core.Tests.Rules;

public class PackLoaderTests
{
    private static string Pack(params (string File, string Yaml)[] files)
    {
        var dir = TestDocuments.TempDirectory();
        if (!files.Any(f => f.File == "pack.yaml")) File.WriteAllText(Path.Combine(dir, "pack.yaml"), "name: test\n");
        foreach (var (file, yaml) in files) File.WriteAllText(Path.Combine(dir, file), yaml);
        return dir;
    }

    private const string ValidRule = "code: FL101\nextends: unsourced-claim\nkinds: [number]\nmessage: \"'{claim}' needs a source\"\n";

    [Fact]
    public void The_core_pack_loads_with_stable_codes()
    {
        var pack = PackLoader.Load(Path.Combine(TestDocuments.RulesDirectory(), "core"));
        Assert.Equal("core", pack.Name);
        Assert.Contains(pack.Rules, r => r.Code == "FL101" && r.Name == "unsourced-number");
        Assert.All(pack.Rules, r => Assert.Matches("^FL[123]\\d\\d$", r.Code));
        Assert.All(pack.Rules, r => Assert.Contains("## What it does", r.Description));
    }

    [Fact]
    public void A_valid_rule_loads()
    {
        var pack = PackLoader.Load(Pack(("number.yaml", ValidRule)));
        var rule = Assert.Single(pack.Rules);
        Assert.Equal(Severity.Warning, rule.Level);
        Assert.Equal("number", rule.Name);
    }

    [Fact]
    public void Broken_yaml_is_reported_with_file_and_line()
    {
        var dir = Pack(("bad.yaml", "code: FL101\nextends: [unclosed\nmessage: x\n"));
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(dir));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.PackYamlInvalid, problem.Code);
        Assert.EndsWith("bad.yaml", problem.Path);
        Assert.True(problem.Line >= 2);
    }

    [Fact]
    public void Unknown_fields_are_reported_with_a_suggestion()
    {
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack(("r.yaml", ValidRule + "levl: error\n"))));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.PackUnknownField, problem.Code);
        Assert.Equal(5, problem.Line);
        Assert.Contains("did you mean 'level'", problem.Message);
    }

    [Fact]
    public void Invalid_regex_is_reported()
    {
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack(("r.yaml", ValidRule + "exceptions: ['(unclosed']\n"))));
        Assert.Equal(EngineCodes.PackInvalidRegex, Assert.Single(e.Problems).Code);
    }

    [Theory]
    [InlineData("level: loud\n", "level must be")]
    [InlineData("kinds: [numbers]\n", "unknown kinds 'numbers'")]
    [InlineData("scope: {a: 1}\n", "'scope' must be a list")]
    public void Wrong_values_are_reported(string extra, string message)
    {
        var yaml = ValidRule.Replace("kinds: [number]\n", "") + extra;
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack(("r.yaml", yaml))));
        Assert.Contains(e.Problems, p => p.Code == EngineCodes.PackInvalidValue && p.Message.Contains(message));
    }

    [Fact]
    public void Unknown_check_type_lists_the_known_ones()
    {
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack(("r.yaml", ValidRule.Replace("unsourced-claim", "magic")))));
        Assert.Contains("unknown check type 'magic'", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Duplicate_codes_are_refused()
    {
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack(("a.yaml", ValidRule), ("b.yaml", ValidRule))));
        Assert.Contains("already used", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Alias_bombs_are_refused_before_expansion()
    {
        var bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Join("", Enumerable.Range(0, 120).Select(i => $"k{i}: *a\n"));
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack(("pack.yaml", bomb))));
        Assert.Contains("alias", Assert.Single(e.Problems).Message);
    }

    [Fact]
    public void Catastrophic_regexes_cannot_hang()
    {
        var pack = PackLoader.Load(Pack(("r.yaml", ValidRule + "exceptions: ['^(a+)+$']\n")));
        var rule = Assert.Single(pack.Rules);
        var watch = System.Diagnostics.Stopwatch.StartNew();
        // Linear time (non-backtracking) gives "no match"; on a busy machine the regex time-out may stop it first. Either way, no hang.
        bool? matched = null;
        try { matched = rule.IsException(new string('a', 50_000) + "!"); }
        catch (FactLint.Core.Vocabulary.PackRegexTimeoutException) { }
        Assert.NotEqual(true, matched);
        Assert.True(watch.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(5)));
    }
}
