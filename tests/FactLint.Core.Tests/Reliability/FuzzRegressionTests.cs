using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.Text;
using FactLint.Core.Yaml;

namespace FactLint.Core.Tests.Reliability;

/// <summary>Every failure tests/fuzz/run.sh found, kept as a regression test (the input, minimised where it was easy).</summary>
public sealed class FuzzRegressionTests
{
    private static readonly LintProfile Core = LintProfile.Load(global::FactLint.Core.Config.FactLintConfig.Default(Path.GetTempPath()));

    [Fact]
    public void YamlScannerInvalidOperation_IsFl901NotACrash()
    {
        // Fuzz seed 1, input 41: YamlDotNet's scanner threw InvalidOperationException (not a YamlException).
        const string rule = "code: FL150\nname: fuzz-rule\nextends: unsourced-claim\nk£1inds: [numbl: warning\nscope: [paragraph, list]\nexceptions: ['^1\\d{claim}\"\nsurprisaN:\n  exempt_below: 6\n 3}$']\nmessage: \"x {claim}\"\n";
        var problems = new List<YamlProblem>();
        Assert.Null(YamlDocumentReader.LoadMapping("rule.yaml", rule, problems));
        var p = Assert.Single(problems);
        Assert.Equal(EngineCodes.PackYamlInvalid, p.Code);
        Assert.InRange(p.Line, 1, 12);
    }

    [Fact]
    public void ArabicIndicDigits_AreNotACrash()
    {
        // Fuzz seed 2, input 10538: "1١٢٣" matched \d and int.Parse threw FormatException.
        var result = FileLinter.Lint(SourceText.FromString("We counted 1١٢٣ sheep and ١٢٣٤ goats.\n", "a.md"), Core, global::FactLint.Core.Rules.Checks.LintServices.ForFolder(Path.GetTempPath()));
        Assert.DoesNotContain(result.Diagnostics, d => d.Code.StartsWith("FL9", StringComparison.Ordinal));
    }

    [Fact]
    public void FootnoteReferenceBeforeTrailingWhitespace_CitationStaysInsideTheBlock()
    {
        // Fuzz seed 1, input 237 (minimised): the citation was recorded at offset 9 of an 8-character block.
        var source = SourceText.FromString("1. first 5%\n[^1]\t\n\n[^1]: Source: report 12\n", "a.md");
        var document = FileLinter.Parse(source);
        Assert.All(document.Blocks, b => Assert.All(b.Citations, c => Assert.InRange(c.End, c.Start, b.Text.Length)));
        var full = FileLinter.Parse(SourceText.FromString("18,412 requests per second\t ![img](a.png)`inline 9`\n1. first 5%\n[^1]\n\n`inline 9`\t\n\n[^1]: Source: report 12\n", "b.md"));
        Assert.All(full.Blocks, b => Assert.All(b.Citations, c => Assert.InRange(c.End, c.Start, b.Text.Length)));
    }

    [Fact]
    public void ShortFuzzRun_FindsNothingNew()
    {
        // A few hundred generated inputs through the same invariants as tests/fuzz/run.sh, so CI catches regressions.
        var random = new Random(20261123);
        string[] pieces = ["# 42 items", "- 1,234", "> 5%", "| 1 | 2 |\n|---|---|\n| 3 | 4 |", "[^1]", "[^1]: Source: x", "\"Six words quoted right here, ok,\" said Jo.", "\t", "\r\n", "1١٢٣", "`x`", "<!-- factlint-disable -->", "[a](b)", "$9 million", "\uD83D\uDE00", "\n\n"];
        for (int n = 0; n < 300; n++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(1, 30)).Select(_ => pieces[random.Next(pieces.Length)] + (random.Next(3) == 0 ? "\n" : " ")));
            var source = SourceText.FromString(text, "f.md");
            var result = FileLinter.Lint(source, Core, global::FactLint.Core.Rules.Checks.LintServices.ForFolder(Path.GetTempPath()));
            foreach (var d in result.Diagnostics)
                Assert.True(d.Start.Line >= 1 && d.End.Line <= source.LineCount && d.Start.Column >= 1, $"{d} in {text}");
            foreach (var b in FileLinter.Parse(source).Blocks)
                Assert.All(b.SourceOffsets, o => Assert.InRange(o, 0, text.Length));
        }
    }
}

