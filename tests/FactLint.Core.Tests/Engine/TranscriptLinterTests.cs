using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Core.Tests.Engine;

public class TranscriptLinterTests
{
    private static readonly LintProfile Core = LintProfile.Load(FactLintConfig.Default(Path.GetTempPath()));

    private const string Chat = """
        [
          {"role": "system", "content": "Answer from the report only."},
          {"role": "user", "content": "The report says revenue was $9.73 billion and staff was 1,204."},
          {"role": "assistant", "content": "Revenue was $9.73 billion.\n\nStaff was 1,240."},
          {"role": "user", "content": "And the margin?"},
          {"role": "assistant", "content": "Staff was 1,240 and the margin was 12%."}
        ]
        """;

    private static FileResult Lint(bool ground, GroundingContext? context = null) =>
        TranscriptLinter.Lint(new SourceText("/w/chat.json", Chat), Core, LintServices.ForFolder("/w"), null, context, ground);

    [Fact]
    public void Only_answers_are_linted_and_positions_name_the_message()
    {
        var result = Lint(ground: false);
        Assert.Equal(["/w/chat.json#3 1:13 FL103", "/w/chat.json#3 3:11 FL101", "/w/chat.json#5 1:11 FL101", "/w/chat.json#5 1:36 FL102"],
            result.Diagnostics.Select(d => $"{d.Path} {d.Start} {d.Code}"));
    }

    [Fact]
    public void With_ground_earlier_user_and_system_messages_are_the_context()
    {
        var result = Lint(ground: true);
        // An earlier answer is not context: its drift (1,240) does not ground the second answer.
        Assert.Equal(["/w/chat.json#3 3:11 FL206", "/w/chat.json#5 1:11 FL206", "/w/chat.json#5 1:36 FL206"],
            result.Diagnostics.Select(d => $"{d.Path} {d.Start} {d.Code}"));
        Assert.Contains("chat.json#2", result.Diagnostics[0].Notes[0]);
    }

    [Fact]
    public void Context_files_join_the_messages()
    {
        var files = GroundingContext.From([new ContextPassage("margins.md", "Margin: 12 percent.")]);
        var result = Lint(ground: true, files);
        Assert.DoesNotContain(result.Diagnostics, d => d.Subject == "12%");
    }
}
