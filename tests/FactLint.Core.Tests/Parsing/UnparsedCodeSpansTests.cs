using System.Text;
using FactLint.Core.Parsing;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactLint.Core.Tests.Parsing;

public class UnparsedCodeSpansTests
{
    // What the gated extraction counted in paragraphs it left unparsed, and what Markdig finds parsing them.
    private static (int Counted, int Parsed) Count(string markdown)
    {
        var document = TestDocuments.ParseGated(markdown);
        Assert.Empty(document.Blocks); // every paragraph here holds no trigger, so none is parsed
        int parsed = Markdig.Markdown.Parse(markdown, MarkdownProseExtractor.Pipeline).Descendants<CodeInline>().Count();
        return (document.UnparsedCodeSpans, parsed);
    }

    [Theory]
    [InlineData("Use `a` and `b` here.", 2)]
    [InlineData("Use ``a ` b`` here.", 1)]
    [InlineData("An unmatched ` backtick, then `a` span.", 1)]
    [InlineData("A span `across\nlines` here.", 1)]
    [InlineData("Escaped \\`not a span` but this `is`.", 1)]
    [InlineData("Escaped \\``b` opens nothing.", 0)]
    [InlineData("Inside a span a backslash is literal: `a\\` then `b`.", 2)]
    [InlineData("An escaped backslash \\\\`opens` a span.", 1)]
    [InlineData("| Option | Default |\n|---|---|\n| `--cache` | `on` |\n| `--dir` | `.cache` |", 4)]
    [InlineData("Plain words and no code.", 0)]
    public void Counts_what_Markdig_parses_as_code_spans(string paragraph, int expected)
    {
        var (counted, parsed) = Count(paragraph + "\n");
        Assert.Equal(expected, parsed);
        Assert.Equal(parsed, counted);
    }

    [Fact]
    public void Counts_random_paragraphs_of_backticks_backslashes_and_words_as_Markdig_does()
    {
        // Each line opens with a letter, so no line starts a fence, list or heading: every text is one paragraph.
        string[] pieces = ["`", "``", "```", "\\", "\\\\", "a", "b ", " ", "x`y", "\n"];
        var random = new Random(20261204);
        for (int n = 0; n < 2000; n++)
        {
            var text = new StringBuilder("a");
            for (int k = random.Next(1, 25); k > 0; k--)
            {
                var piece = pieces[random.Next(pieces.Length)];
                text.Append(piece);
                if (piece == "\n") text.Append('a');
            }
            var (counted, parsed) = Count(text + "\n");
            Assert.True(counted == parsed, $"{counted} counted, Markdig parsed {parsed}: {text}");
        }
    }

    [Fact]
    public void Parsed_paragraphs_are_not_counted_twice()
    {
        var document = TestDocuments.ParseGated("We have `12` users.\n\nUse `a` here.\n");
        Assert.Single(document.Blocks);
        Assert.Equal(1, document.UnparsedCodeSpans);
    }
}
