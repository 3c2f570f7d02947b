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
public sealed record FileResult(string Path, IReadOnlyList<Diagnostic> Diagnostics, int ClaimCount);

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

        var scores = scorer is not null && claims.Count > 0 ? scorer.Score(source.Text, cancellationToken) : null;
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

        var suppressions = SuppressionMap.Build(document);
        var kept = diagnostics.Where(d => d.Code == EngineCodes.RegexTimeout || !suppressions.IsSuppressed(d.Code, d.RuleName, d.Start.Line)).ToList();
        kept.AddRange(UnknownSuppressedCodes(source, suppressions, profile));
        kept.Sort(Diagnostic.Compare);
        return new FileResult(source.Path, kept, claims.Count);
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
