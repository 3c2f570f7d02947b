using System.Globalization;
using FactLint.Core.Citations;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Core.Rules.Checks;

/// <summary>What a check sees of one file, and where it reports.</summary>
public sealed class CheckContext
{
    private readonly List<Diagnostic> _diagnostics;

    internal CheckContext(ProseDocument document, IReadOnlyList<Claim> claims, CitationIndex citations,
        IReadOnlyDictionary<Claim, ClaimSurprisal>? scores, LintServices services, List<Diagnostic> diagnostics, GroundingContext? grounding = null)
    {
        Grounding = grounding;
        Document = document;
        Claims = claims;
        Citations = citations;
        Scores = scores;
        Services = services;
        _diagnostics = diagnostics;
    }

    public SourceText Source => Document.Source;
    public ProseDocument Document { get; }
    public IReadOnlyList<Claim> Claims { get; }
    public CitationIndex Citations { get; }

    /// <summary>Each scored claim's surprisal (from its passage), or null when the model did not run before the rules.</summary>
    public IReadOnlyDictionary<Claim, ClaimSurprisal>? Scores { get; }

    /// <summary>The claim each claim finding is about, so scores can be attached after the rules ran.</summary>
    internal Dictionary<Diagnostic, Claim> ReportedClaims { get; } = new(ReferenceEqualityComparer.Instance);

    public LintServices Services { get; }

    /// <summary>The text the file must be grounded in, or null when not checking grounding (then unsourced claims are reported instead).</summary>
    public GroundingContext? Grounding { get; }

    /// <summary>What each citation resolved to, shared by the file's verify-citation rules (each resolved every citation again).</summary>
    internal Dictionary<Citation, Verification.Sources.Resolution> CitationResolutions { get; } = new();

    /// <summary>Every claim with the citations in its reach, shared by the file's verify-citation rules (five in the core pack).</summary>
    internal List<(Claim Claim, IReadOnlyList<Citation> Citations)>? CitedClaims { get; set; }

    /// <summary>Claims a rule's surprisal gate left unreported because the model reconstructs them.</summary>
    public HashSet<Claim> ExemptClaims { get; } = new(ReferenceEqualityComparer.Instance);

    public ClaimSurprisal? SurprisalOf(Claim claim) => Scores is not null && Scores.TryGetValue(claim, out var s) ? s : null;

    /// <summary>Reports a finding on a claim with the rule's message (placeholders filled) and the rule's or a given severity.</summary>
    public Diagnostic Report(Rule rule, Claim claim, Severity? severity = null, IReadOnlyDictionary<string, string>? extra = null, IReadOnlyList<string>? notes = null)
    {
        // Inline code inside a claim is a placeholder in prose; show it as an ellipsis, not as U+FFFC.
        string shown = claim.Text.Replace(Documents.ProsePlaceholder.Opaque, '…');
        var values = new Dictionary<string, string>
        {
            ["claim"] = shown,
            ["kind"] = Claim.KindName(claim.Kind),
            ["attribution"] = claim.Attribution ?? "",
        };
        if (SurprisalOf(claim) is { } score)
        {
            values["bits"] = score.MaxBits.ToString("0.0", CultureInfo.InvariantCulture);
            values["sum_bits"] = score.SumBits.ToString("0.0", CultureInfo.InvariantCulture);
            values["mean_bits"] = score.MeanBits.ToString("0.0", CultureInfo.InvariantCulture);
        }
        if (extra is not null) foreach (var (k, v) in extra) values[k] = v;
        var (start, end) = claim.SourceSpan;
        var diagnostic = Diagnostic.At(Source, start, end, rule.Code, rule.Name, severity ?? rule.Level, rule.FormatMessage(values), shown)
            with { Notes = notes ?? [], Need = claim.Need.Reason, Surprisal = SurprisalOf(claim) };
        _diagnostics.Add(diagnostic);
        ReportedClaims[diagnostic] = claim;
        return diagnostic;
    }

    /// <summary>Reports a finding at an arbitrary source span.</summary>
    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}
