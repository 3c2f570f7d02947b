namespace FactLint.MSBuild.Tests;

/// <summary>
/// The FactLint.Core library package used as an app would: samples/GroundedAnswer restores it from the freshly packed feed
/// (its dependencies from this machine's NuGet cache), builds, and gates an answer on its context.
/// </summary>
public sealed class CorePackageTests(PackedFeedFixture feed) : IClassFixture<PackedFeedFixture>
{
    [Fact]
    public void The_sample_app_reports_the_drifted_figure_through_the_packed_library()
    {
        var pack = feed.PackCore();
        Assert.True(pack.ExitCode == 0, pack.Output);
        var project = Path.Combine(feed.Root, "grounded-answer");
        var source = Path.Combine(feed.RepositoryRoot, "samples", "GroundedAnswer");
        foreach (var file in Directory.EnumerateFiles(source).Where(f => !Path.GetFileName(f).StartsWith('.')))
        {
            Directory.CreateDirectory(project);
            File.Copy(file, Path.Combine(project, Path.GetFileName(file)));
        }
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{feed.Feed}" />
                <add key="cache" value="{cache}" />
              </packageSources>
            </configuration>
            """);

        var run = DotnetProcess.Run(project, "run", "--disable-build-servers", $"-p:FactLintVersion={feed.Version}",
            $"-p:RestorePackagesPath={Path.Combine(feed.Root, "core-packages")}", "--", "answer.md", "context.md");

        Assert.True(run.ExitCode == 1, run.Output);
        Assert.Contains("answer.md:1:58: FL206 Claim not in context: the money \"$9.7 billion\" is not in context[1]", run.Output);
        Assert.Contains("answer text [57..69): $9.7 billion", run.Output);
        Assert.Contains("= nearest in source: \"$9.73 billion\" (9,730,000,000) at context[1]:3:13; the claim says 9,700,000,000", run.Output);
        Assert.Contains("Not grounded: 1 finding(s) in 4 claim(s)", run.Output);
    }
}
