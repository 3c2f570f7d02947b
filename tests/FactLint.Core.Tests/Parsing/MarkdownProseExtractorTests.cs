using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Parsing;

public class MarkdownProseExtractorTests
{
    // Every prose character that is not a placeholder or a joined line break is the source character at its offset.
    private static void AssertEveryCharacterMapsBack(ProseDocument document)
    {
        foreach (var block in document.Blocks)
        {
            for (int i = 0; i < block.Text.Length; i++)
            {
                char c = block.Text[i];
                if (c == ProsePlaceholder.Opaque || char.IsWhiteSpace(c)) continue;
                Assert.Equal(c, document.Source.Text[block.SourceOffsets[i]]);
            }
        }
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    public void Positions_survive_line_endings_tabs_emoji_and_escapes(string newline)
    {
        string markdown = string.Join(newline,
            "# Title",
            "",
            "😀 Revenue\tgrew \\*by\\* 12% &amp; the *cost* fell to $3.2 million.",
            "Second line with 1,847 users.");
        var source = new SourceText("a.md", markdown);
        var document = MarkdownProseExtractor.Extract(source);
        AssertEveryCharacterMapsBack(document);

        var paragraph = document.Blocks.Single(b => b.Kind == ProseBlockKind.Paragraph);
        Assert.Contains("Revenue\tgrew *by* 12% & the cost fell", paragraph.Text);
        int at = paragraph.Text.IndexOf("1,847", StringComparison.Ordinal);
        Assert.Equal(new LinePosition(4, 18), source.PositionOf(paragraph.SourceOffsets[at]));
        int money = paragraph.Text.IndexOf("$3.2", StringComparison.Ordinal);
        // Line 3: the emoji is two UTF-16 units but one column; two escapes, &amp; and *cost* add source characters.
        Assert.Equal(new LinePosition(3, money - 1 + 2 + 4 + 2 + 1), source.PositionOf(paragraph.SourceOffsets[money]));
        Assert.Equal('$', markdown[paragraph.SourceOffsets[money]]);
    }

    [Fact]
    public void Code_front_matter_html_and_urls_are_not_prose()
    {
        var markdown = """
            ---
            title: Release 2021
            ---
            Text with `code 42` and [link text](https://example.com/9999) and <https://example.com/777>.

            ```
            fenced 1234
            ```

                indented 5678

            <div>html 3141</div>

            ![alt 2718](image-1618.png)
            """;
        var document = MarkdownProseExtractor.Extract(new SourceText("a.md", markdown));
        var all = string.Join("\n", document.Blocks.Select(b => b.Text));
        foreach (var hidden in new[] { "2021", "42", "9999", "777", "1234", "5678", "3141", "2718", "1618" })
            Assert.DoesNotContain(hidden, all);
        Assert.Contains("link text", all);
        var citations = document.Blocks.SelectMany(b => b.Citations).ToList();
        Assert.Contains(citations, c => c.Kind == CitationKind.Link && c.Target == "https://example.com/9999");
        Assert.Contains(citations, c => c.Kind == CitationKind.Autolink);
    }

    [Fact]
    public void Blocks_know_where_they_sit()
    {
        var markdown = """
            Intro 1.

            - item one
            - item two

            > quoted words here

            | A | B |
            |---|---|
            | 1 | 2 |

            Claim.[^a]

            [^a]: The source, p. 4.
            """;
        var document = MarkdownProseExtractor.Extract(new SourceText("a.md", markdown));
        Assert.Equal(2, document.Blocks.Count(b => b.Kind == ProseBlockKind.ListItem));
        Assert.True(document.Blocks.Single(b => b.Kind == ProseBlockKind.BlockQuote).InBlockQuote);
        Assert.Equal(4, document.Blocks.Count(b => b.Kind == ProseBlockKind.TableCell));
        Assert.Equal([0, 0, 1, 1], document.Blocks.Where(b => b.Kind == ProseBlockKind.TableCell).Select(b => b.TableRow));
        var footnoteRef = document.Blocks.SelectMany(b => b.Citations).Single(c => c.Kind == CitationKind.Footnote);
        Assert.Equal("a", footnoteRef.Target);
        Assert.True(document.Footnotes.ContainsKey("a"));
        Assert.Equal("The source, p. 4.", document.Footnotes["a"].Single().Text);
    }

    [Fact]
    public void Html_comments_are_collected_for_suppressions()
    {
        var document = MarkdownProseExtractor.Extract(new SourceText("a.md", "<!-- factlint-disable FL101 -->\n\nText <!-- inline --> here.\n"));
        Assert.Equal(2, document.Comments.Count);
        Assert.Equal(0, document.Comments[0].SourceOffset);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void A_marker_indented_past_the_limit_is_refused_with_its_line(string newline)
    {
        string Doc(string indent) => string.Join(newline, "# Title", "", "- item 1", indent + "- deep item 2", "");
        var refused = Assert.Throws<SourceReadException>(() => MarkdownProseExtractor.Extract(new SourceText("a.md", Doc(new string(' ', MarkdownProseExtractor.MaxMarkerIndent + 1)))));
        Assert.Contains($"indented {MarkdownProseExtractor.MaxMarkerIndent + 1} columns at line 4", refused.Message);
        // Tabs count to the next multiple of 4: 101 tabs are 404 columns, 100 tabs exactly the limit.
        refused = Assert.Throws<SourceReadException>(() => MarkdownProseExtractor.Extract(new SourceText("a.md", Doc(new string('\t', 101)))));
        Assert.Contains("indented 404 columns at line 4", refused.Message);
        Assert.NotEmpty(MarkdownProseExtractor.Extract(new SourceText("a.md", Doc(new string('\t', 100)))).Blocks);
        Assert.NotEmpty(MarkdownProseExtractor.Extract(new SourceText("a.md", Doc(" \t" + new string(' ', MarkdownProseExtractor.MaxMarkerIndent - 4)))).Blocks);
    }
}
