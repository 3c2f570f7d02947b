using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>extends: unsourced-claim</c> — reports claims of the rule's kinds that no citation reaches.
/// Fields: <c>surprisal: { exempt_top_k, exempt_min_probability, statistic, exempt_below, min_bits, raise_above, raise_to }</c>
/// (optional; used when a model ran).
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
            if (claim.IsCommon || claim.Need.FirstParty || !rule.Covers(claim)) continue;
            if (context.Citations.CitationsFor(claim).Count > 0) continue;
            var score = context.SurprisalOf(claim);
            if (Gate is not null && Gate.Suppresses(score))
            {
                context.ExemptClaims.Add(claim);
                continue;
            }
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
        if (s.Number("exempt_top_k") is { } k)
        {
            if (k >= 1 && k == Math.Floor(k)) gate = gate with { ExemptTopK = (int)Math.Min(k, int.MaxValue) };
            else s.Problem(s.Get("exempt_top_k"), Diagnostics.EngineCodes.PackInvalidValue, $"'exempt_top_k' must be a whole number of at least 1, got {k}");
        }
        if (s.Number("exempt_min_probability") is { } p)
        {
            if (p is >= 0 and <= 1) gate = gate with { ExemptMinProbability = p };
            else s.Problem(s.Get("exempt_min_probability"), Diagnostics.EngineCodes.PackInvalidValue, $"'exempt_min_probability' must be between 0 and 1, got {p}");
        }
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
            else s.Problem(s.Get("statistic"), Diagnostics.EngineCodes.PackInvalidValue, $"'statistic' must be sum, max, mean or rank, got '{statistic}'");
        }
        s.ReportUnknown(["statistic", "exempt_top_k", "exempt_min_probability", "exempt_below", "min_bits", "raise_above", "raise_to"]);
        return gate;
    }
}
