using System.Globalization;
using FactLint.Core.Citations;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;

namespace FactLint.Core.Rules.Checks;

/// <summary>What a check sees of one file, and where it reports.</summary>
public sealed class CheckContext
{
    private readonly List<Diagnostic> _diagnostics;

    internal CheckContext(ProseDocument document, IReadOnlyList<Claim> claims, CitationIndex citations,
        IReadOnlyList<TokenSurprisal>? scores, LintEnvironment environment, List<Diagnostic> diagnostics)
    {
        Document = document;
        Claims = claims;
        Citations = citations;
        Scores = scores;
        Environment = environment;
        _diagnostics = diagnostics;
    }

    public SourceText Source => Document.Source;
    public ProseDocument Document { get; }
    public IReadOnlyList<Claim> Claims { get; }
    public CitationIndex Citations { get; }

    /// <summary>Token surprisal of the whole file text, or null when no model ran.</summary>
    public IReadOnlyList<TokenSurprisal>? Scores { get; }

    public LintEnvironment Environment { get; }

    /// <summary>What each citation resolved to, shared by the file's verify-citation rules (each resolved every citation again).</summary>
    internal Dictionary<Citation, Verification.Sources.Resolution> CitationResolutions { get; } = new();

    public ClaimSurprisal? SurprisalOf(Claim claim)
    {
        if (Scores is null) return null;
        var (start, end) = claim.SourceSpan;
        return ClaimSurprisal.Over(Scores, start, end);
    }

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
            with { Notes = notes ?? [] };
        _diagnostics.Add(diagnostic);
        return diagnostic;
    }

    /// <summary>Reports a finding at an arbitrary source span.</summary>
    public void Report(Diagnostic diagnostic) => _diagnostics.Add(diagnostic);
}

/// <summary>Run-wide facts checks may need: where the repository and the source store are.</summary>
public sealed record LintEnvironment(string RootDirectory)
{
    /// <summary>Services added by later features (source store, …) keyed by type.</summary>
    public IReadOnlyDictionary<Type, object> Services { get; init; } = new Dictionary<Type, object>();

    public T? Service<T>() where T : class => Services.TryGetValue(typeof(T), out var s) ? (T)s : null;
}
