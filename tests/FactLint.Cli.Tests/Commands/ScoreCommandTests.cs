using System.Text.Json;

namespace FactLint.Cli.Tests.Commands;

/// <summary>`factlint score` and `check` with the bundled default model (copied beside the program by the build).</summary>
public class ScoreCommandTests
{
    [Fact]
    public void Json_tokens_cover_the_text_with_offsets_and_bits()
    {
        var dir = CliRunner.TempDirectory();
        var text = "Zürich had 1,847 users — 12 % more.\n";
        File.WriteAllText(Path.Combine(dir, "a.md"), text);
        var r = CliRunner.Run(dir, "score", "a.md", "--format", "json", "--device", "cpu");
        Assert.True(r.ExitCode == 0, r.Stderr);
        using var json = JsonDocument.Parse(r.Stdout);
        Assert.Equal("factlint-tiny", json.RootElement.GetProperty("model").GetString());
        var tokens = json.RootElement.GetProperty("tokens").EnumerateArray().ToList();
        Assert.NotEmpty(tokens);
        int previousEnd = 0;
        foreach (var t in tokens)
        {
            int start = t.GetProperty("start").GetInt32(), end = t.GetProperty("end").GetInt32();
            Assert.True(start >= 0 && end <= text.Length && start <= end);
            Assert.True(start >= previousEnd - 1, "tokens are in order");
            Assert.True(t.GetProperty("bits").GetDouble() >= 0);
            previousEnd = end;
        }
        Assert.Equal(text.Length, tokens[^1].GetProperty("end").GetInt32());
    }

    [Fact]
    public void Text_report_lists_claims_with_bits_and_html_is_self_contained()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion in Q3 2021.\n");
        var r = CliRunner.Run(dir, "score", "a.md", "--no-color", "--device", "cpu", "--html", "report.html");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("money      $9.73 billion", r.Stdout);
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<link rel=\"stylesheet\" href=", html, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_named_model_that_cannot_load_is_a_usage_error()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "We have 1,847 users.\n");
        var r = CliRunner.Run(dir, "check", "--model", "no-such-model");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("no-such-model", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void A_truncated_model_file_is_a_clear_error()
    {
        var dir = CliRunner.TempDirectory();
        var model = Path.Combine(dir, "broken-model");
        Directory.CreateDirectory(model);
        var bundled = Path.Combine(AppContext.BaseDirectory, "models", "factlint-tiny");
        foreach (var f in Directory.GetFiles(bundled)) File.Copy(f, Path.Combine(model, Path.GetFileName(f)));
        var onnx = Path.Combine(model, "model.onnx");
        File.WriteAllBytes(onnx, File.ReadAllBytes(onnx)[..4096]);
        File.WriteAllText(Path.Combine(dir, "a.md"), "We have 1,847 users.\n");
        var r = CliRunner.Run(dir, "check", "--model", "broken-model");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("model.onnx", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void Check_with_the_default_model_says_nothing_about_skipping_surprisal()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "The API served 18,412 requests per second in March.\n");
        var r = CliRunner.Run(dir, "check", "--device", "cpu", "--format", "concise");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("FL101", r.Stdout);
        Assert.DoesNotContain("surprisal skipped", r.Stderr);
    }

    [Fact]
    public void Cuda_demanded_on_a_machine_without_it_is_a_usage_error()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "We have 1,847 users.\n");
        var r = CliRunner.Run(dir, "check", "--device", "cuda");
        // This build uses the CPU package of ONNX Runtime, so CUDA is never available here.
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("CUDA", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void The_model_ranks_but_does_not_change_the_findings_and_auto_is_silent_on_cpu()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "A day has 24 hours. The API served 18,412 requests in 2019, and 7.3% failed.\n");
        var plain = CliRunner.Run(dir, "check", "--no-model", "--format", "concise");
        var model = CliRunner.Run(dir, "check", "--format", "concise");
        Assert.Equal(plain.Stdout, model.Stdout);
        Assert.DoesNotContain("CUDA", model.Stderr);
        Assert.DoesNotContain("model factlint-tiny on cpu", model.Stderr);

        var verbose = CliRunner.Run(dir, "check", "--verbose");
        Assert.Contains("factlint: model factlint-tiny on cpu", verbose.Stderr);
        Assert.Contains("(model factlint-tiny, 0 claim(s) exempted as reconstructed).", verbose.Stdout);
        Assert.Contains("(no model).", CliRunner.Run(dir, "check", "--no-model").Stdout);
    }

    [Fact]
    public void Json_findings_carry_their_surprisal_and_sort_surprisal_lists_the_least_reconstructible_first()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "A day has 24 hours. The API served 18,412 requests in 2019, and 7.3% failed.\n");
        var r = CliRunner.Run(dir, "check", "--format", "json", "--sort", "surprisal");
        Assert.Equal(1, r.ExitCode);
        using var json = JsonDocument.Parse(r.Stdout);
        var findings = json.RootElement.GetProperty("findings").EnumerateArray().ToList();
        Assert.True(findings.Count >= 2);
        var ranks = findings.Select(f => f.GetProperty("surprisal").GetProperty("rank").GetInt32()).ToList();
        Assert.Equal(Enumerable.Range(1, findings.Count), ranks);
        var values = findings.Select(f => f.GetProperty("surprisal").GetProperty("value").GetInt32()).ToList();
        Assert.Equal(values.OrderDescending(), values);
        Assert.All(findings, f => Assert.True(f.GetProperty("surprisal").GetProperty("max_bits").GetDouble() > 0));
        Assert.Equal("factlint-tiny", json.RootElement.GetProperty("summary").GetProperty("model").GetString());
    }

    [Fact]
    public void The_html_claims_table_shows_the_gate_statistic_and_check_s_decision()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "The API served 18,412 requests. Revenue was $9.73 billion ([report](r.md)).\n");
        File.WriteAllText(Path.Combine(dir, "r.md"), "Revenue: $9.73 billion.\n");
        var r = CliRunner.Run(dir, "score", "a.md", "--no-color", "--html", "report.html");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var html = File.ReadAllText(Path.Combine(dir, "report.html"));
        Assert.Contains("<th>Worst token rank</th>", html);
        Assert.Contains("<td>18,412 requests</td>", html);
        Assert.Contains("<td class=\"decision\">reported</td>", html);
        Assert.Contains("<td class=\"decision\">not reported</td>", html);
    }
}
