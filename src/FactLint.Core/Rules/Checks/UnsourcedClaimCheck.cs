using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>extends: unsourced-claim</c> — reports claims of the rule's kinds that no citation reaches.
/// Fields: <c>surprisal: { statistic, exempt_below, min_bits, raise_above, raise_to }</c> (optional; used when a model ran).
/// </summary>
public sealed class UnsourcedClaimCheck(SurprisalGate? gate) : ICheck
{
    public const string TypeName = "unsourced-claim";

    public SurprisalGate? Gate { get; } = gate;

    public void Run(Rule rule, CheckContext context)
    {
        // In grounding mode the context is every claim's source: grounded-claim reports what it lacks.
        if (context.Grounding is not null) return;
        foreach (var claim in context.Claims)
        {
            if (claim.IsCommon || !rule.Covers(claim)) continue;
            if (context.Citations.CitationsFor(claim).Count > 0) continue;
            var score = context.SurprisalOf(claim);
            if (Gate is not null && Gate.Suppresses(score)) continue;
            context.Report(rule, claim, Gate?.SeverityFor(score, rule.Level) ?? rule.Level);
        }
    }

    public static ICheck Parse(YamlFields fields) => new UnsourcedClaimCheck(SurprisalGateParser.Parse(fields));
}

internal static class SurprisalGateParser
{
    public static SurprisalGate? Parse(YamlFields fields)
    {
        var s = fields.Mapping("surprisal");
        if (s is null) return null;
        var gate = new SurprisalGate(s.Number("exempt_below"), s.Number("min_bits"), s.Number("raise_above"));
        var raiseTo = s.String("raise_to");
        if (raiseTo is not null)
        {
            if (Diagnostics.SeverityNames.TryParse(raiseTo, out var severity)) gate = gate with { RaiseTo = severity };
            else s.Problem(s.Get("raise_to"), Diagnostics.EngineCodes.PackInvalidValue, $"'raise_to' must be info, warning or error, got '{raiseTo}'");
        }
        var statistic = s.String("statistic");
        if (statistic is not null)
        {
            if (Enum.TryParse<SurprisalStatistic>(statistic, ignoreCase: true, out var parsed)) gate = gate with { Statistic = parsed };
            else s.Problem(s.Get("statistic"), Diagnostics.EngineCodes.PackInvalidValue, $"'statistic' must be sum, max or mean, got '{statistic}'");
        }
        s.ReportUnknown(["statistic", "exempt_below", "min_bits", "raise_above", "raise_to"]);
        return gate;
    }
}
