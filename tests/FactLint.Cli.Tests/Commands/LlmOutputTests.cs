using System.Diagnostics;
using System.Text.Json;

namespace FactLint.Cli.Tests.Commands;

/// <summary>LLM output as input: standard input, strict arguments, --context grounding and chat transcripts, through the real program.</summary>
public class LlmOutputTests
{
    private static CliRunner.Result RunWithInput(string workingDirectory, string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(CliRunner.ProgramPath);
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2))) { process.Kill(true); throw new TimeoutException("factlint did not finish"); }
        return new CliRunner.Result(process.ExitCode, stdout.Result, stderr.Result);
    }

    [Fact]
    public void Check_dash_reads_standard_input()
    {
        var dir = CliRunner.TempDirectory();
        var r = RunWithInput(dir, "Revenue grew 37.2% in 2023.\n", "check", "-", "--no-model", "--format", "concise");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(["<stdin>:1:14: FL102 [warning] Percentage '37.2%' has no citation in reach; cite a source that contains it",
            "<stdin>:1:23: FL104 [warning] Date '2023' has no citation in reach; cite a source that contains it"], Lines(r.Stdout));
    }

    [Fact]
    public void Stdin_filename_names_the_text_and_finds_its_config()
    {
        var dir = CliRunner.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        File.WriteAllText(Path.Combine(dir, "docs", ".factlint.yaml"), "rules: { FL104: off }\n");
        var r = RunWithInput(dir, "Revenue grew 37.2% in 2023.\n", "check", "-", "--stdin-filename", "docs/answer.md", "--no-model", "--format", "concise");
        Assert.Equal(1, r.ExitCode);
        Assert.Equal(["docs/answer.md:1:14: FL102 [warning] Percentage '37.2%' has no citation in reach; cite a source that contains it"], Lines(r.Stdout));
    }

    [Fact]
    public void Stdin_can_be_grounded_and_a_clean_answer_exits_0()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "ctx.md"), "Revenue grew 37.2% in 2023.\n");
        var r = RunWithInput(dir, "In 2023 revenue rose by 37.2 percent.\n", "check", "-", "--context", "ctx.md", "--no-model");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("All clear: 1 file(s), 2 claim(s)", r.Stdout);
    }

    [Fact]
    public void Score_dash_reads_standard_input()
    {
        var dir = CliRunner.TempDirectory();
        var r = RunWithInput(dir, "Revenue grew 37.2% in 2023.\n", "score", "-", "--format", "json");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("\"tokens\"", r.Stdout);
    }

    [Theory]
    [InlineData("--contxt", "unknown option '--contxt'")]
    [InlineData("-x", "unknown option '-x'")]
    [InlineData("missing.md", "no such file or folder: missing.md")]
    public void Unknown_options_and_missing_paths_are_usage_errors(string argument, string message)
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Nothing precise.\n");
        var r = CliRunner.Run(dir, "check", "a.md", argument, "--no-model");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"factlint: {message}", r.Stderr.Split('\n')[0]);
        Assert.Equal("", r.Stdout);
    }

    [Theory]
    [InlineData("nope.md", "factlint: --context: no such file or folder: nope.md")]
    [InlineData("*.html", "factlint: --context: '*.html' matches no file")]
    public void A_missing_context_is_a_usage_error(string context, string message)
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "Revenue was $9.73 billion.\n");
        var r = CliRunner.Run(dir, "check", "a.md", "--context", context, "--no-model");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal(message, r.Stderr.Trim());
    }

    [Fact]
    public void Context_takes_files_folders_and_globs_and_reports_FL206_with_the_nearest_figure()
    {
        var dir = CliRunner.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "retrieved"));
        File.WriteAllText(Path.Combine(dir, "retrieved", "q3.html"), "<p>Revenue was <b>$9.73 billion</b>.</p>");
        File.WriteAllText(Path.Combine(dir, "staff.txt"), "Staff: 1,204.");
        File.WriteAllText(Path.Combine(dir, "answer.md"), "Revenue was $9.7 billion and staff was 1,204.\n");
        foreach (var context in new[] { "retrieved", "retrieved/*.html", "retrieved/q3.html" })
        {
            var r = CliRunner.Run(dir, "check", "answer.md", "--context", context, "--context", "staff.txt", "--no-model");
            Assert.Equal(1, r.ExitCode);
            Assert.StartsWith("answer.md:1:13: FL206 [error] Claim not in context: the money \"$9.7 billion\" is not in retrieved/q3.html, staff.txt", r.Stdout);
            Assert.Contains("= nearest in source: \"$9.73 billion\" (9,730,000,000) at retrieved/q3.html:1:19; the claim says 9,700,000,000", r.Stdout);
            Assert.DoesNotContain("1,204", r.Stdout.Split('\n')[0]);
        }
    }

    private const string Chat = """
        [
          {"role": "user", "content": "The report: revenue was $9.73 billion."},
          {"role": "assistant", "content": "Sure.\nRevenue was $9.7 billion."}
        ]
        """;

    [Theory]
    [InlineData("text", "chat.json#2:2:13: FL206")]
    [InlineData("concise", "chat.json#2:2:13: FL206")]
    [InlineData("msbuild", "chat.json#2(2,13): error FL206")]
    [InlineData("github", "file=chat.json#2,line=2,col=13")]
    public void Transcript_positions_name_the_message_in_every_format(string format, string expected)
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "chat.json"), Chat);
        var r = CliRunner.Run(dir, "check", "chat.json", "--ground", "--no-model", "--format", format);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(expected, r.Stdout);
    }

    [Fact]
    public void Transcript_positions_name_the_message_in_json_and_sarif()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "chat.json"), Chat);
        var json = JsonDocument.Parse(CliRunner.Run(dir, "check", "chat.json", "--ground", "--no-model", "--format", "json").Stdout).RootElement;
        var finding = Assert.Single(json.GetProperty("findings").EnumerateArray());
        Assert.Equal(("chat.json#2", 2, 13), (finding.GetProperty("path").GetString(), finding.GetProperty("line").GetInt32(), finding.GetProperty("column").GetInt32()));

        var sarif = JsonDocument.Parse(CliRunner.Run(dir, "check", "chat.json", "--ground", "--no-model", "--format", "sarif").Stdout).RootElement;
        var location = sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("chat.json#2", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(2, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(13, location.GetProperty("region").GetProperty("startColumn").GetInt32());
    }

    [Fact]
    public void Jsonl_transcripts_name_line_and_message_and_bad_json_is_one_line()
    {
        var dir = CliRunner.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "chats.jsonl"), "[{\"role\": \"assistant\", \"content\": \"Fine.\"}]\n" + Chat.ReplaceLineEndings(" ") + "\n");
        File.WriteAllText(Path.Combine(dir, "bad.json"), "{\"role\": ");
        var r = CliRunner.Run(dir, "check", "chats.jsonl", "bad.json", "--ground", "--no-model", "--format", "concise");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("chats.jsonl#2.2:2:13: FL206", r.Stdout);
        Assert.Contains("bad.json:1:1: FL900 [error] not a chat transcript: invalid JSON", r.Stdout);
    }

    private static List<string> Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
