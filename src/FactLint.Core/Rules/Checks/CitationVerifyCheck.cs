using System.Runtime.CompilerServices;
using FactLint.Core.Claims.Detectors;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Text;
using FactLint.Core.Verification;
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
/// </summary>
public sealed class CitationVerifyCheck(VerifyAspect aspect, bool quoteCaseInsensitive, bool reportWebLinks, double quoteThreshold) : ICheck
{
    public const string TypeName = "verify-citation";

    public VerifyAspect Aspect { get; } = aspect;

    private static readonly ConditionalWeakTable<LintEnvironment, SourceLibrary> Libraries = new();

    /// <summary>
    /// The run's source library: the environment's service (set by <c>factlint check</c> from the config), else one built
    /// from the environment's root folder with default settings and no between-run cache (fixtures, library callers).
    /// </summary>
    public static SourceLibrary LibraryFor(LintEnvironment environment) =>
        environment.Service<SourceLibrary>() ?? Libraries.GetValue(environment, e =>
        {
            var config = FactLintConfig.Default(e.RootDirectory);
            return new SourceLibrary(SourceLibrary.FindRepositoryRoot(config.Directory) ?? config.Directory, config.Resolve(config.Sources), null, false);
        });

    public void Run(Rule rule, CheckContext context)
    {
        var library = LibraryFor(context.Environment);
        var resolutions = context.CitationResolutions;
        var reported = new HashSet<(int, int)>();

        Resolution ResolveOne(Citation c)
        {
            if (!resolutions.TryGetValue(c, out var r))
            {
                r = c.Kind switch
                {
                    CitationKind.Link or CitationKind.Autolink => library.Resolve(c.Target, context.Source.Path),
                    CitationKind.CitationKey => library.Resolve(c.Target, context.Source.Path, isKey: true),
                    CitationKind.Parenthetical => library.Resolve(c.Target, context.Source.Path, isFreeText: true),
                    _ => new Resolution(ResolutionKind.Unverifiable, c.Target, "footnote"),
                };
                resolutions[c] = r;
            }
            return r;
        }

        // The sources behind citations: a footnote stands for the quote it carries, else for its own citations.
        List<SearchTarget> TargetsOf(IEnumerable<Citation> citations, HashSet<Citation> visited)
        {
            var targets = new List<SearchTarget>();
            foreach (var c in citations)
            {
                if (!visited.Add(c)) continue;
                if (c.Kind == CitationKind.Footnote)
                {
                    if (!context.Document.Footnotes.TryGetValue(c.Target, out var blocks)) continue;
                    var carried = blocks.SelectMany(b => CarriedQuotes(b)).ToList();
                    if (carried.Count > 0)
                    {
                        foreach (var q in carried) targets.Add(QuoteTarget(q, library, context.Source));
                        continue;
                    }
                    targets.AddRange(TargetsOf(blocks.SelectMany(b => context.Citations.CitationsIn(b)), visited));
                    continue;
                }
                var r = ResolveOne(c);
                if (r is { Kind: ResolutionKind.Resolved, Index: not null })
                {
                    targets.Add(new SearchTarget(r.Index, r.Range, r.Index.Document.DisplayPath));
                    foreach (var heading in r.Context) targets.Add(new SearchTarget(r.Index, heading, r.Index.Document.DisplayPath));
                }
            }
            return targets;
        }

        void ReportAt(Citation c, string message, IReadOnlyList<string>? notes = null)
        {
            if (!reported.Add((c.SourceStart, c.SourceEnd))) return;
            var values = new Dictionary<string, string> { ["target"] = c.Target, ["reason"] = message };
            var d = Diagnostic.At(context.Source, c.SourceStart, c.SourceEnd, rule.Code, rule.Name, rule.Level, rule.FormatMessage(values),
                context.Source.Text[c.SourceStart..Math.Max(c.SourceStart, c.SourceEnd)]) with { Notes = notes ?? [] };
            context.Report(d);
        }

        // Claims to verify: every covered claim with a citation in reach, and every quote a footnote carries
        // (checked against the footnote's own link or key).
        var work = new List<(Claim Claim, IReadOnlyList<Citation> Citations)>();
        foreach (var claim in context.Claims)
        {
            if (claim.IsCommon || claim.Block.Kind == ProseBlockKind.FootnoteDefinition || !rule.Covers(claim)) continue;
            var cits = context.Citations.CitationsFor(claim);
            if (cits.Count > 0) work.Add((claim, cits));
        }
        foreach (var (_, blocks) in context.Document.Footnotes)
        foreach (var block in blocks)
        {
            var own = context.Citations.CitationsIn(block).Where(c => c.Kind != CitationKind.Footnote).ToList();
            if (own.Count == 0) continue;
            foreach (var (s, e) in CarriedQuotes(block).Select(q => (q.Start, q.End)))
            {
                var claim = new Claim(ClaimKind.Quote, block, s, e, block.Text[s..e]);
                if (rule.Kinds.Count == 0 || rule.Kinds.Contains(ClaimKind.Quote)) work.Add((claim, own));
            }
        }

        foreach (var (claim, citations) in work)
        {
            switch (Aspect)
            {
                case VerifyAspect.Target or VerifyAspect.Root or VerifyAspect.Snapshot:
                    foreach (var c in Expand(citations, context))
                    {
                        var r = ResolveOne(c);
                        if (Aspect == VerifyAspect.Target && r.Kind == ResolutionKind.NotFound) ReportAt(c, r.Reason);
                        else if (Aspect == VerifyAspect.Target && reportWebLinks && r.Kind == ResolutionKind.Unverifiable && r.Reason.StartsWith("web address", StringComparison.Ordinal))
                            ReportAt(c, r.Reason, ["store a snapshot with `factlint sources add <url> --from <file>` to make it checkable offline"]);
                        else if (Aspect == VerifyAspect.Root && r.Kind == ResolutionKind.OutsideRoot)
                            ReportAt(c, r.Reason, ["set `allow_outside_root: true` in .factlint.yaml to allow it"]);
                        else if (Aspect == VerifyAspect.Snapshot && r.HashMismatch)
                            ReportAt(c, $"snapshot '{r.Snapshot!.File}' of '{r.Snapshot.Key}' has changed since it was stored",
                                [$"manifest sha256 {r.Snapshot.Sha256}", $"file sha256     {r.ActualSha256}", "re-add it with `factlint sources add` if the change is intended"]);
                    }
                    break;
                case VerifyAspect.Content or VerifyAspect.Quote:
                    var targets = TargetsOf(citations, new HashSet<Citation>());
                    if (targets.Count == 0) continue;
                    var verdict = ClaimVerifier.Verify(claim, targets, quoteCaseInsensitive);
                    if (verdict.Supported) continue;
                    bool altered = verdict.IsQuote && verdict.QuoteOverlap >= quoteThreshold;
                    if (Aspect == VerifyAspect.Quote ? altered : !altered)
                        context.Report(rule, claim, extra: new Dictionary<string, string> { ["source"] = string.Join(", ", targets.Select(t => t.Label).Distinct()) },
                            // A word diff against an unrelated passage is noise: a missing quote shows only the closest passage.
                            notes: verdict.IsQuote && !altered ? verdict.Notes.Take(1).ToList() : verdict.Notes);
                    break;
            }
        }
    }

