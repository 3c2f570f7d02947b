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

    /// <summary>The findings the packaged CLI reports for the sample when run directly (see <see cref="PackedFeedFixture.RunPackagedCli"/>).</summary>
    private List<string> CliFindings(string project)
    {
        var cli = feed.RunPackagedCli(project);
        Assert.True(cli.ExitCode is 0 or 1, cli.Output);
        var findings = Findings(cli.Output, project);
        // The sample's docs are written to have findings; this one has been stable since the first rule pack.
        Assert.Contains("README.md(3): warning FL101", findings);
        return findings;
    }

    [Fact]
    public void Build_reports_findings_then_skips_the_unchanged_rerun_and_replays_them_then_reruns_after_an_edit()
    {
        var project = feed.CopySample("incremental");

        var first = feed.Build(project);
        Assert.True(first.ExitCode == 0, first.Output);
        var expected = CliFindings(project);
        Assert.Equal(expected.Order(), Findings(first.Output, project).Order());
        Assert.DoesNotContain(Skipped, first.Output);
        Assert.Contains("/README.md(3,62): warning FL101: Exact figure '3 microseconds'", first.Output.Replace('\\', '/'));

        var second = feed.Build(project);
        Assert.True(second.ExitCode == 0, second.Output);
        Assert.Contains(Skipped, second.Output);
        Assert.Equal(expected.Order(), Findings(second.Output, project).Order());

        File.AppendAllText(Path.Combine(project, "docs", "guide.md"), "\nThe team plan costs $12.50 per seat.\n");
        var third = feed.Build(project);
        Assert.True(third.ExitCode == 0, third.Output);
        Assert.DoesNotContain(Skipped, third.Output);
        var edited = Findings(third.Output, project);
        Assert.Equal(CliFindings(project).Order(), edited.Order());
        Assert.Contains("docs/guide.md(11): warning FL103", edited);
        Assert.Equal(expected.Count + 1, edited.Count);
    }

    [Fact]
    public void TreatWarningsAsErrors_fails_the_build_and_NoWarn_drops_codes()
    {
        var project = feed.CopySample("strict");

        var strict = feed.Build(project, "-p:FactLintTreatWarningsAsErrors=true", "-p:FactLintNoWarn=FL104%3BFL106");
        Assert.True(strict.ExitCode != 0, strict.Output);
        var expected = CliFindings(project);
        Assert.Equal(
            expected.Where(f => !f.EndsWith("FL104") && !f.EndsWith("FL106")).Select(f => f.Replace(": warning ", ": error ")).Order(),
            Findings(strict.Output, project).Order());

        // Same inputs, so the target is skipped; the replayed findings follow the (now relaxed) policy.
        var relaxed = feed.Build(project);
        Assert.True(relaxed.ExitCode == 0, relaxed.Output);
        Assert.Contains(Skipped, relaxed.Output);
        Assert.Equal(expected.Order(), Findings(relaxed.Output, project).Order());
    }

    [Fact]
    public void Multi_targeted_project_lints_once_in_the_outer_build()
    {
        var project = feed.CopySample("multitarget");
        var csproj = Path.Combine(project, "DocsProject.csproj");
        File.WriteAllText(csproj, File.ReadAllText(csproj).Replace("<TargetFramework>net10.0</TargetFramework>", "<TargetFrameworks>net10.0</TargetFrameworks>"));

        var build = feed.Build(project);
        Assert.True(build.ExitCode == 0, build.Output);
        Assert.Equal(CliFindings(project).Order(), Findings(build.Output, project).Order());
        var findingsFiles = Directory.GetFiles(Path.Combine(project, "obj"), "factlint.findings.txt", SearchOption.AllDirectories);
        Assert.Equal(Path.Combine(project, "obj", "Debug", "factlint.findings.txt"), Assert.Single(findingsFiles));
    }

    [Fact]
    public void A_broken_config_fails_the_build_and_the_next_build_tries_again()
    {
        var project = feed.CopySample("brokenconfig");
        File.WriteAllText(Path.Combine(project, ".factlint.yaml"), "packs:\n  - core\nfail_level: sometimes\n");

        var broken = feed.Build(project);
        Assert.True(broken.ExitCode != 0, broken.Output);
        Assert.Contains("FactLint could not lint the documents (exit code 2)", broken.Output);
        Assert.False(File.Exists(Path.Combine(project, "obj", "Debug", "net10.0", "factlint.findings.txt")));

        File.Delete(Path.Combine(project, ".factlint.yaml"));
        var fixedBuild = feed.Build(project);
        Assert.True(fixedBuild.ExitCode == 0, fixedBuild.Output);
        Assert.DoesNotContain(Skipped, fixedBuild.Output);
        Assert.Equal(CliFindings(project).Order(), Findings(fixedBuild.Output, project).Order());
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
