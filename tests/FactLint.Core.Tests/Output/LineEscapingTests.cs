using FactLint.Core.Output;

namespace FactLint.Core.Tests.Output;

public class LineEscapingTests
{
    [Fact]
    public void Every_control_character_but_the_tab_is_encoded_and_nothing_else_in_a_message()
    {
        for (int c = 0; c <= char.MaxValue; c++)
        {
            string message = "a" + (char)c + "b";
            bool control = char.IsControl((char)c) && c != '\t';
            string expected = control ? $"a%{c:X2}b" : message;
            Assert.True(expected == LineEscaping.Message(message), $"U+{c:X4}");
        }
    }

    [Theory]
    [InlineData("docs/a.md", "docs/a.md")]
    [InlineData("docs/a:b.md", "docs/a%3Ab.md")]
    [InlineData("docs/50%.md", "docs/50%25.md")]
    [InlineData("C:\\docs\\a.md", "C:\\docs\\a.md")]
    [InlineData("docs/a\u0085.md", "docs/a%85.md")]
    [InlineData("docs/a\u007F.md", "docs/a%7F.md")]
    public void A_path_also_encodes_colons_and_percent_signs(string path, string expected) =>
        Assert.Equal(expected, LineEscaping.Path(path));
}
