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
}
