using FactLint.Core.Text;

namespace FactLint.Core.Tests.Text;

public class FencedCodeTests
{
    [Theory]
    [InlineData("Text\n```sh\nls\n```\n", 3, true)]
    [InlineData("~~~\ncode", 3, true)]
    [InlineData("1. Step\n\n    ```sh\n    ls\n    ```\n", 4, true)]
    [InlineData("1. Step\n\n    ```sh\n    ls\n    ```\n", 3, false)]
    [InlineData("Inline ``` in a sentence is no fence.", 4, false)]
    [InlineData("No code at all.", 4, false)]
    public void HasFence_finds_a_fence_at_a_line_start(string text, int maxIndent, bool expected) =>
        Assert.Equal(expected, FencedCode.HasFence(text, maxIndent));

    [Fact]
    public void Ranges_run_from_the_opening_line_to_the_closing_one_or_the_end()
    {
        const string text = "# Title\n```sh\n# comment\n```\nText\n~~~~\n```\nstill code\n~~~~\n````\nopen to the end\n";
        var ranges = FencedCode.Ranges(text);
        Assert.Equal(3, ranges.Count);
        Assert.Equal("```sh\n# comment\n```\n", text[ranges[0].Start..ranges[0].End]);
        // A shorter or other fence inside does not close it.
        Assert.Equal("~~~~\n```\nstill code\n~~~~\n", text[ranges[1].Start..ranges[1].End]);
        Assert.Equal("````\nopen to the end\n", text[ranges[2].Start..ranges[2].End]);
    }

    [Fact]
    public void Ranges_ignore_a_fence_indented_four_spaces() =>
        Assert.Empty(FencedCode.Ranges("Text\n\n    ```\n    code\n    ```\n"));
}
