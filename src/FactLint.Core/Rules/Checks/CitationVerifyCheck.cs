using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Verification.Sources;
using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>What a <c>verify-citation</c> rule reports.</summary>
public enum VerifyAspect
{
    /// <summary>The citation's file, section or snapshot does not exist (FL201).</summary>
    Target,
    /// <summary>The source has no such figure, date, version or quote (FL202).</summary>
    Content,
    /// <summary>A quote is in the source, but altered (FL203).</summary>
    Quote,
    /// <summary>A snapshot's SHA-256 differs from the manifest (FL204).</summary>
    Snapshot,
    /// <summary>The citation points outside the repository root (FL205).</summary>
    Root,
}

/// <summary>
/// <c>extends: verify-citation</c> — checks, offline, that the sources cited for a claim really contain it.
/// Fields: <c>verify: target | content | quote | snapshot | root</c> (required); <c>quote_case: sensitive | insensitive</c>
/// (quotes; default sensitive); <c>web_links: skip | report</c> (target; a web address with no stored snapshot is skipped, or reported
/// at the rule's level; default skip); <c>quote_threshold</c> (share of a quote's words a passage must share to count as an altered
/// quote rather than a missing one; default 0.5).
/// Only claims with a citation in reach are verified; unsourced claims are the FL1xx rules' business.
/// <c>target</c>, <c>snapshot</c> and <c>root</c> ask whether the cited source resolves (<see cref="CitationTargetCheck"/>);
/// <c>content</c> and <c>quote</c> ask whether it holds the claim (<see cref="CitationContentCheck"/>).
/// </summary>
public static class CitationVerifyCheck
{
    public const string TypeName = "verify-citation";

    public static ICheck? Parse(YamlFields fields)
    {
        var verify = fields.String("verify", required: true);
        VerifyAspect? aspect = verify switch
        {
            "target" => VerifyAspect.Target, "content" => VerifyAspect.Content, "quote" => VerifyAspect.Quote,
            "snapshot" => VerifyAspect.Snapshot, "root" => VerifyAspect.Root, _ => null,
        };
        if (verify is not null && aspect is null)
            fields.Problem(fields.Get("verify"), EngineCodes.PackInvalidValue, $"'verify' must be target, content, quote, snapshot or root, got '{verify}'");
        var quoteCase = fields.String("quote_case") ?? "sensitive";
        if (quoteCase is not ("sensitive" or "insensitive"))
            fields.Problem(fields.Get("quote_case"), EngineCodes.PackInvalidValue, $"'quote_case' must be sensitive or insensitive, got '{quoteCase}'");
        var web = fields.String("web_links") ?? "skip";
        if (web is not ("skip" or "report"))
            fields.Problem(fields.Get("web_links"), EngineCodes.PackInvalidValue, $"'web_links' must be skip or report, got '{web}'");
        var threshold = fields.Number("quote_threshold") ?? 0.5;
        return aspect switch
        {
            null => null,
            VerifyAspect.Content or VerifyAspect.Quote => new CitationContentCheck(aspect.Value, quoteCase == "insensitive", threshold),
            _ => new CitationTargetCheck(aspect.Value, web == "report"),
        };
    }

    /// <summary>
    /// Claims to verify: every covered claim with a citation in reach, and every quote a footnote carries (checked against
    /// the footnote's own link or key).
    /// </summary>
    internal static List<(Claim Claim, IReadOnlyList<Citation> Citations)> CitedClaims(Rule rule, CheckContext context)
    {
        context.CitedClaims ??= AllCitedClaims(context);
        var work = new List<(Claim Claim, IReadOnlyList<Citation> Citations)>();
        foreach (var cited in context.CitedClaims)
            if (rule.Covers(cited.Claim)) work.Add(cited);
        bool coversQuotes = rule.Kinds.Count == 0 || rule.Kinds.Contains(ClaimKind.Quote);
        foreach (var (_, blocks) in context.Document.Footnotes)
        foreach (var block in blocks)
        {
            var own = context.Citations.CitationsIn(block).Where(c => c.Kind != CitationKind.Footnote).ToList();
            if (own.Count == 0 || !coversQuotes) continue;
            foreach (var (_, s, e) in FootnoteExpansion.CarriedQuotes(block))
                work.Add((new Claim(ClaimKind.Quote, block, s, e, block.Text[s..e]), own));
        }
        return work;
    }

    private static List<(Claim Claim, IReadOnlyList<Citation> Citations)> AllCitedClaims(CheckContext context)
    {
        var all = new List<(Claim Claim, IReadOnlyList<Citation> Citations)>();
        foreach (var claim in context.Claims)
        {
            if (claim.IsCommon || claim.Block.Kind == ProseBlockKind.FootnoteDefinition) continue;
            var citations = context.Citations.CitationsFor(claim);
            if (citations.Count > 0) all.Add((claim, citations));
        }
        return all;
    }

    /// <summary>What a citation resolves to, once per file: the file's verify-citation rules share the answer.</summary>
    internal static Resolution Resolve(Citation citation, CheckContext context)
    {
        if (context.CitationResolutions.TryGetValue(citation, out var known)) return known;
        var library = context.Services.Sources;
        var path = context.Source.Path;
        var resolution = citation.Kind switch
        {
            CitationKind.Link or CitationKind.Autolink => library.Resolve(citation.Target, path),
            CitationKind.CitationKey => library.Resolve(citation.Target, path, isKey: true),
            CitationKind.Parenthetical => library.Resolve(citation.Target, path, isFreeText: true),
            _ => new Resolution(ResolutionKind.Unverifiable, citation.Target, "footnote"),
        };
        context.CitationResolutions[citation] = resolution;
        return resolution;
    }
}
