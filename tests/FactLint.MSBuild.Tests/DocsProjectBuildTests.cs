using System.Text.RegularExpressions;

namespace FactLint.MSBuild.Tests;

/// <summary>
/// Builds samples/DocsProject against the freshly packed FactLint.MSBuild: findings become MSBuild warnings with file, line
/// and code; an unchanged rebuild skips the FactLint target yet shows the same warnings; an edited doc runs it again;
/// FactLintTreatWarningsAsErrors and FactLintNoWarn apply to fresh and replayed findings alike.
/// </summary>
public sealed partial class DocsProjectBuildTests(PackedFeedFixture feed) : IClassFixture<PackedFeedFixture>
{
    private const string Skipped = "Skipping target \"FactLint\" because all output files are up-to-date";

    private static readonly string[] SampleFindings =
    [
        "README.md(3): warning FL101",
        "README.md(5): warning FL104",
        "README.md(5): warning FL102",
        "docs/guide.md(5): warning FL103",
        "docs/guide.md(5): warning FL101",
        "docs/guide.md(7): warning FL106",
    ];

    [Fact]
    public void Build_reports_findings_then_skips_the_unchanged_rerun_and_replays_them_then_reruns_after_an_edit()
    {
        var project = feed.CopySample("incremental");

        var first = feed.Build(project);
        Assert.True(first.ExitCode == 0, first.Output);
        Assert.Equal(SampleFindings.Order(), Findings(first.Output, project).Order());
        Assert.DoesNotContain(Skipped, first.Output);
        Assert.Contains("/README.md(3,62): warning FL101: Exact figure '3 microseconds'", first.Output.Replace('\\', '/'));

        var second = feed.Build(project);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains(Skipped, second.Output);
        Assert.Equal(SampleFindings.Order(), Findings(second.Output, project).Order());

        File.AppendAllText(Path.Combine(project, "docs", "guide.md"), "\nUptime last quarter was 99.95%.\n");
        var third = feed.Build(project);
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.DoesNotContain(Skipped, third.Output);
        Assert.Contains("docs/guide.md(11): warning FL102", Findings(third.Output, project));
        Assert.Equal(SampleFindings.Length + 1, Findings(third.Output, project).Count);
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_build_and_NoWarn_drops_codes()
    {
        var project = feed.CopySample("strict");

        var strict = feed.Build(project, "-p:FactLintTreatWarningsAsErrors=true", "-p:FactLintNoWarn=FL104%3BFL106");
        Assert.True(strict.ExitCode != 0, strict.Output);
        var errors = Findings(strict.Output, project);
        Assert.Equal(
            SampleFindings.Where(f => !f.EndsWith("FL104") && !f.EndsWith("FL106")).Select(f => f.Replace("warning", "error")).Order(),
            errors.Order());

        // Same inputs, so the target is skipped; the replayed findings follow the (now relaxed) policy.
        var relaxed = feed.Build(project);
        Assert.True(relaxed.ExitCode == 0, relaxed.Output);
        Assert.Contains(Skipped, relaxed.Output);
        Assert.Equal(SampleFindings.Order(), Findings(relaxed.Output, project).Order());
    }

    /// <summary>Distinct "relative/path(line): kind CODE" for the canonical lines MSBuild printed (it repeats them in its summary).</summary>
    private static List<string> Findings(string output, string project)
    {
        var root = project.Replace('\\', '/').TrimEnd('/') + "/";
        return output.Split('\n')
            .Select(l => Canonical().Match(l.Trim().Replace('\\', '/')))
            .Where(m => m.Success && m.Groups["file"].Value.StartsWith(root, StringComparison.Ordinal))
            .Select(m => $"{m.Groups["file"].Value[root.Length..]}({m.Groups["line"].Value}): {m.Groups["kind"].Value} {m.Groups["code"].Value}")
            .Distinct()
            .ToList();
    }

    [GeneratedRegex(@"^(?:\d+>)?(?<file>.+?)\((?<line>\d+),(?<col>\d+)\): (?<kind>warning|error) (?<code>FL\d+): ")]
    private static partial Regex Canonical();
}
