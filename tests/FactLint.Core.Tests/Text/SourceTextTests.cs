using FactLint.Core.Text;

namespace FactLint.Core.Tests.Text;

public class SourceTextTests
{
    [Theory]
    [InlineData("ab\ncd", 3, 2, 1)]
    [InlineData("ab\r\ncd", 4, 2, 1)]
    [InlineData("ab\rcd", 3, 2, 1)]
    [InlineData("ab\r\ncd\r\nef", 8, 3, 1)]
    [InlineData("\tx", 1, 1, 2)]
    [InlineData("😀x", 2, 1, 2)]
    [InlineData("é😀 x", 4, 1, 4)]
    public void PositionOf_counts_lines_and_code_points(string text, int offset, int line, int column)
    {
        Assert.Equal(new LinePosition(line, column), SourceText.FromString(text).PositionOf(offset));
    }

    [Fact]
    public void LineText_drops_line_endings()
    {
        var source = SourceText.FromString("one\r\ntwo\nthree");
        Assert.Equal(["one", "two", "three"], Enumerable.Range(0, source.LineCount).Select(source.LineText));
    }

    [Fact]
    public void Line_starts_follow_every_line_ending_at_any_length()
    {
        var random = new Random(11);
        for (int n = 0; n < 3000; n++)
        {
            // LF-only texts take the vectorised path; a CR sends the rest to the search per line.
            string alphabet = n % 3 == 0 ? "ab\n\r" : "ab\n";
            var text = new string(Enumerable.Range(0, random.Next(0, n % 100 == 0 ? 500 : 40)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var expected = new List<int> { 0 };
            for (int i = 0; i < text.Length; i++)
            {
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                if (text[i] is '\n' or '\r') expected.Add(i + 1);
            }
            var source = SourceText.FromString(text);
            Assert.True(expected.SequenceEqual(Enumerable.Range(0, source.LineCount).Select(source.LineStart)), $"'{text.ReplaceLineEndings("|")}'");
        }
    }
}
