using System.Text;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Text;

public class SourceFileReaderTests
{
    [Fact]
    public void Utf8_bom_is_removed_so_offsets_start_at_the_first_character()
    {
        var text = SourceFileReader.Decode("a.md", [0xEF, 0xBB, 0xBF, (byte)'4', (byte)'2']);
        Assert.Equal("42", text);
    }

    [Fact]
    public void Utf16_with_and_without_bom_is_decoded()
    {
        var withBom = new byte[] { 0xFF, 0xFE }.Concat(Encoding.Unicode.GetBytes("Revenue 12%")).ToArray();
        Assert.Equal("Revenue 12%", SourceFileReader.Decode("a.md", withBom));
        Assert.Equal("Revenue 12%", SourceFileReader.Decode("a.md", Encoding.Unicode.GetBytes("Revenue 12%")));
    }

    [Fact]
    public void Invalid_utf8_is_a_clear_error_naming_file_and_line()
    {
        var bytes = Encoding.UTF8.GetBytes("line one\nbad ").Concat(new byte[] { 0xC3, 0x28 }).ToArray();
        var e = Assert.Throws<SourceReadException>(() => SourceFileReader.Decode("docs/a.md", bytes));
        Assert.Contains("docs/a.md", e.Message);
        Assert.Contains("invalid UTF-8", e.Message);
        Assert.Contains("line 2", e.Message);
    }

    [Fact]
    public void Binary_content_is_refused()
    {
        var e = Assert.Throws<SourceReadException>(() => SourceFileReader.Decode("img.md", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x01, 0x02, 0x03]));
        Assert.Contains("binary", e.Message);
    }

    [Fact]
    public void Missing_file_is_a_read_error_not_an_exception_of_the_framework()
    {
        var e = Assert.Throws<SourceReadException>(() => SourceFileReader.Read(Path.Combine(Path.GetTempPath(), Guid.NewGuid() + ".md")));
        Assert.Contains("file not found", e.Message);
    }
}
