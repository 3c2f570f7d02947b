using System.Text.RegularExpressions;
using FactLint.Core.Citations;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Suppression;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Engine;

/// <summary>The result of linting one file.</summary>
public sealed record FileResult(string Path, IReadOnlyList<Diagnostic> Diagnostics, int ClaimCount);

/// <summary>Lints one file's text: parse, detect claims, find citations, run every rule, apply suppressions.</summary>
public static class FileLinter
{
    public static bool IsPlainText(string path) => path.EndsWith(".txt", StringComparison.OrdinalIgnoreCase);

    public static ProseDocument Parse(SourceText source) => Parse(source, gate: null);

    /// <summary>The prose of a file; a <paramref name="gate"/> leaves out Markdown paragraphs that cannot change a lint result.</summary>
    public static ProseDocument Parse(SourceText source, InlineParseGate? gate) =>
        IsPlainText(source.Path) ? PlainTextProseExtractor.Extract(source) : MarkdownProseExtractor.Extract(source, gate);

    /// <param name="grounding">The context the text must be grounded in (FL206), or null.</param>
    public static FileResult Lint(SourceText source, LintProfile profile, LintEnvironment environment, ISurprisalScorer? scorer = null,
        CancellationToken cancellationToken = default, GroundingContext? grounding = null)
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

        var scores = scorer is not null && claims.Count > 0 ? scorer.Score(source.Text, cancellationToken) : null;
        var context = new CheckContext(document, claims, new CitationIndex(document, profile.Citations), scores, environment, diagnostics, grounding);
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

        var suppressions = SuppressionMap.Build(document);
        var kept = diagnostics.Where(d => d.Code == EngineCodes.RegexTimeout || !suppressions.IsSuppressed(d.Code, d.RuleName, d.Start.Line)).ToList();
        kept.Sort(Diagnostic.Compare);
        return new FileResult(source.Path, kept, claims.Count);
    }
}
