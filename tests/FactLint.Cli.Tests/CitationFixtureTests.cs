using FactLint.Core.Testing;

namespace FactLint.Cli.Tests;

/// <summary>Runs the core pack's fixtures (as <c>factlint test rules/core</c> does) and requires every one to pass.</summary>
public class CitationFixtureTests
{
    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("FactLint.sln not found above the test folder");
    }

    [Fact]
    public void CorePackFixturesPass()
    {
        var outcomes = FixtureRunner.Run(Path.Combine(RepositoryRoot(), "rules", "core"), accept: false);
        Assert.Contains(outcomes, o => Path.GetFileName(o.FixturePath) == "FL202.md");
        var failed = outcomes.Where(o => o.Status != FixtureStatus.Passed).Select(o => $"{o.FixturePath}: {o.Status}\n{o.Received}").ToList();
        Assert.True(failed.Count == 0, string.Join("\n", failed));
    }

    [Fact]
    public void SourcesAddThenVerify()
    {
        var dir = Path.Combine(Path.GetTempPath(), "cite-cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            File.WriteAllText(Path.Combine(dir, ".factlint.yaml"), "sources: snapshots\n");
            var page = Path.Combine(dir, "page.html");
            File.WriteAllText(page, "<p>Net income was $1.25 billion.</p>");
            var config = Path.Combine(dir, ".factlint.yaml");
            var output = new StringWriter();
            Assert.Equal(ExitCodes.Clean, global::FactLint.Cli.Commands.SourcesCommand.Add("https://example.com/a", page, false, null, config, output, output));
            Assert.True(File.Exists(Path.Combine(dir, "snapshots", "sources.yaml")));
            Assert.Equal(ExitCodes.Clean, global::FactLint.Cli.Commands.SourcesCommand.Verify(config, output, output));
            File.AppendAllText(Path.Combine(dir, "snapshots", "example.com-a.txt"), "tampered");
            Assert.Equal(ExitCodes.Findings, global::FactLint.Cli.Commands.SourcesCommand.Verify(config, output, output));
            Assert.Contains("changed", output.ToString());
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
