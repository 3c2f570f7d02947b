using FactLint.Cli.Commands;

namespace FactLint.Cli.Tests.Commands;

/// <summary>Where the config comes from, and what <c>factlint init</c> writes.</summary>
public class ConfigDiscoveryTests
{
    private const string Claim = "We served 18,412 users.\n";

    [Fact]
    public void Factlint_yml_is_used_like_factlint_yaml()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), Claim);
        Assert.Equal(1, CliRunner.Run(dir, "check", "--no-model").ExitCode);
        File.WriteAllText(Path.Combine(dir, ".factlint.yml"), "rules: { FL101: off }\n");
        var r = CliRunner.Run(dir, "check", "--no-model", "--format", "concise");
        Assert.True(r.ExitCode == 0, r.Stdout + r.Stderr);
    }

    [Fact]
    public void Both_spellings_in_one_folder_are_a_config_error_naming_both()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), Claim);
        File.WriteAllText(Path.Combine(dir, ".factlint.yml"), "rules: { FL101: off }\n");
        File.WriteAllText(Path.Combine(dir, ".factlint.yaml"), "fail_level: error\n");
        var r = CliRunner.Run(dir, "check", "--no-model");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("both .factlint.yaml and .factlint.yml", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Init_links_nothing_and_leaves_an_existing_yml_alone()
    {
        Assert.DoesNotContain("http", InitCommand.Template);
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, ".factlint.yml"), "fail_level: error\n");
        var r = CliRunner.Run(dir, "init", "--force");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(".factlint.yml already exists", r.Stderr);
        Assert.False(File.Exists(Path.Combine(dir, ".factlint.yaml")));
    }
}
