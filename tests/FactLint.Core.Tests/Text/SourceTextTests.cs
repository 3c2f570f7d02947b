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
}
