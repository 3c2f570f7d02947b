using FactLint.Core.Documents;
using FactLint.Core.Verification;
using FactLint.Core.Verification.Grounding;
using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>extends: grounded-claim</c> — in grounding mode (<c>--context</c>, chat transcripts with <c>--ground</c>, the library's
/// <c>CheckRequest.Context</c>), reports every claim of the rule's kinds that the context does not contain, with the nearest
/// figure, date or passage of the context. Matching is that of the citation checks (<see cref="ClaimVerifier"/>).
/// Claims the pack lists as common are exempt; the language model exempts nothing here. Without a context the rule is silent.
/// Fields: <c>quote_case: sensitive | insensitive</c> (default sensitive); <c>bare_figures: true | false</c> (default true):
/// also check the figures outside any claim, which documents leave alone as names, scores and counts (<c>Series 4</c>,
/// <c>a 5–4 win</c>, <c>24/7</c>, <c>only 3 players</c>): an answer that turns <c>Series 4</c> into <c>Series 6</c> has drifted too.
/// </summary>
public sealed class GroundedClaimCheck(bool quoteCaseInsensitive, bool bareFigures) : ICheck
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
        if (bareFigures) CheckBareFigures(rule, context, grounding, label);
    }

    private static void CheckBareFigures(Rule rule, CheckContext context, GroundingContext grounding, string label)
    {
        var claimed = context.Claims.GroupBy(c => c.Block).ToDictionary(g => g.Key, g => g.Select(c => (c.Start, c.End)).ToList());
        foreach (var block in context.Document.Blocks)
        {
            if (!rule.Scope.Contains(block.Kind)) continue;
            var taken = claimed.TryGetValue(block, out var spans) ? spans : [];
            var citations = context.Citations.CitationsIn(block);
            foreach (var figure in FigureReader.Read(block.Text))
            {
                int start = figure.Start, end = figure.Start + figure.Length;
                if (taken.Any(s => s.Start < end && start < s.End) || citations.Any(c => c.Start < end && start < c.End)
                    || IsReferenceMarker(block.Text, start, end)) continue;
                var verdict = grounding.IsEmpty ? new Verdict(false, ["the context is empty"]) : ClaimVerifier.VerifyFigures(figure.Text, grounding.Targets);
                if (verdict.Supported) continue;
                var claim = Claim.At(ClaimKind.Number, block, start, end);
                if (rule.IsException(claim.Text)) continue;
                context.Report(rule, claim, extra: new Dictionary<string, string> { ["context"] = label }, notes: verdict.Notes);
            }
        }
    }

    /// <summary>A bracketed number (<c>[7]</c>, <c>[2, 5]</c>, <c>[3–4]</c>) points to a reference; it states no figure.</summary>
    private static bool IsReferenceMarker(string text, int start, int end)
    {
        static bool Inside(char c) => char.IsAsciiDigit(c) || c is ',' or ' ' or '-' or '–';
        int before = start - 1, after = end;
        while (before >= 0 && Inside(text[before])) before--;
        while (after < text.Length && Inside(text[after])) after++;
        return before >= 0 && text[before] == '[' && after < text.Length && text[after] == ']';
    }

    public static ICheck Parse(YamlFields fields)
    {
        var quoteCase = fields.String("quote_case") ?? "sensitive";
        if (quoteCase is not ("sensitive" or "insensitive"))
            fields.Problem(fields.Get("quote_case"), Diagnostics.EngineCodes.PackInvalidValue, $"'quote_case' must be sensitive or insensitive, got '{quoteCase}'");
        return new GroundedClaimCheck(quoteCase == "insensitive", fields.Bool("bare_figures") ?? true);
    }
}
