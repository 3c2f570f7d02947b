using System.Diagnostics;
using System.Text;
using FactLint.Core.Diagnostics;
using FactLint.Core.Rules;
using FactLint.Core.Yaml;
using FactLint.Tests.Shared;

namespace FactLint.Core.Tests.Reliability;

/// <summary>Issue 7, hostile rule packs: each a clear FL9xx with file and line, never a hang, never a crash, never code or outside files.</summary>
public sealed class HostilePackTests
{
    private static List<YamlProblem> LoadProblems(string packDirectory, out RulePack? pack)
    {
        var problems = new List<YamlProblem>();
        var watch = Stopwatch.StartNew();
        pack = PackLoader.TryLoad(packDirectory, problems);
        Assert.True(watch.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(10)), $"loading took {watch.Elapsed}");
        return problems;
    }

    [Fact]
    public void CatastrophicClaimPattern_TimesOutAsFl904_AndTheFileIsStillLinted()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest + "claims:\n  patterns:\n    - kind: number\n      regex: '(?=(a+)+!)a'\n");
        dir.Write("pack/rule.yaml", PackFixture.Rule);
        var profile = PackFixture.Profile(Path.Combine(dir.Path, "pack"));
        var watch = Stopwatch.StartNew();
        var result = PackFixture.Lint(profile, new string('a', 40) + " and we had 1,234 users.\n");
        Assert.True(watch.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(10)), $"took {watch.Elapsed}");
        var timeout = Assert.Single(result.Diagnostics, d => d.Code == EngineCodes.RegexTimeout);
        Assert.Contains("claims.patterns", timeout.Message);
        Assert.Contains("(?=(a+)+!)a", timeout.Message);
        Assert.Contains(result.Diagnostics, d => d.Code == "FL150"); // built-in detectors still ran
    }

    [Fact]
    public void A_timed_out_claim_pattern_keeps_the_packs_common_list_and_version_products()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest + "claims:\n  common: ['1,234 users']\n  version_products: [Frobnicator]\n"
            + "  patterns:\n    - kind: number\n      regex: '(?=(a+)+!)a'\n");
        dir.Write("pack/rule.yaml", PackFixture.Rule);
        var profile = PackFixture.Profile(Path.Combine(dir.Path, "pack"));
        var result = PackFixture.Lint(profile, new string('a', 40) + " and we had 1,234 users on Frobnicator 2.4 and 5,678 users.\n");
        Assert.Single(result.Diagnostics, d => d.Code == EngineCodes.RegexTimeout);
        var claims = result.Diagnostics.Where(d => d.Code == "FL150").Select(d => d.Message).ToList();
        Assert.DoesNotContain(claims, m => m.Contains("1,234"));
        Assert.Contains(claims, m => m.Contains("5,678"));
    }

    [Fact]
    public void CatastrophicException_TimesOutAsFl904NamingTheRule()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest);
        dir.Write("pack/rule.yaml", PackFixture.Rule + "\nexceptions: ['(?=(a+)+!)a']\n");
        var profile = PackFixture.Profile(Path.Combine(dir.Path, "pack"));
        var watch = Stopwatch.StartNew();
        var result = PackFixture.Lint(profile, "We had 1,234 users.\n\n\"" + string.Join(' ', Enumerable.Repeat("words", 6)) + " " + new string('a', 40) + ".\"\n");
        Assert.True(watch.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(10)), $"took {watch.Elapsed}");
        var timeout = Assert.Single(result.Diagnostics, d => d.Code == EngineCodes.RegexTimeout);
        Assert.Contains("rule FL150", timeout.Message);
    }

    [Fact]
    public void NestedQuantifierWithoutLookaround_RunsOnTheNonBacktrackingEngine()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest);
        dir.Write("pack/rule.yaml", PackFixture.Rule + "\nexceptions: ['^(a+)+$', '(x+x+)+y']\n");
        var pack = PackLoader.Load(Path.Combine(dir.Path, "pack"));
        Assert.All(pack.Rules[0].Exceptions, e => Assert.True(e.Regex.Options.HasFlag(System.Text.RegularExpressions.RegexOptions.NonBacktracking)));
        var watch = Stopwatch.StartNew();
        Assert.False(pack.Rules[0].IsException(new string('a', 5000) + "!" + new string('x', 5000)));
        Assert.True(watch.Elapsed < MachinePace.HangGuard(TimeSpan.FromSeconds(5)), $"took {watch.Elapsed}");
    }

    [Fact]
    public void YamlBillionLaughs_IsRefusedOrHarmless()
    {
        using var dir = new TempDir();
        // 9 levels of 12 aliases: 12^9 (5 billion) "lol"s if expanded; 108 aliases, over the limit of 100.
        var yaml = new StringBuilder(PackFixture.Manifest + "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 10; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 12))}]\n");
        dir.Write("pack/pack.yaml", yaml.ToString());
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out var pack);
        Assert.Null(pack);
        Assert.Contains(problems, p => p.Code == EngineCodes.PackYamlInvalid && p.Message.Contains("alias", StringComparison.Ordinal) && p.Line > 1);
    }

    [Fact]
    public void AliasBombUsedAsAMappingKey_DoesNotHang()
    {
        // Under the alias limit (8 x 9 = 72), but hashing the key would walk 9^8 nodes if aliases were expanded.
        using var dir = new TempDir();
        var yaml = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
        for (int i = 1; i < 8; i++) yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 9))}]\n");
        yaml.Append("? *a7\n: boom\nname: hostile\n");
        dir.Write("pack/pack.yaml", yaml.ToString());
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out var pack);
        Assert.Null(pack);
        Assert.NotEmpty(problems);
        Assert.All(problems, p => Assert.StartsWith("FL9", p.Code));
    }

    [Fact]
    public void DeeplyNestedYaml_IsFl901WithLine()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest + "deep: " + new string('[', 5000) + new string(']', 5000) + "\n");
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out _);
        var p = Assert.Single(problems);
        Assert.Equal((EngineCodes.PackYamlInvalid, 2), (p.Code, p.Line));
        Assert.Contains("nested deeper", p.Message);
    }

    [Fact]
    public void HugePacks_AreRefusedWithFl901OrFl905()
    {
        using var dir = new TempDir();
        dir.Write("big/pack.yaml", PackFixture.Manifest + "description: \"" + new string('x', 2 * 1024 * 1024) + "\"\n");
        var big = Assert.Single(LoadProblems(Path.Combine(dir.Path, "big"), out _));
        Assert.Equal(EngineCodes.PackYamlInvalid, big.Code);
        Assert.Contains("larger than", big.Message);

        dir.Write("many/pack.yaml", PackFixture.Manifest);
        for (int i = 0; i <= PackLoader.MaxRuleFiles; i++) dir.Write($"many/r{i:D4}.yaml", PackFixture.Rule.Replace("FL150", $"FL{i % 1000:D3}"));
        var many = Assert.Single(LoadProblems(Path.Combine(dir.Path, "many"), out _));
        Assert.Equal(EngineCodes.PackInvalidValue, many.Code);
        Assert.Contains("more than the limit", many.Message);
    }

    [Fact]
    public void UnknownFieldsAndWrongTypes_AreReportedWithFileAndLine()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest + "clams: {}\ncitations:\n  reach: [a, b]\n");
        var rule = dir.Write("pack/rule.yaml", PackFixture.Rule + "\nlevle: error\nlevel: [warning]\nexceptions: {a: b}\nenabled: maybe\nkinds: [number, nonsense]\nscope: 5\nexceptions2: '('\n");
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out var pack);
        Assert.Null(pack);
        var manifest = Path.Combine(dir.Path, "pack", "pack.yaml");
        Assert.Contains(problems, p => p.Path == manifest && p.Code == EngineCodes.PackUnknownField && p.Line == 2 && p.Message.Contains("did you mean 'claims'", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == manifest && p.Code == EngineCodes.PackInvalidValue && p.Line == 4);
        Assert.Contains(problems, p => p.Path == rule && p.Code == EngineCodes.PackUnknownField && p.Line == 5 && p.Message.Contains("levle", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Path == rule && p.Code == EngineCodes.PackInvalidValue && p.Line == 6);
        Assert.Contains(problems, p => p.Path == rule && p.Code == EngineCodes.PackInvalidValue && p.Line == 7);
        Assert.Contains(problems, p => p.Path == rule && p.Code == EngineCodes.PackInvalidValue && p.Line == 8);
        Assert.Contains(problems, p => p.Path == rule && p.Code == EngineCodes.PackInvalidValue && p.Line == 9 && p.Message.Contains("nonsense", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.True(p.Line >= 1 && p.Column >= 1));
    }

    [Fact]
    public void InvalidRegex_IsFl903WithLine()
    {
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", PackFixture.Manifest);
        dir.Write("pack/rule.yaml", PackFixture.Rule + "\nexceptions:\n  - ok\n  - '(unclosed'\n");
        var p = Assert.Single(LoadProblems(Path.Combine(dir.Path, "pack"), out _));
        Assert.Equal((EngineCodes.PackInvalidRegex, 7), (p.Code, p.Line));
    }

    [Fact]
    public void IncludeLikeTagsAndPaths_ReadNothingOutsideThePack()
    {
        using var dir = new TempDir();
        var secret = dir.Write("outside/secret.txt", "TOP-SECRET-CONTENT\n");
        dir.Write("pack/pack.yaml", PackFixture.Manifest + $"description: !include {secret}\n");
        dir.Write("pack/rule.yaml", PackFixture.Rule.Replace("\"claim {claim}\"", $"!include {secret}") + $"\nlink: file://{secret}\ndescription: !!binary VE9QLVNFQ1JFVA==\n");
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out var pack);
        Assert.DoesNotContain(problems, p => p.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
        if (pack is not null)
        {
            Assert.Equal(secret, pack.Description); // the tag is ignored: the value is the literal path, never the file
            var result = PackFixture.Lint(PackFixture.Profile(Path.Combine(dir.Path, "pack")), "We had 1,234 users.\n");
            Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
        }
    }

    [Fact]
    public void RuleFileLinkingOutsideThePack_IsRefusedWithFl905()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        var secret = dir.Write("outside/secret.yaml", "TOP-SECRET: [\n");
        dir.Write("pack/pack.yaml", PackFixture.Manifest);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "pack", "stolen.yaml"), secret);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "pack", "loop.yaml"), Path.Combine(dir.Path, "pack", "loop.yaml"));
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out var pack);
        Assert.Null(pack);
        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(EngineCodes.PackInvalidValue, p.Code));
        Assert.All(problems, p => Assert.Contains("outside the pack", p.Message));
        Assert.DoesNotContain(problems, p => p.Message.Contains("TOP-SECRET", StringComparison.Ordinal));
    }

    [Fact]
    public void PackReachedThroughALinkedFolder_KeepsItsOwnLinks()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        dir.Write("shared/pack/pack.yaml", PackFixture.Manifest);
        // The rule file is a link to a file inside the pack (only the pack's top folder is read for rules).
        var rule = dir.Write("shared/pack/sources/rule.yaml", PackFixture.Rule);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "shared", "pack", "rule.yaml"), rule);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "pack"), Path.Combine(dir.Path, "shared", "pack"));
        var problems = LoadProblems(Path.Combine(dir.Path, "pack"), out var pack);
        Assert.Empty(problems);
        Assert.NotNull(pack);
        Assert.Single(pack.Rules);
    }

    [Fact]
    public void ConfigPackPathToAFolderWithoutAPack_IsFl906()
    {
        var config = new global::FactLint.Core.Config.FactLintConfig { Directory = Path.GetTempPath(), Packs = ["/etc"] };
        var e = Assert.Throws<YamlLoadException>(() => global::FactLint.Core.Engine.LintProfile.Load(config));
        var p = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.ConfigInvalid, p.Code);
        Assert.Contains("pack '/etc' not found", p.Message);
    }
}
