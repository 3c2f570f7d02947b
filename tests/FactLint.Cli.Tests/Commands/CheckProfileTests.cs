using System.Text.Json;

namespace FactLint.Cli.Tests.Commands;

/// <summary><c>check --profile</c>, <c>--verbose</c> and <c>--explain-skipped</c>; the <c>need</c> of JSON findings.</summary>
public class CheckProfileTests
{
    private const string Readme = "# Acme\n\nAcme requires Node.js 18 or higher.\n\nAcme is downloaded 1.2 million times a week.\n";

    [Fact]
    public void Explain_skipped_lists_first_party_claims_with_position_and_reason()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "README.md"), Readme);
        var r = CliRunner.Run(dir, "check", "README.md", "--no-model", "--explain-skipped", "--verbose");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("README.md:3:15: skipped version 'Node.js 18': first-party: version identifier", r.Stderr);
        Assert.Contains("factlint: 1 claim(s) judged not to need a source", r.Stderr);
        Assert.Contains("factlint: README.md: profile docs (auto: file name 'readme')", r.Stderr);
        Assert.Contains("README.md:5:", r.Stdout);
        Assert.DoesNotContain("README.md:3:", r.Stdout);
    }

    [Fact]
    public void Strict_profile_reports_every_figure_and_json_findings_carry_the_need()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "README.md"), Readme);
        var r = CliRunner.Run(dir, "check", "README.md", "--no-model", "--profile", "strict", "--format", "json");
        Assert.Equal(1, r.ExitCode);
        var findings = JsonDocument.Parse(r.Stdout).RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.Contains(findings, f => f.GetProperty("line").GetInt32() == 3 && f.GetProperty("need").GetString() == "strict profile");

        var docs = CliRunner.Run(dir, "check", "README.md", "--no-model", "--format", "json");
        var finding = Assert.Single(JsonDocument.Parse(docs.Stdout).RootElement.GetProperty("findings").EnumerateArray());
        Assert.Equal("world fact: adoption figure", finding.GetProperty("need").GetString());
    }

    [Fact]
    public void A_wrong_profile_is_a_usage_error()
    {
        var dir = CliRunner.TempDirectory();
        var r = CliRunner.Run(dir, "check", "--profile", "lenient");
        Assert.Equal(2, r.ExitCode);
        Assert.DoesNotContain("   at ", r.Stderr);
    }
}
