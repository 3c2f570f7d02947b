using FactLint.Core.Verification;
using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>extends: grounded-claim</c> — in grounding mode (<c>--context</c>, chat transcripts with <c>--ground</c>, the library's
/// <c>CheckRequest.Context</c>), reports every claim of the rule's kinds that the context does not contain, with the nearest
/// figure, date or passage of the context. Matching is that of the citation checks (<see cref="ClaimVerifier"/>).
/// Claims the pack lists as common are exempt; the language model exempts nothing here. Without a context the rule is silent.
/// Fields: <c>quote_case: sensitive | insensitive</c> (default sensitive).
/// </summary>
public sealed class GroundedClaimCheck(bool quoteCaseInsensitive) : ICheck
{
    public const string TypeName = "grounded-claim";

    public void Run(Rule rule, CheckContext context)
    {
        if (context.Grounding is not { } grounding) return;
        var label = grounding.IsEmpty ? "the context (empty)" : string.Join(", ", grounding.Targets.Select(t => t.Label).Distinct().Take(3))
            + (grounding.Targets.Count > 3 ? $" and {grounding.Targets.Count - 3} more" : "");
        foreach (var claim in context.Claims)
        {
            if (claim.IsCommon || !rule.Covers(claim)) continue;
            var verdict = grounding.IsEmpty ? new Verdict(false, ["the context is empty"]) : ClaimVerifier.Verify(claim, grounding.Targets, quoteCaseInsensitive);
            if (verdict.Supported) continue;
            // A word diff against an unrelated passage is noise: a quote with little in common shows only the closest passage.
            var notes = verdict.IsQuote && verdict.QuoteOverlap < 0.5 ? verdict.Notes.Take(1).ToList() : verdict.Notes;
            context.Report(rule, claim, extra: new Dictionary<string, string> { ["context"] = label }, notes: notes);
        }
    }

    public static ICheck Parse(YamlFields fields)
    {
        var quoteCase = fields.String("quote_case") ?? "sensitive";
        if (quoteCase is not ("sensitive" or "insensitive"))
            fields.Problem(fields.Get("quote_case"), Diagnostics.EngineCodes.PackInvalidValue, $"'quote_case' must be sensitive or insensitive, got '{quoteCase}'");
        return new GroundedClaimCheck(quoteCase == "insensitive");
    }
}
