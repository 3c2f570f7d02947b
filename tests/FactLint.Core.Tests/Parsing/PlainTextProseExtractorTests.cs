using FactLint.Core.Parsing;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Parsing;

public class PlainTextProseExtractorTests
{
    [Fact]
    public void Paragraphs_are_runs_of_lines_and_list_markers_are_not_prose()
    {
        var text = "The answer is short.\r\nIt has two lines.\r\n\r\n10. Revenue was $9.73 billion.\r\n11. Costs fell 12%.\r\n- A bullet\r\n";
        var document = PlainTextProseExtractor.Extract(new SourceText("a.txt", text));
        Assert.Equal(["The answer is short. It has two lines.", "Revenue was $9.73 billion.", "Costs fell 12%.", "A bullet"],
            document.Blocks.Select(b => b.Text));
        var revenue = document.Blocks[1];
        Assert.Equal('R', text[revenue.SourceOffsets[0]]);
        var claims = new FactLint.Core.Claims.ClaimDetection(FactLint.Core.Claims.ClaimDetection.DefaultDetectors()).Detect(document);
        Assert.Equal(["$9.73 billion", "12%"], claims.Select(c => c.Text));
    }
}
