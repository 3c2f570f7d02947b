using System.Text;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Text;
using FactLint.Core.Verification;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace FactLint.Core.Tests.Parsing;

public class DeferredAutoLinkParserTests
{
    private static readonly Markdig.MarkdownPipeline Deferred = MarkdownProseExtractor.BuildPipeline(deferAutoLinks: true);
    private static readonly Markdig.MarkdownPipeline Eager = MarkdownProseExtractor.BuildPipeline(deferAutoLinks: false);

    // Every inline Markdig made, with its type, source span, text and link target, depth-first.
    private static string Dump(string markdown, Markdig.MarkdownPipeline pipeline)
    {
        var document = Markdig.Markdown.Parse(markdown, pipeline);
        var sb = new StringBuilder();
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            sb.Append(leaf.GetType().Name).Append(' ').Append(leaf.Span).Append('\n');
            if (leaf.Inline is not null) DumpInlines(leaf.Inline, sb, 1);
        }
        return sb.ToString();
    }

    private static void DumpInlines(ContainerInline container, StringBuilder sb, int depth)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            sb.Append(' ', depth * 2).Append(inline.GetType().Name).Append(' ').Append(inline.Span);
            if (inline is LiteralInline literal) sb.Append(" \"").Append(literal.Content.ToString()).Append('"');
            if (inline is LinkInline link) sb.Append(" url=").Append(link.Url).Append(" auto=").Append(link.IsAutoLink);
            sb.Append('\n');
            if (inline is ContainerInline nested) DumpInlines(nested, sb, depth + 1);
        }
    }

    public static TheoryData<string> Documents() => new()
    {
        "See https://example.com/a for details.",
        "https://example.com/at-line-start and then text",
        "text\nhttps://example.com/after-a-line-break",
        "Mail mailto:someone@example.com or ftp://files.example.com/pub/1.2.tar.gz today.",
        "Call tel:+1-555-0100 or tel:5550100, not hotel:x or tel: alone; tel:+44 20 7946 0958.",
        "Visit www.example.com/docs, or www.x (too short), or http:// alone, or https://.",
        "Words with h: f: m: w. and http:no-slashes and wwwx.example.com and awww.example.com.",
        "*https://example.com/emphasised* and _https://example.com/under_ and **www.example.com**",
        "*www.example.com* and _mailto:a@b.example_ and ~https://example.com~",
        "(https://example.com/in-parens) and [https://example.com/in-brackets] and [text](https://example.com/dest)",
        "[link text with https://example.com/inside](https://example.com/target)",
        "<a href=\"x\">https://example.com/in-an-anchor</a> then https://example.com/after",
        "<https://example.com/angle> and `https://example.com/code` and \\https://example.com/escaped",
        "HTTPS://EXAMPLE.COM/UPPER and Https://Example.com/Mixed and WWW.EXAMPLE.COM",
        "xhttps://example.com/glued and 1https://example.com/digit and /www.example.com/slash",
        "A sentence. Another: with colons: and dots... www. www.. www.a.b",
        "https://a.example/x_y_z and https://a.example/*star* and https://a.example/(paren) and https://a.example/path.",
        "| a | b |\n|---|---|\n| https://example.com/cell | www.example.com |\n",
        "> quoted https://example.com/q\n> more www.example.com/q2\n",
        "- item https://example.com/li\n- www.example.com/li2\n",
        "Footnote[^1].\n\n[^1]: Source: https://example.com/fn, 2021.\n",
        "# Heading https://example.com/h\n\nSetext www.example.com\n---\n",
        "http\nhttps://x.example.com\nftp\nftp://y.example.com mailto\nmailto:z@example.com www\nwww.example.com",
        "café https://example.com/é and ünïcödé www.例子.com and https://例子.测试/path",
        "h&#116;tp://example.com/entity and http&#58;//example.com/colon-entity",
        "a *b https://example.com/c* d _e www.example.com_ f",
        "trailing https://example.com/x) and https://example.com/y], and https://example.com/z!",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Makes_the_same_inlines_as_Markdigs_own_parser(string markdown)
    {
        Assert.Equal(Dump(markdown, Eager), Dump(markdown, Deferred));
        Assert.Equal(Dump(markdown.Replace("\n", "\r\n"), Eager), Dump(markdown.Replace("\n", "\r\n"), Deferred));
    }

    [Fact]
    public void Makes_the_same_inlines_on_every_fixture_and_sample()
    {
        var files = TestDocuments.RepositoryMarkdownFiles();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            string markdown = File.ReadAllText(file);
            Assert.True(Dump(markdown, Eager) == Dump(markdown, Deferred), $"inlines differ for {file}");
        }
    }

    // Random documents from the pieces URLs, emphasis, links, HTML and line structure are made of (fixed seed).
    [Fact]
    public void Makes_the_same_inlines_on_random_documents()
    {
        string[] pieces =
        [
            "http", "https", "ftp", "mailto", "tel", "www", "://", ":", ".", "/", "//", "@", "example", "com", "x", "h", "w", "t",
            " ", " ", " ", "\n", "\n\n", "*", "**", "_", "~", "[", "]", "(", ")", "](", "<", ">", "<a href=\"u\">", "</a>", "`",
            "\\", "&amp;", "!", "-", "+", "2021", "1.2", "|", "> ", "- ", "# ", "[^1]", "[^1]: ", "'", "\"", "é", "\t",
            "https://example.com", "http://x.example/a_b", "www.example.org", "mailto:a@example.com", "tel:+15550100", "ftp://f.example/1",
            " https://example.com/p?q=1", " www.example.com/x", "\nhttps://example.com", "\nwww.example.com",
        ];
        var random = new Random(20261201);
        int withBareUrl = 0;
        for (int n = 0; n < 4000; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(1, 40);
            for (int i = 0; i < length; i++) sb.Append(pieces[random.Next(pieces.Length)]);
            string markdown = sb.ToString();
            string eager = Dump(markdown, Eager);
            Assert.True(eager == Dump(markdown, Deferred), $"inlines differ for: {markdown}");
            if (eager.Contains("auto=True", StringComparison.Ordinal)) withBareUrl++;
        }
        // The set must exercise the parser: enough documents hold a bare URL.
        Assert.True(withBareUrl > 200, $"only {withBareUrl} random documents hold a bare URL");
    }

    [Fact]
    public void Bare_urls_are_opaque_citations_not_prose()
    {
        var source = new SourceText("a.md", "Docs at https://example.com/v2/guide and www.example.org/2021 say so.\nhttps://example.com/99 starts a line.");
        var document = MarkdownProseExtractor.Extract(source);
        var block = Assert.Single(document.Blocks);
        Assert.DoesNotContain("2021", block.Text);
        Assert.DoesNotContain("99", block.Text);
        Assert.Equal(["https://example.com/v2/guide", "http://www.example.org/2021", "https://example.com/99"],
            block.Citations.Where(c => c.Kind == CitationKind.Autolink).Select(c => c.Target).ToArray());
    }
}
