namespace FactLint.Cli.Tests.Commands;

/// <summary><c>factlint sources add</c> as README and <c>--help</c> show it, run as a user types it.</summary>
public class SourcesCommandTests
{
    [Fact]
    public void A_citation_key_with_at_is_a_key_not_a_response_file()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "bls.txt"), "Employment rose by 187,000 in August.\n");
        var add = CliRunner.Run(dir, "sources", "add", "@bls2023", "--from", "bls.txt");
        Assert.True(add.ExitCode == 0, add.Stderr);
        Assert.DoesNotContain("Response file", add.Stderr);
        Assert.Contains("bls2023", File.ReadAllText(Path.Combine(dir, ".factlint", "sources", "sources.yaml")));

        File.WriteAllText(Path.Combine(dir, "a.md"), "Employment rose by 187,000 in August [@bls2023].\n");
        var check = CliRunner.Run(dir, "check", "--no-model", "--format", "concise", "a.md");
        Assert.DoesNotContain("FL2", check.Stdout);
    }

    [Fact]
    public void An_existing_response_file_is_still_read_as_the_msbuild_package_needs()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "We served 18,412 users.\n");
        File.WriteAllText(Path.Combine(dir, "factlint.rsp"), "check\n--no-model\n# one or more arguments a line\n--format concise \"a.md\"\n");
        var r = CliRunner.Run(dir, "@factlint.rsp");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("a.md:1:11: FL101", r.Stdout);
    }
}
