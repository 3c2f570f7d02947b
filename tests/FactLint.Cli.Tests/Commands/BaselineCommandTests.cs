namespace FactLint.Cli.Tests.Commands;

/// <summary><c>factlint baseline</c> writes the file that <c>check</c> then uses, with no config edit.</summary>
public class BaselineCommandTests
{
    [Fact]
    public void Baseline_is_used_by_check_at_once_without_a_config()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion.\n");
        var written = CliRunner.Run(dir, "baseline", "--no-model");
        Assert.Equal(0, written.ExitCode);
        Assert.Contains("'check' hides them from now on", written.Stdout);
        Assert.True(File.Exists(Path.Combine(dir, ".factlint-baseline.json")));

        Assert.Equal(0, CliRunner.Run(dir, "check", "--no-model").ExitCode);
        Assert.Equal(1, CliRunner.Run(dir, "check", "--no-model", "--no-baseline").ExitCode);
        File.AppendAllText(Path.Combine(dir, "a.md"), "\nCosts were $2.1 billion.\n");
        var r = CliRunner.Run(dir, "check", "--no-model", "--format", "concise");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("$2.1 billion", r.Stdout);
        Assert.DoesNotContain("$9.73 billion", r.Stdout);
    }

    [Fact]
    public void Baseline_goes_beside_the_config_from_a_subfolder_and_none_turns_it_off()
    {
        var dir = CliRunner.TempDirectory();
        var docs = Directory.CreateDirectory(Path.Combine(dir, "docs")).FullName;
        File.WriteAllText(Path.Combine(dir, ".factlint.yaml"), "fail_level: warning\n");
        File.WriteAllText(Path.Combine(docs, "a.md"), "Revenue was $9.73 billion.\n");
        Assert.Equal(0, CliRunner.Run(docs, "baseline", "--no-model").ExitCode);
        Assert.True(File.Exists(Path.Combine(dir, ".factlint-baseline.json")));
        Assert.Equal(0, CliRunner.Run(dir, "check", "--no-model").ExitCode);

        File.WriteAllText(Path.Combine(dir, ".factlint.yaml"), "baseline: none\n");
        Assert.Equal(1, CliRunner.Run(dir, "check", "--no-model").ExitCode);
    }

    [Fact]
    public void A_baseline_written_elsewhere_says_how_to_switch_it_on()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion.\n");
        var r = CliRunner.Run(dir, "baseline", "--no-model", "-o", "accepted.json");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("set 'baseline: accepted.json'", r.Stdout);
        Assert.Equal(1, CliRunner.Run(dir, "check", "--no-model").ExitCode);
    }
}
