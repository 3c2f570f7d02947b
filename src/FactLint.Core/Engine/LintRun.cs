using FactLint.Core.Diagnostics;

namespace FactLint.Core.Engine;

/// <summary>
/// Lints many files in parallel, each under the config found by walking up from it: resolve the configs
/// (<see cref="RunConfiguration"/>), lint the files (<see cref="ParallelLint"/>), hide baselined findings (<see cref="BaselineStep"/>).
/// </summary>
public static class LintRun
{
    public static LintRunResult Execute(LintRunOptions options, CancellationToken cancellationToken = default)
    {
        var run = RunConfiguration.Resolve(options);
        if (run.Problems.Count > 0) return new LintRunResult(run.Problems, 0, 0, [], []) { ConfigurationFailed = true };

        var linted = ParallelLint.Run(run, options, cancellationToken);
        var notices = new List<string>();
        IReadOnlyList<Diagnostic> kept = linted.Diagnostics;
        if (!options.IgnoreBaseline)
        {
            kept = BaselineStep.Apply(linted.Diagnostics, run.Groups, notices, out var corrupt);
            if (corrupt is not null) return new LintRunResult([corrupt], 0, 0, [], []) { ConfigurationFailed = true };
        }
        var sorted = kept as List<Diagnostic> ?? kept.ToList();
        if (!IsSorted(sorted)) sorted.Sort(Diagnostic.Compare);
        return new LintRunResult(sorted, run.FileCount, linted.ClaimCount, notices, run.Groups.Select(g => g.Profile).ToList())
        {
            FileProfiles = linted.FileProfiles,
            Skipped = linted.Skipped,
            Models = run.Groups.Where(g => g.Scorer is not null && g.Files.Count > 0).Select(g => g.Scorer!.Info).Distinct().ToList(),
            ExemptClaims = linted.ExemptClaims,
        };
    }

    // Usually true (files in path order, each file's findings sorted); a missing input or a baseline can break it.
    private static bool IsSorted(List<Diagnostic> diagnostics)
    {
        for (int i = 1; i < diagnostics.Count; i++)
            if (Diagnostic.Compare(diagnostics[i - 1], diagnostics[i]) > 0) return false;
        return true;
    }
}
