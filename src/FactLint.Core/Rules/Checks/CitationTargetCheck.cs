using FactLint.Core.Diagnostics;
using FactLint.Core.Verification.Sources;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// <c>verify-citation</c> with <c>verify: target | snapshot | root</c>: does the cited file, section or snapshot resolve,
/// unchanged and inside the repository? Reports on the citation, once per citation.
/// </summary>
public sealed class CitationTargetCheck(VerifyAspect aspect, bool reportWebLinks) : ICheck
{
    public VerifyAspect Aspect { get; } = aspect is VerifyAspect.Target or VerifyAspect.Snapshot or VerifyAspect.Root
        ? aspect : throw new ArgumentOutOfRangeException(nameof(aspect));

    public void Run(Rule rule, CheckContext context)
    {
        var reported = new HashSet<(int, int)>();
        foreach (var (_, citations) in CitationVerifyCheck.CitedClaims(rule, context))
        foreach (var citation in FootnoteExpansion.Expand(citations, context))
        {
            if (Problem(CitationVerifyCheck.Resolve(citation, context)) is not var (reason, notes)) continue;
            if (!reported.Add((citation.SourceStart, citation.SourceEnd))) continue;
            var values = new Dictionary<string, string> { ["target"] = citation.Target, ["reason"] = reason };
            var source = context.Source;
            context.Report(Diagnostic.At(source, citation.SourceStart, citation.SourceEnd, rule.Code, rule.Name, rule.Level, rule.FormatMessage(values),
                source.Text[citation.SourceStart..Math.Max(citation.SourceStart, citation.SourceEnd)]) with { Notes = notes });
        }
    }

    /// <summary>What is wrong with a resolution for this aspect, with notes on how to fix it; null when nothing is.</summary>
    private (string Reason, IReadOnlyList<string> Notes)? Problem(Resolution r) => Aspect switch
    {
        VerifyAspect.Target when r.Kind == ResolutionKind.NotFound => (r.Reason, []),
        VerifyAspect.Target when reportWebLinks && r.Kind == ResolutionKind.Unverifiable && r.Reason.StartsWith("web address", StringComparison.Ordinal) =>
            (r.Reason, ["store a snapshot with `factlint sources add <url> --from <file>` to make it checkable offline"]),
        VerifyAspect.Root when r.Kind == ResolutionKind.OutsideRoot => (r.Reason, ["set `allow_outside_root: true` in .factlint.yaml to allow it"]),
        VerifyAspect.Snapshot when r.HashMismatch => ($"snapshot '{r.Snapshot!.File}' of '{r.Snapshot.Key}' has changed since it was stored",
            [$"manifest sha256 {r.Snapshot.Sha256}", $"file sha256     {r.ActualSha256}", "re-add it with `factlint sources add` if the change is intended"]),
        _ => null,
    };
}
