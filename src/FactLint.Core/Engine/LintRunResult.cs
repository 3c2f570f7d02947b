using FactLint.Core.Diagnostics;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;

namespace FactLint.Core.Engine;

/// <summary>What a run found. <see cref="Diagnostics"/> is in stable order (path, line, column, code).</summary>
public sealed record LintRunResult(IReadOnlyList<Diagnostic> Diagnostics, int FilesChecked, int ClaimCount, IReadOnlyList<string> Notices, IReadOnlyList<LintProfile> Profiles)
{
    /// <summary>True when a config or pack problem stopped the run (exit code 2).</summary>
    public bool ConfigurationFailed { get; init; }

    /// <summary>The profile each linted file got, and why, in path order.</summary>
    public IReadOnlyList<(string Path, Claims.Need.ProfileDecision Decision)> FileProfiles { get; init; } = [];

    /// <summary>Claims judged not to need a source, in path order; filled when <see cref="LintRunOptions.CollectSkipped"/> is set.</summary>
    public IReadOnlyList<SkippedClaim> Skipped { get; init; } = [];
    /// <summary>The language models that scored this run's claims (none with --no-model).</summary>
    public IReadOnlyList<ScorerInfo> Models { get; init; } = [];

    /// <summary>Claims a surprisal gate left unreported because the model reconstructs them.</summary>
    public int ExemptClaims { get; init; }
}

/// <summary>A claim the claim-need stage judged first-party: where it is, what it is, and why.</summary>
public sealed record SkippedClaim(string Path, LinePosition Start, Documents.ClaimKind Kind, string Text, string Reason);
