using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Rules;

public class SurprisalGateTests
{
    /// <summary>A stand-in model: one token per character, 4 bits (rank 20) for a digit, 0.5 bits (rank 1) for anything else,
    /// except that it "knows" the digits of 24 (0.5 bits, rank 1) and ranks the digits of 1,847 second at 1.5 bits.</summary>
    private sealed class DigitScorer : ISurprisalScorer
    {
        public ScorerInfo Info { get; } = new("digits", "0000", "cpu");

        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default) =>
            text.Select((c, i) => Token(text, i)).ToList();

        private static TokenSurprisal Token(string text, int i)
        {
            if (!char.IsAsciiDigit(text[i])) return new(i, i + 1, 0.5, 1);
            int start = i;
            while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == ',')) start--;
            int end = i;
            while (end < text.Length && (char.IsAsciiDigit(text[end]) || text[end] == ',')) end++;
            return text[start..end] switch
            {
                "24" => new(i, i + 1, 0.5, 1),
                "1,847" => new(i, i + 1, 1.5, 2),
                _ => new(i, i + 1, 4, 20),
            };
        }

        public void Dispose() { }
    }

    private static IReadOnlyList<Diagnostic> Lint(string markdown, string gate)
    {
        var pack = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(pack, "pack.yaml"), "name: gated\n");
        File.WriteAllText(Path.Combine(pack, "rule.yaml"),
            "code: FL101\nextends: unsourced-claim\nkinds: [number]\nmessage: \"'{claim}' ({bits} bits)\"\nsurprisal:\n" + gate);
        var profile = LintProfile.Load(FactLintConfig.Default(pack) with { Packs = [pack] });
        return FileLinter.Lint(new SourceText(Path.Combine(pack, "a.md"), markdown), profile, LintServices.ForFolder(pack), new DigitScorer()).Diagnostics;
    }

    [Fact]
    public void A_claim_is_exempt_only_when_the_model_reconstructs_every_token()
    {
        // "24 hours": every token is the model's first choice. "18,412 requests" has rank-20 digits: reported.
        var found = Lint("A day has 24 hours. The API served 18,412 requests.\n", "  exempt_top_k: 1\n  exempt_min_probability: 0.5\n");
        Assert.Equal(["18,412 requests"], found.Select(d => d.Subject));
    }

    [Fact]
    public void The_probability_floor_and_top_k_both_have_to_hold()
    {
        // The digits of "1,847 users" are rank 2 at 1.5 bits (p = 0.35).
        const string text = "We had 1,847 users.\n";
        Assert.Single(Lint(text, "  exempt_top_k: 1\n"));
        Assert.Empty(Lint(text, "  exempt_top_k: 2\n"));
        Assert.Single(Lint(text, "  exempt_top_k: 2\n  exempt_min_probability: 0.5\n"));
        Assert.Empty(Lint(text, "  exempt_top_k: 2\n  exempt_min_probability: 0.3\n"));
    }

    [Fact]
    public void Exempt_claims_are_counted_for_the_summary()
    {
        var pack = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(pack, "pack.yaml"), "name: gated\n");
        File.WriteAllText(Path.Combine(pack, "rule.yaml"), "code: FL101\nextends: unsourced-claim\nkinds: [number]\nmessage: m\nsurprisal:\n  exempt_top_k: 1\n");
        var profile = LintProfile.Load(FactLintConfig.Default(pack) with { Packs = [pack] });
        var result = FileLinter.Lint(new SourceText(Path.Combine(pack, "a.md"), "A day has 24 hours. The API served 18,412 requests.\n"), profile, LintServices.ForFolder(pack), new DigitScorer());
        Assert.Equal("24 hours", Assert.Single(result.Exempt).Text);
        Assert.NotNull(Assert.Single(result.Diagnostics).Surprisal);
    }

    [Fact]
    public void A_bad_top_k_is_a_pack_error()
    {
        var pack = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(pack, "pack.yaml"), "name: gated\n");
        File.WriteAllText(Path.Combine(pack, "rule.yaml"), "code: FL101\nextends: unsourced-claim\nkinds: [number]\nmessage: m\nsurprisal:\n  exempt_top_k: 0.5\n");
        var e = Assert.Throws<FactLint.Core.Yaml.YamlLoadException>(() => LintProfile.Load(FactLintConfig.Default(pack) with { Packs = [pack] }));
        Assert.Contains("'exempt_top_k' must be a whole number", e.Problems.Single().Message);
    }

    [Fact]
    public void Low_surprisal_claims_are_exempt_as_common_knowledge()
    {
        // "24 hours" carries 8 x 0.5 = 4 bits; "18,412 requests" 5 x 4 + 10 x 0.5 = 25 bits.
        var found = Lint("A day has 24 hours. The API served 18,412 requests.\n", "  statistic: sum\n  exempt_below: 20\n");
        Assert.Equal(["18,412 requests"], found.Select(d => d.Subject));
    }

    [Fact]
    public void High_surprisal_claims_are_raised_to_the_configured_severity()
    {
        var found = Lint("A day has 24 hours. The API served 18,412 requests.\n", "  raise_above: 20\n  raise_to: error\n");
        Assert.Equal([Severity.Warning, Severity.Error], found.Select(d => d.Severity));
    }

    [Fact]
    public void The_gate_can_use_the_highest_token_instead()
    {
        var found = Lint("A day has 24 hours.\n", "  statistic: max\n  exempt_below: 5\n");
        Assert.Empty(found);
    }

    [Fact]
    public void Messages_can_show_the_bits() =>
        Assert.Equal("'18,412 requests' (4.0 bits)", Assert.Single(Lint("It served 18,412 requests.\n", "  min_bits: 1\n")).Message);
}
