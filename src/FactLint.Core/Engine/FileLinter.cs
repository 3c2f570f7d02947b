using System.Text.RegularExpressions;
using FactLint.Core.Citations;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Suppression;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Engine;

/// <summary>The result of linting one file.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Diagnostic> Diagnostics, int ClaimCount)
{
    /// <summary>Claims a surprisal gate left unreported because the model reconstructs them.</summary>
    public IReadOnlyList<Claim> Exempt { get; init; } = [];
}

/// <summary>Lints one file's text: parse, detect claims, find citations, run every rule, apply suppressions.</summary>
public static class FileLinter
{
    public static bool IsPlainText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public static ProseDocument Parse(SourceText source) => Parse(source, gate: null);

    /// <summary>The prose of a file; a <paramref name="gate"/> leaves out Markdown paragraphs that cannot change a lint result.</summary>
    public static ProseDocument Parse(SourceText source, InlineParseGate? gate) =>
        IsPlainText(source.Path) ? PlainTextProseExtractor.Extract(source) : MarkdownProseExtractor.Extract(source, gate);

    public static FileResult Lint(SourceText source, LintProfile profile, LintEnvironment environment, ISurprisalScorer? scorer = null, CancellationToken cancellationToken = default)
    {
        var document = Parse(source, profile.InlineGate);
        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<Documents.Claim> claims;
        try
        {
            claims = profile.Detection.Detect(document);
        }
        catch (PackRegexTimeoutException e)
        {
            diagnostics.Add(Diagnostic.ForFile(source.Path, 1, 1, EngineCodes.RegexTimeout, "regex-timeout", $"{e.Message}; claim patterns were skipped for this file"));
            claims = new Claims.ClaimDetection(Claims.ClaimDetection.DefaultDetectors()).Detect(document);
        }

        // Only a rule that lets the model decide (a surprisal gate or check) needs scores before it runs; otherwise the
        // model cannot change the findings, and only the claims that have one are scored, afterwards, to rank them.
        bool modelDecides = scorer is not null && profile.Rules.Any(r => r.Check is UnsourcedClaimCheck { Gate: not null } or SurprisalCheck);
        var scores = modelDecides && claims.Count > 0 ? ScoreClaims(scorer!, source.Text, claims.Where(c => !c.IsCommon).ToList(), cancellationToken) : null;
        var context = new CheckContext(document, claims, new CitationIndex(document, profile.Citations), scores, environment, diagnostics);
        foreach (var rule in profile.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                rule.Check.Run(rule, context);
            }
            catch (PackRegexTimeoutException e)
            {
                diagnostics.Add(Diagnostic.ForFile(source.Path, 1, 1, EngineCodes.RegexTimeout, "regex-timeout", $"{e.Message}; the rule was skipped for this file"));
            }
        }

        if (scorer is not null && !modelDecides) AttachScores(scorer, source.Text, context, diagnostics, cancellationToken);
        var suppressions = SuppressionMap.Build(document);
        var kept = diagnostics.Where(d => d.Code == EngineCodes.RegexTimeout || !suppressions.IsSuppressed(d.Code, d.RuleName, d.Start.Line)).ToList();
        kept.Sort(Diagnostic.Compare);
        return new FileResult(source.Path, kept, claims.Count) { Exempt = claims.Where(context.ExemptClaims.Contains).ToList() };
    }

    /// <summary>Each claim's surprisal from its own passage (the claim with a bounded left context); claims no token covers are left out.</summary>
    public static Dictionary<Claim, ClaimSurprisal> ScoreClaims(ISurprisalScorer scorer, string text, IReadOnlyList<Claim> claims, CancellationToken cancellationToken = default)
    {
        var scored = ClaimPassages.ScoreEach(scorer, text, claims.Select(c => c.SourceSpan).ToList(), cancellationToken: cancellationToken);
        var result = new Dictionary<Claim, ClaimSurprisal>(ReferenceEqualityComparer.Instance);
        for (int i = 0; i < claims.Count; i++)
            if (scored[i] is { } s) result[claims[i]] = s;
        return result;
    }

    private static void AttachScores(ISurprisalScorer scorer, string text, CheckContext context, List<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        if (context.ReportedClaims.Count == 0) return;
        var scores = ScoreClaims(scorer, text, context.ReportedClaims.Values.Distinct().ToList(), cancellationToken);
        for (int i = 0; i < diagnostics.Count; i++)
            if (context.ReportedClaims.TryGetValue(diagnostics[i], out var claim) && scores.TryGetValue(claim, out var score))
                diagnostics[i] = diagnostics[i] with { Surprisal = score };
    }
}
