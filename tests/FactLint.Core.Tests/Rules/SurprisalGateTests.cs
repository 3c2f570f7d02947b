using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Rules;

public class SurprisalGateTests
{
    /// <summary>A stand-in model: one token per character, 4 bits for a digit and 0.5 for anything else.</summary>
    private sealed class DigitScorer : ISurprisalScorer
    {
        public ScorerInfo Info { get; } = new("digits", "0000", "cpu");

        public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default) =>
            text.Select((c, i) => new TokenSurprisal(i, i + 1, char.IsAsciiDigit(c) ? 4 : 0.5)).ToList();

        public void Dispose() { }
    }

    private static IReadOnlyList<Diagnostic> Lint(string markdown, string gate)
    {
        var pack = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(pack, "pack.yaml"), "name: gated\n");
        File.WriteAllText(Path.Combine(pack, "rule.yaml"),
            "code: FL101\nextends: unsourced-claim\nkinds: [number]\nmessage: \"'{claim}' ({bits} bits)\"\nsurprisal:\n" + gate);
        var profile = LintProfile.Load(FactLintConfig.Default(pack) with { Packs = [pack] });
        return FileLinter.Lint(new SourceText(Path.Combine(pack, "a.md"), markdown), profile, new LintEnvironment(pack), new DigitScorer()).Diagnostics;
    }

    [Fact]
    public void Low_surprisal_claims_are_exempt_as_common_knowledge()
    {
        // "24 hours" carries 2 x 4 + 6 x 0.5 = 11 bits; "18,412 requests" 5 x 4 + 10 x 0.5 = 25 bits.
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