    /// <summary>Citations plus, for footnotes, the citations inside the footnote.</summary>
    private static IEnumerable<Citation> Expand(IEnumerable<Citation> citations, CheckContext context)
    {
        foreach (var c in citations)
        {
            if (c.Kind != CitationKind.Footnote) { yield return c; continue; }
            if (!context.Document.Footnotes.TryGetValue(c.Target, out var blocks)) continue;
            foreach (var inner in blocks.SelectMany(b => context.Citations.CitationsIn(b)))
                if (inner.Kind != CitationKind.Footnote) yield return inner;
        }
    }

    /// <summary>Quoted passages in a footnote (<c>[^1]: Q3 report, p. 4: "revenue was $9.73 billion"</c>).</summary>
    private static IEnumerable<(ProseBlock Block, int Start, int End)> CarriedQuotes(ProseBlock block) =>
        QuoteDetector.QuotedSpans(block.Text).Where(q => q.End - q.Start >= 3).Select(q => (block, q.Start, q.End));

    private static SearchTarget QuoteTarget((ProseBlock Block, int Start, int End) q, SourceLibrary library, SourceText source)
    {
        var text = q.Block.Text[q.Start..q.End];
        var map = new int[text.Length + 1];
        for (int i = 0; i <= text.Length; i++) map[i] = q.Block.SourceOffset(q.Start + i);
        var document = new SourceDocument(library.Display(source.Path), source, text, map);
        return new SearchTarget(SourceIndex.Build(document), null, $"the quote in footnote [^{q.Block.FootnoteLabel}]");
    }

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
        return aspect is null ? null : new CitationVerifyCheck(aspect.Value, quoteCase == "insensitive", web == "report", threshold);
    }
}
