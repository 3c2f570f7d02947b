using FactLint.Core.Testing;

namespace FactLint.Cli.Tests.Commands;

/// <summary>The core pack's own fixtures, run the same way `factlint test rules/core` runs them.</summary>
public class TestCommandTests
{
    [Fact]
    public void Core_pack_fixtures_match_their_snapshots()
    {
        var pack = Path.Combine(CliRunner.RepositoryRoot(), "rules", "core");
        var outcomes = FixtureRunner.Run(pack, accept: false);
        Assert.NotEmpty(outcomes);
        var failures = outcomes.Where(o => o.Status != FixtureStatus.Passed)
            .Select(o => $"{Path.GetFileName(o.FixturePath)}: {o.Status}\n{o.Received}").ToList();
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public void Every_core_rule_has_a_fixture()
    {
        var pack = Path.Combine(CliRunner.RepositoryRoot(), "rules", "core");
        var codes = FactLint.Core.Rules.PackLoader.Load(pack).Rules.Select(r => r.Code);
        var fixtures = Directory.GetFiles(Path.Combine(pack, "tests"), "FL*.md").Select(f => Path.GetFileName(f)[..5]).ToHashSet();
        // FL3xx rules need a language model; their fixtures live with the model tests.
        var missing = codes.Where(c => !c.StartsWith("FL3", StringComparison.Ordinal) && !fixtures.Contains(c)).ToList();
        Assert.True(missing.Count == 0, "rules without a fixture: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_changed_snapshot_fails_writes_received_and_accept_promotes_it()
    {
        var pack = CliRunner.TempDirectory();
        var source = Path.Combine(CliRunner.RepositoryRoot(), "rules", "core");
        foreach (var f in Directory.GetFiles(source, "*.yaml")) File.Copy(f, Path.Combine(pack, Path.GetFileName(f)));
        Directory.CreateDirectory(Path.Combine(pack, "tests"));
        File.WriteAllText(Path.Combine(pack, "tests", "FL102.md"), "Adoption is 87.3%.\n");
        File.WriteAllText(Path.Combine(pack, "tests", "FL102.verified.txt"), "nothing\n");

        var failed = CliRunner.Run(pack, "test", ".");
        Assert.Equal(1, failed.ExitCode);
        Assert.True(File.Exists(Path.Combine(pack, "tests", "FL102.received.txt")));
        Assert.Contains("+ FL102.md:1:13: FL102", failed.Stdout);

        Assert.Equal(0, CliRunner.Run(pack, "test", ".", "--accept").ExitCode);
        Assert.Equal(0, CliRunner.Run(pack, "test", ".").ExitCode);
        Assert.False(File.Exists(Path.Combine(pack, "tests", "FL102.received.txt")));
    }
}