public sealed class FuzzRegressionSpanTests
{
    [Fact]
    public void SpanPastTheEnd_IsClampedInsideTheFile()
    {
        // Fuzz seed 3, input 6864: a prose character mapped to offset 182 of a 182-character text; a finding there would
        // have cut the subject out of range. Diagnostic.At now clamps.
        const string text = "v2.0.1<!-- factlint-disable FL101 -->\n\n<!-- factlint-enable --> According to Bob, \"we grew by 300 percent last year.\" | +---+\n| x |\n+---+\n<https://example.com># Heading with 42 items";
        var source = SourceText.FromString(text, "a.md");
        AssertOffsetsInside(source);
        // Fuzz seed 1, input 8065: the same after a grid table and an image as the last bytes (offset 285 of 284).
        AssertOffsetsInside(SourceText.FromString("  \n[^1]: Source: report 12---\n\n[link 5](https://example.com)on 12 March 2024\n---\n\n> quote 99 users\t ![img](a.png)\n\n    indented 7![img](a.png)[\n99.9%\n\n<!-- factlint-disable-next-line -->\n100% $\n$$\n\n\u2026[(Source: [x](y))\n[@key] |\n\n- item 1,234\n100%\n\n1.2.3.4+---+\n| x |\n+---+\n![img](a.png)", "b.md"));
        var d = global::FactLint.Core.Diagnostics.Diagnostic.At(source, text.Length - 2, text.Length + 1, "FL101", "r", global::FactLint.Core.Diagnostics.Severity.Warning, "m");
        Assert.Equal("ms", d.Subject);
        Assert.Equal(source.LineCount, d.End.Line);
        var result = global::FactLint.Core.Engine.FileLinter.Lint(source, global::FactLint.Core.Engine.LintProfile.Load(global::FactLint.Core.Config.FactLintConfig.Default(Path.GetTempPath())), global::FactLint.Core.Rules.Checks.LintServices.ForFolder(Path.GetTempPath()));
        Assert.All(result.Diagnostics, x => Assert.InRange(x.End.Line, 1, source.LineCount));
    }

    private static void AssertOffsetsInside(SourceText source)
    {
        foreach (var block in global::FactLint.Core.Engine.FileLinter.Parse(source).Blocks)
        {
            for (int i = 0; i < block.Text.Length; i++) Assert.InRange(block.SourceOffsets[i], 0, source.Text.Length - 1);
            Assert.InRange(block.SourceOffsets[^1], 0, source.Text.Length);
        }
    }
}

public sealed class FuzzRegressionYamlTests
{
    [Fact]
    public void ByteOrderMarksInsideAKey_AreFl901NotACrash()
    {
        // Fuzz seed 3, input 8550: YamlDotNet's node loader threw ArgumentException ("unsupported type").
        var text = "name: fuzz\ndescription: d\nclaims:\n  common: [100%, 24 hours]\n  common_patterns: ['\\d+ days']\n  version_"
            + new string('\uFEFF', 181) + "products: [Python]\n  patterns:\n    - kind: number\n      regex: '\\b\\d+ widgets\\b'\ncitations:\n  reach: sentence\n:";
        var problems = new List<global::FactLint.Core.Yaml.YamlProblem>();
        Assert.Null(global::FactLint.Core.Yaml.YamlDocumentReader.LoadMapping("pack.yaml", text, problems));
        Assert.Equal(global::FactLint.Core.Diagnostics.EngineCodes.PackYamlInvalid, Assert.Single(problems).Code);
    }
}

public sealed class FuzzRegressionRegexTests
{
    [Fact]
    public void LongCommonClaimLiteral_LoadsInsteadOfCrashing()
    {
        // Fuzz seed 5, input 8319: a 'claims: common:' entry of a few thousand characters made the non-backtracking engine throw
        // NotSupportedException (automaton over 10,000 nodes) out of the pack loader: exit 3.
        var literal = "2" + string.Concat(Enumerable.Repeat("!!binary ", 400));
        var options = System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.NonBacktracking;
        Assert.Throws<NotSupportedException>(() => new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(literal) + "$", options));
        var regex = global::FactLint.Core.Vocabulary.PackRegex.Literal(literal);
        Assert.Matches(regex.Regex, literal.ToUpperInvariant());
        using var dir = new TempDir();
        dir.Write("pack/pack.yaml", $"name: p\nclaims:\n  common: ['{literal}']\n");
        var problems = new List<global::FactLint.Core.Yaml.YamlProblem>();
        Assert.NotNull(global::FactLint.Core.Rules.PackLoader.TryLoad(Path.Combine(dir.Path, "pack"), problems));
        Assert.Empty(problems);
    }
}
