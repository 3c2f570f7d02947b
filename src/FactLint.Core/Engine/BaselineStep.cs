using FactLint.Core.Baselines;
using FactLint.Core.Diagnostics;

namespace FactLint.Core.Engine;

/// <summary>
/// A run's last step: each config's baseline (<c>.factlint-baseline.json</c>) hides the accepted findings on that
/// config's files. A corrupted baseline stops the run (exit 2): linting without it would fail the build on accepted findings.
/// </summary>
internal static class BaselineStep
{
    /// <summary>The findings left, or <paramref name="corrupt"/> set (and the findings unchanged) when a baseline cannot be read.</summary>
    public static IReadOnlyList<Diagnostic> Apply(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<ConfiguredFiles> groups, List<string> notices, out Diagnostic? corrupt)
    {
        corrupt = null;
        var all = diagnostics;
        foreach (var profile in groups.Select(g => g.Profile).DistinctBy(p => p.Config.FilePath))
        {
            if (profile.Config.Baseline is null) continue;
            var path = profile.Config.Resolve(profile.Config.Baseline);
            if (!File.Exists(path)) continue;
            Baseline baseline;
            try
            {
                baseline = Baseline.Load(path, profile.Config);
            }
            catch (InvalidDataException e)
            {
                corrupt = Diagnostic.ForFile(path, 1, 1, EngineCodes.ConfigInvalid, "config-invalid", e.Message);
                return diagnostics;
            }
            var paths = groups.Where(g => g.Profile == profile).SelectMany(g => g.Files).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var governed = all.Where(d => paths.Contains(d.Path)).ToHashSet();
            var kept = baseline.Filter(governed, Path.GetDirectoryName(path)!);
            all = all.Where(d => !governed.Contains(d)).Concat(kept).ToList();
            notices.Add($"baseline {path}: {governed.Count - kept.Count} known finding(s) hidden");
        }
        return all;
    }
}
