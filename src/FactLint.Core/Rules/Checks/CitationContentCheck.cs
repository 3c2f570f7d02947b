using FactLint.Core.Verification;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>verify-citation</c> with <c>verify: content | quote</c>: does the cited source hold the claim's figures, date or
/// words? <c>content</c> reports what the source lacks; <c>quote</c> reports a quote the source holds, but altered.
/// </summary>
public sealed class CitationContentCheck(VerifyAspect aspect, bool quoteCaseInsensitive, double quoteThreshold) : ICheck
{
    public VerifyAspect Aspect { get; } = aspect is VerifyAspect.Content or VerifyAspect.Quote
        ? aspect : throw new ArgumentOutOfRangeException(nameof(aspect));

    public void Run(Rule rule, CheckContext context)
    {
        foreach (var (claim, citations) in CitationVerifyCheck.CitedClaims(rule, context))
        {
            var targets = FootnoteExpansion.SearchTargets(citations, context);
            if (targets.Count == 0) continue;
            var verdict = ClaimVerifier.Verify(claim, targets, quoteCaseInsensitive);
            if (verdict.Supported) continue;
            bool altered = verdict.IsQuote && verdict.QuoteOverlap >= quoteThreshold;
            if (Aspect == VerifyAspect.Quote ? !altered : altered) continue;
            context.Report(rule, claim, extra: new Dictionary<string, string> { ["source"] = string.Join(", ", targets.Select(t => t.Label).Distinct()) },
                // A word diff against an unrelated passage is noise: a missing quote shows only the closest passage.
                notes: verdict.IsQuote && !altered ? verdict.Notes.Take(1).ToList() : verdict.Notes);
        }
    }
}
