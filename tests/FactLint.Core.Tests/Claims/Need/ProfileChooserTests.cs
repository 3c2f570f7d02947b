using FactLint.Core.Claims.Need;
using FactLint.Core.Config;

namespace FactLint.Core.Tests.Claims.Need;

public class ProfileChooserTests
{
    private static ProfileDecision Decide(string markdown, string path, ClaimProfile configured = ClaimProfile.Auto) =>
        ProfileChooser.Decide(TestDocuments.Parse(markdown, path), configured);

    [Theory]
    [InlineData("CHANGELOG.md", "auto: changelog file name")]
    [InlineData("a_koa_readme.md", "auto: file name 'readme'")]
    [InlineData("site/docs/guide.md", "auto: file name 'guide'")]
    [InlineData("GOVERNANCE.md", "auto: file name 'governance'")]
    [InlineData("doc/contributing/commit-queue.md", "auto: folder name 'contributing'")]
    [InlineData("doc/contributing/maintaining/maintaining-icu.md", "auto: file name 'maintaining'")]
    [InlineData("doc/contributing/security/steward.md", "auto: folder name 'contributing'")]
    public void Auto_picks_docs_from_the_path(string path, string why)
    {
        var decision = Decide("Plain text.\n", path);
        Assert.Equal(ClaimProfile.Docs, decision.Profile);
        Assert.Equal(why, decision.Why);
    }

    [Fact]
    public void Auto_picks_docs_for_fenced_code_and_prose_otherwise()
    {
        Assert.Equal(ClaimProfile.Docs, Decide("Run it:\n\n```sh\nacme pack\n```\n", "notes.md").Profile);
        var prose = Decide("The 1906 election was held on November 6, 1906.\n", "docs/abstracts.md");
        Assert.Equal(ClaimProfile.Prose, prose.Profile);
        Assert.Equal("auto: no docs file name, no fenced code, 0 inline code spans", prose.Why);
        // Names are split into words, not searched for pieces: "newsletter" is not "news".
        Assert.Equal(ClaimProfile.Prose, Decide("Text.\n", "newsletter-draft.md").Profile);
        // Only a contributor folder counts, and only the file's folder or the one above it: a docs/ or blog/ folder holds
        // essays, and a checkout kept under ~/development/ says nothing about the files three folders down.
        Assert.Equal(ClaimProfile.Prose, Decide("Text.\n", "docs/blog/2024-launch.md").Profile);
        Assert.Equal(ClaimProfile.Prose, Decide("Text.\n", "/home/me/hacking/site/content/posts/apollo.md").Profile);
    }

    [Fact]
    public void Auto_picks_docs_for_many_inline_code_spans()
    {
        // A reference page without fenced code: ten options, each in a code span.
        var reference = string.Concat(Enumerable.Range(1, 10).Select(i => $"- `--opt{i}` limits the input to {i} MB.\n"));
        var docs = Decide(reference, "docs/reliability.md");
        Assert.Equal(ClaimProfile.Docs, docs.Profile);
        Assert.Equal("auto: 10 or more inline code spans", docs.Why);

        // Counter-example: an essay that quotes a command a few times stays prose. Images, autolinks and inline HTML
        // leave the same placeholder in the prose as code does, but they are not code spans.
        var essay = "Run `ls` once, then `ls -l`, then `du -sh`.\n\n" + string.Concat(Enumerable.Repeat(
            "In 1969, ![a photo](moon.png) of the landing <https://example.org> <b>made</b> history.\n\n", 10));
        var prose = Decide(essay, "docs/essay.md");
        Assert.Equal(ClaimProfile.Prose, prose.Profile);
        Assert.Equal("auto: no docs file name, no fenced code, 3 inline code spans", prose.Why);
    }

    [Fact]
    public void Code_spans_count_alike_in_paragraphs_the_inline_parse_gate_left_out()
    {
        // An options table and a paragraph with no figure are left unparsed by the gate; their code spans still say the
        // file is a reference page.
        var page = "Plain words about `acme` and `acme-cli`.\n\n| Option | Default |\n|---|---|\n" +
                   string.Concat(Enumerable.Range(0, 4).Select(i => $"| `--opt{(char)('a' + i)}` | `on` |\n")) + "\nThe tool reads 12 files.\n";
        var gated = TestDocuments.ParseGated(page, "docs/page.md");
        Assert.Single(gated.Blocks);
        Assert.Equal(10, ProfileChooser.CountCodeSpans(gated, 100));
        Assert.Equal(ProfileChooser.CountCodeSpans(TestDocuments.Parse(page, "docs/page.md"), 100), ProfileChooser.CountCodeSpans(gated, 100));
        Assert.Equal(ClaimProfile.Docs, ProfileChooser.Decide(gated, ClaimProfile.Auto).Profile);
    }

    [Fact]
    public void A_comment_in_the_file_wins_over_the_config_and_auto()
    {
        var decision = Decide("<!-- factlint-profile: strict -->\n# Notes\n", "README.md", ClaimProfile.Docs);
        Assert.Equal(ClaimProfile.Strict, decision.Profile);
        Assert.Equal("factlint-profile comment", decision.Why);
        Assert.Equal(ClaimProfile.Prose, Decide("# Notes\n", "README.md", ClaimProfile.Prose).Profile);
    }

    [Theory]
    [InlineData("v1.21.0 — October 21, 2026", true)]
    [InlineData("[2.3.0] - 2024-05-01", true)]
    [InlineData("Version 1.2", true)]
    [InlineData("1906 Minnesota Senate election", false)]
    [InlineData("Install", false)]
    public void Version_headings_open_release_sections(string heading, bool expected) =>
        Assert.Equal(expected, SectionMap.IsVersionHeading(heading));
}
