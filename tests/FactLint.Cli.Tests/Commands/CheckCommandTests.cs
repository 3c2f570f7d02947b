using System.Text.Json;

namespace FactLint.Cli.Tests.Commands;

public class CheckCommandTests
{
    [Fact]
    public void Clean_files_exit_0()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Nothing precise here. Run these 2 commands.\n");
        var r = CliRunner.Run(dir, "check", "--no-model");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("All clear", r.Stdout);
    }

    [Fact]
    public void Findings_exit_1_with_file_line_col_and_code()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "# T\n\nRevenue was $9.73 billion.\n");
        var r = CliRunner.Run(dir, "check", "a.md", "--no-model");
        Assert.Equal(1, r.ExitCode);
        Assert.StartsWith("a.md:3:13: FL103 [warning]", r.Stdout);
        Assert.Contains("  |             ^^^^^^^^^^^^^", r.Stdout);
    }

    [Fact]
    public void Fail_level_decides_the_exit_code()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion.\n");
        Assert.Equal(0, CliRunner.Run(dir, "check", "--no-model", "--fail-level", "error").ExitCode);
    }

    [Fact]
    public void Usage_errors_exit_2_without_a_stack_trace()
    {
        var dir = CliRunner.TempDirectory();
        var r = CliRunner.Run(dir, "check", "--format", "yaml");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("yaml", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Broken_config_exits_2_naming_file_and_line()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, ".factlint.yaml"), "rules:\n  FL101: sometimes\n");
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion.\n");
        var r = CliRunner.Run(dir, "check", "--no-model");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(".factlint.yaml:2:", r.Stderr);
        Assert.Contains("FL906", r.Stderr);
    }

    [Fact]
    public void Json_format_is_machine_readable()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Adoption is 87.3%.\n");
        var r = CliRunner.Run(dir, "check", "--no-model", "--format", "json");
        using var json = JsonDocument.Parse(r.Stdout);
        var finding = json.RootElement.GetProperty("findings")[0];
        Assert.Equal("FL102", finding.GetProperty("code").GetString());
        Assert.Equal("87.3%", finding.GetProperty("claim").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("summary").GetProperty("warning").GetInt32());
    }

    [Fact]
    public void Rules_and_explain_describe_the_pack()
    {
        var dir = CliRunner.TempDirectory();
        var rules = CliRunner.Run(dir, "rules");
        Assert.Equal(0, rules.ExitCode);
        Assert.Contains("FL101   unsourced-number", rules.Stdout);
        var explain = CliRunner.Run(dir, "explain", "FL103");
        Assert.Equal(0, explain.ExitCode);
        Assert.Contains("## Why is this bad", explain.Stdout);
        Assert.Equal(2, CliRunner.Run(dir, "explain", "FL199").ExitCode);
    }

    [Fact]
    public void Init_writes_a_config_that_loads_and_refuses_to_overwrite()
    {
        var dir = CliRunner.TempDirectory();
        Assert.Equal(0, CliRunner.Run(dir, "init").ExitCode);
        File.WriteAllText(Path.Combine(dir, "a.md"), "Plain words.\n");
        Assert.Equal(0, CliRunner.Run(dir, "check", "--no-model").ExitCode);
        var again = CliRunner.Run(dir, "init");
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("--force", again.Stderr);
    }

    [Fact]
    public void Baseline_accepts_todays_findings_and_only_new_ones_fail()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion.\n");
        Assert.Equal(0, CliRunner.Run(dir, "baseline", "--no-model").ExitCode);
        File.WriteAllText(Path.Combine(dir, ".factlint.yaml"), "baseline: .factlint-baseline.json\n");
        Assert.Equal(0, CliRunner.Run(dir, "check", "--no-model").ExitCode);
        File.AppendAllText(Path.Combine(dir, "a.md"), "\nCosts were $2.1 billion.\n");
        var r = CliRunner.Run(dir, "check", "--no-model", "--format", "concise");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("$2.1 billion", r.Stdout);
        Assert.DoesNotContain("$9.73 billion", r.Stdout);
    }

    [Fact]
    public void Positions_are_right_with_bom_crlf_tabs_emoji_and_escapes()
    {
        var dir = CliRunner.TempDirectory();
        var text = "# Title\r\n\r\n😀\tWe \\*really\\* sold 1,847 units &amp; more.\r\n";
        File.WriteAllBytes(Path.Combine(dir, "a.md"), [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)]);
        var r = CliRunner.Run(dir, "check", "--no-model", "--format", "concise");
        // Column: emoji 1, tab 1, then "We \\*really\\* sold " as written in the file.
        Assert.Equal("a.md:3:22: FL101 [warning] Exact figure '1,847 units' has no citation in reach; cite a source that contains it", r.Stdout.Trim());
    }
}
