using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>extends: surprisal</c> — reports claims (cited or not) whose highest token surprisal reaches <c>min_bits</c>:
/// fine detail the model cannot reconstruct, so the writer should make sure the source says exactly this.
/// Does nothing when no model ran. Fields: <c>min_bits</c> (required), <c>cited_only</c>.
/// </summary>
public sealed class SurprisalCheck(double minBits, bool citedOnly) : ICheck
{
    public const string TypeName = "surprisal";

    public void Run(Rule rule, CheckContext context)
    {
        if (context.Scores is null) return;
        foreach (var claim in context.Claims)
        {
            if (claim.Need.FirstParty || !rule.Covers(claim)) continue;
            var score = context.SurprisalOf(claim);
            if (score is null || score.MaxBits < minBits) continue;
            if (citedOnly && context.Citations.CitationsFor(claim).Count == 0) continue;
            context.Report(rule, claim);
        }
    }

    public static ICheck? Parse(YamlFields fields)
    {
        var minBits = fields.Number("min_bits");
        if (minBits is null)
        {
            fields.Problem(null, Diagnostics.EngineCodes.PackInvalidValue, "a surprisal rule needs 'min_bits'");
            return null;
        }
        return new SurprisalCheck(minBits.Value, fields.Bool("cited_only") ?? false);
    }
}
