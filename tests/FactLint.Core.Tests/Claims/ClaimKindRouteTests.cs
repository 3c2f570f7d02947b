using FactLint.Core.Claims;
using FactLint.Core.Documents;
using FactLint.Core.Rules;

namespace FactLint.Core.Tests.Claims;

/// <summary>
/// The route for a new claim kind (docs/architecture.md, "How to add a claim kind"), checked for every kind: an enum member,
/// a built-in detector that declares its inline-parse triggers, a core rule that selects the kind, and that rule's fixture
/// with its snapshot.
/// </summary>
public class ClaimKindRouteTests
{
    public static TheoryData<ClaimKind> Kinds() => new(Enum.GetValues<ClaimKind>());

    private static readonly RulePack Core = PackLoader.Load(Path.Combine(TestDocuments.RulesDirectory(), "core"));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_detector_that_declares_its_triggers(ClaimKind kind)
    {
        var detector = Assert.Single(ClaimDetection.DefaultDetectors(), d => d.Kind == kind);
        Assert.False(detector.Triggers.MatchesAnyText, $"{detector.GetType().Name} declares no inline-parse triggers: the gate would be off for every file");
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_kind_has_a_core_rule_with_a_fixture_and_a_snapshot(ClaimKind kind)
    {
        var rule = Assert.Single(Core.Rules, r => r.Extends == "unsourced-claim" && r.Kinds.Contains(kind));
        string tests = Path.Combine(TestDocuments.RulesDirectory(), "core", "tests");
        Assert.True(File.Exists(Path.Combine(tests, rule.Code + ".md")), $"fixture {rule.Code}.md is missing");
        string snapshot = Path.Combine(tests, rule.Code + ".verified.txt");
        Assert.True(File.Exists(snapshot), $"snapshot {rule.Code}.verified.txt is missing");
        Assert.Contains(rule.Code, File.ReadAllText(snapshot));
    }

    [Fact]
    public void Every_kind_has_a_name_packs_can_use()
    {
        var names = Enum.GetValues<ClaimKind>().Select(Claim.KindName).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
        Assert.All(names, n => Assert.Matches("^[a-z]+$", n));
    }
}
