using System.Text.RegularExpressions;
using FactLint.Core.Citations;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.IO;
using FactLint.Core.Parsing;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Suppression;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Engine;

/// <summary>The result of linting one file.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Diagnostic> Diagnostics, int ClaimCount)
{
    /// <summary>The profile the file was linted under, and why.</summary>
    public Claims.Need.ProfileDecision Profile { get; init; }

    /// <summary>Every claim found, with its need verdict (the first-party ones are listed by <c>--explain-skipped</c>).</summary>
    public IReadOnlyList<Documents.Claim> Claims { get; init; } = [];
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

    /// <param name="grounding">The context the text must be grounded in (FL206), or null.</param>
    public static FileResult Lint(SourceText source, LintProfile profile, LintServices services, ISurprisalScorer? scorer = null,
        CancellationToken cancellationToken = default, GroundingContext? grounding = null)
    {
        var document = Parse(source, profile.InlineGate);
        FileMemoryBudget.Check();
        var diagnostics = new List<Diagnostic>();
        IReadOnlyList<Documents.Claim> claims;
        try
        {
            claims = profile.Detection.Detect(document);
        }
        catch (PackRegexTimeoutException e)
        {
            diagnostics.Add(Diagnostic.ForFile(source.Path, 1, 1, EngineCodes.RegexTimeout, "regex-timeout", $"{e.Message}; claim patterns were skipped for this file"));
            claims = profile.Detection.WithoutPatterns().Detect(document);
        }

        FileMemoryBudget.Check();
        var decision = profile.Need.Decide(document);
        claims = profile.Need.Apply(document, claims, decision);

        // Only a rule that lets the model decide (a surprisal gate or check) needs scores before it runs; otherwise the
        // model cannot change the findings, and only the claims that have one are scored, afterwards, to rank them.
        bool modelDecides = scorer is not null && profile.Rules.Any(r => r.Check is UnsourcedClaimCheck { Gate: not null } or SurprisalCheck);
        var scores = modelDecides && claims.Count > 0
            ? ScoreOrSkip(() => ScoreClaims(scorer!, source.Text, claims.Where(c => !c.IsCommon).ToList(), cancellationToken), source.Path, diagnostics)
            : null;
        var context = new CheckContext(document, claims, new CitationIndex(document, profile.Citations), scores, services, diagnostics, grounding);
        foreach (var rule in profile.Rules)
        {
            cancellationToken.ThrowIfCancellationRequested();
            FileMemoryBudget.Check();
            try
            {
                rule.Check.Run(rule, context);
            }
            catch (PackRegexTimeoutException e)
            {
                diagnostics.Add(Diagnostic.ForFile(source.Path, 1, 1, EngineCodes.RegexTimeout, "regex-timeout", $"{e.Message}; the rule was skipped for this file"));
            }
        }

        if (scorer is not null && !modelDecides)
            ScoreOrSkip(() => { AttachScores(scorer, source.Text, context, diagnostics, cancellationToken); return context; }, source.Path, diagnostics);
        FileMemoryBudget.Check();
        var suppressions = SuppressionMap.Build(document);
        var kept = diagnostics.Where(d => d.Code is EngineCodes.RegexTimeout or EngineCodes.ModelUnavailable || !suppressions.IsSuppressed(d.Code, d.RuleName, d.Start.Line)).ToList();
        kept.AddRange(UnknownSuppressedCodes(source, suppressions, profile));
        kept.Sort(Diagnostic.Compare);
        return new FileResult(source.Path, kept, claims.Count) { Profile = decision, Claims = claims, Exempt = claims.Where(context.ExemptClaims.Contains).ToList() };
    }

    // A model that fails on one file (a manifest whose context_length the network cannot take, out of memory) costs
    // that file its surprisal, not its other findings: one FL907 line, and the claim rules still run.
    private static T? ScoreOrSkip<T>(Func<T> score, string path, List<Diagnostic> diagnostics) where T : class
    {
        try
        {
            return score();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var message = e.Message.ReplaceLineEndings(" ");
            if (message.Length > 200) message = message[..200] + "…";
            diagnostics.Add(Diagnostic.ForFile(path, 1, 1, EngineCodes.ModelUnavailable, EngineCodes.All[EngineCodes.ModelUnavailable].Name,
                $"the language model failed on this file ({e.GetType().Name}: {message}); surprisal skipped for it", Severity.Warning));
            return null;
        }
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

    /// <summary>A directive that names no known code suppresses nothing; say so rather than let a typo pass silently.</summary>
    private static IEnumerable<Diagnostic> UnknownSuppressedCodes(SourceText source, SuppressionMap suppressions, LintProfile profile)
    {
        if (suppressions.Named.Count == 0) yield break;
        foreach (var named in suppressions.Named)
        {
            if (profile.KnownCodes.Contains(named.Code)) continue;
            yield return Diagnostic.At(source, named.Start, named.End, EngineCodes.SuppressionUnknownCode, EngineCodes.All[EngineCodes.SuppressionUnknownCode].Name,
                Severity.Warning, $"'{named.Code}' is not a code or rule name of the loaded packs, so this comment suppresses nothing ('factlint rules' lists them)");
        }
    }
}
