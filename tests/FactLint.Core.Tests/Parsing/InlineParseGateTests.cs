using System.Text;
using FactLint.Core.Claims;
using FactLint.Core.Documents;
using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Parsing;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Parsing;

public class InlineParseGateTests
{
    private static readonly LintProfile Gated = LintProfile.Load(FactLintConfig.Default(Path.GetTempPath()));
    private static readonly LintProfile Ungated = Gated.WithoutInlineGate();
    private static readonly InlineParseGate Gate = Gated.InlineGate!;

    private static string Findings(LintProfile profile, string markdown, string path = "doc.md", string? root = null)
    {
        var result = FileLinter.Lint(new SourceText(path, markdown), profile, LintServices.ForFolder(root ?? Path.GetTempPath()));
        return string.Join('\n', result.Diagnostics.Select(d => $"{d.Start.Line}:{d.Start.Column}-{d.End.Line}:{d.End.Column} {d.Code} {d.Message} | {string.Join(" / ", d.Notes)}"))
            + $"\nclaims: {result.ClaimCount}";
    }

    private static void AssertSameFindings(string markdown, string path = "doc.md", string? root = null) =>
        Assert.True(Findings(Ungated, markdown, path, root) == Findings(Gated, markdown, path, root), $"findings differ with the gate for: {markdown}");

    private static int ProseBlocks(string markdown, InlineParseGate? gate) =>
        MarkdownProseExtractor.Extract(new SourceText("doc.md", markdown), gate).Blocks.Count;

    [Fact]
    public void The_built_in_profile_has_a_gate_and_a_pack_with_claim_patterns_has_none()
    {
        Assert.NotNull(Gated.InlineGate);
        var pack = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(pack, "pack.yaml"), "name: custom\nclaims:\n  patterns:\n    - kind: number\n      regex: 'forty winks'\n");
        var profile = LintProfile.Load(FactLintConfig.Default(pack) with { Packs = [pack] });
        Assert.Null(profile.InlineGate);
    }

    [Fact]
    public void A_packs_own_source_labels_open_the_gate()
    {
        // "Quelle: …" has no digit: only the pack's label keeps the source line, which covers the paragraph before it.
        var pack = TestDocuments.TempDirectory();
        File.Copy(Path.Combine(TestDocuments.RulesDirectory(), "core", "unsourced-percentage.yaml"), Path.Combine(pack, "unsourced-percentage.yaml"));
        File.WriteAllText(Path.Combine(pack, "pack.yaml"), "name: german\ncitations:\n  source_labels: [Quelle]\n");
        var profile = LintProfile.Load(FactLintConfig.Default(pack) with { Packs = [pack] });
        const string markdown = "Der Umsatz stieg um 12%.\n\nQuelle: der Jahresbericht\n";
        Assert.NotNull(profile.InlineGate);
        Assert.Empty(FileLinter.Lint(new SourceText("a.md", markdown), profile, LintServices.ForFolder(pack)).Diagnostics);
        Assert.Single(FileLinter.Lint(new SourceText("a.md", markdown.Replace("Quelle:", "Notiz:")), profile, LintServices.ForFolder(pack)).Diagnostics);
    }

    [Fact]
    public void Labels_are_whole_words_unless_one_is_not_ascii_letters()
    {
        var triggers = new ClaimDetection([new GizmoDetector(declares: true)]).Triggers;
        var ascii = InlineParseGate.For(triggers, ["Quelle"]);
        Assert.Equal(2, ProseBlocks("# Title\n\nQuelle: der Bericht\n", ascii));
        Assert.Equal(1, ProseBlocks("# Title\n\nQuellen: der Bericht\n", ascii));
        // A label word with a letter outside ASCII cannot be walked to: every label word is then searched as a piece.
        var wider = InlineParseGate.For(triggers, ["Quelle", "Źródło"]);
        Assert.Equal(2, ProseBlocks("# Title\n\nQuellen: der Bericht\n", wider));
        Assert.Equal(1, ProseBlocks("# Title\n\nDer Bericht ohne Doppelpunkt\n", wider));
    }

    // Finds the word "gizmo"; declares it as its trigger, or declares nothing.
    private sealed class GizmoDetector(bool declares) : IClaimDetector
    {
        public ClaimKind Kind => ClaimKind.Number;
        public InlineTriggers Triggers => declares ? new InlineTriggers { Words = ["gizmo"] } : InlineTriggers.AnyText;
        public void Detect(ProseBlock block, List<Claim> claims)
        {
            int at = block.Text.IndexOf("gizmo", StringComparison.Ordinal);
            if (at >= 0) claims.Add(new Claim(ClaimKind.Number, block, at, at + 5, "gizmo"));
        }
    }

    [Fact]
    public void The_gate_asks_the_loaded_detectors_for_their_triggers()
    {
        const string markdown = "# Title\n\nOne gizmo here.\n";
        var declared = InlineParseGate.For(new ClaimDetection([new GizmoDetector(declares: true)]).Triggers, []);
        Assert.NotNull(declared);
        Assert.Equal(ProseBlocks(markdown, null), ProseBlocks(markdown, declared));
        Assert.Equal(1, ProseBlocks("# Title\n\nNo such thing here.\n", declared));
        // A detector that declares nothing may match anything: no gate.
        Assert.Null(InlineParseGate.For(new ClaimDetection([new GizmoDetector(declares: true), new GizmoDetector(declares: false)]).Triggers, []));
    }

    [Theory]
    [InlineData("Run the installer and follow the prompts.", false)]
    [InlineData("It is often none of our concern; the content was written long ago.", false)]
    [InlineData("See [the guide](https://example.com/guide) and <https://example.com>.", false)]
    [InlineData("We served 12 requests.", true)]
    [InlineData("She said \"no more meetings on Fridays at all\".", true)]
    [InlineData("It is 'quoted words' here.", true)]
    [InlineData("It's a user's guide, don't panic.", false)]
    [InlineData("Twice as many users came.", true)]
    [InlineData("One in five users came.", true)]
    [InlineData("A third of users came.", true)]
    [InlineData("Two million homes.", true)]
    [InlineData("Costs were halved.", true)]
    [InlineData("Café prices rose.", true)]
    [InlineData("A &quot;quoted&quot; entity.", true)]
    // A pipe table is one paragraph until its inline parse: with no trigger in any row, no row holds a claim.
    [InlineData("a | b\n--|--\nc | d", false)]
    [InlineData("| Option | Default |\n|---|---|\n| `--cache` | `on` |", false)]
    [InlineData("a | b\n--|--\nc | 12", true)]
    [InlineData("a | b\n--|--\nc | twice", true)]
    [InlineData("Text <!-- factlint-disable --> here.", true)]
    [InlineData("Text with a note[^a].", true)]
    [InlineData("Source: the annual report.", true)]
    [InlineData("Data:\nthe annual report.", true)]
    [InlineData("The data is in the annual report.", false)]
    [InlineData("He was in his second season with the club.", true)]
    [InlineData("Twenty players signed.", true)]
    // A cardinal may count any plural noun, so it opens alone; an ordinal only with one of its nouns in the same paragraph,
    // on any of its lines.
    [InlineData("Pass the second argument; forty is the default.", true)]
    [InlineData("Twenty-one\nplayers signed in the fourth\nround.", true)]
    [InlineData("Pass the second argument; the eighteenth-century weights.", false)]
    // A rank is an ordinal's companion, by its last word: "second most populous", "third-longest".
    [InlineData("It is the second most populous state.", true)]
    [InlineData("The third-longest river.", true)]
    [InlineData("The most populous state has a second argument.", true)]
    [InlineData("The populous state.", false)]
    [InlineData("Seventeen networks.", true)]
    [InlineData("Two million homes and a billion trees.", true)]
    [InlineData("Note: the data is taken from the census.", true)]
    [InlineData("Note that the data is in the census.", false)]
    // A note label opens only with one of the note's data words: software docs are full of "Note:" callouts.
    [InlineData("**Note:** run the installer first.", false)]
    [InlineData("**Note:** these figures come\nfrom the survey.", true)]
    [InlineData("Footnotes: the denoted figures.", false)]
    public void Parses_a_paragraph_only_when_it_may_hold_a_claim_or_a_citation_that_reaches_one(string paragraph, bool parsed)
    {
        // One paragraph after a heading: the heading always stays, the paragraph only when the gate lets it through.
        string markdown = "# Title\n\n" + paragraph + "\n";
        Assert.Equal(parsed ? ProseBlocks(markdown, null) : 1, ProseBlocks(markdown, Gate));
    }

    [Theory]
    [InlineData("> Plain words in a quote\n> — Jane Doe\n")]
    [InlineData("+---+---+\n| a | b |\n+===+===+\n| plain | [link](https://example.com) |\n+---+---+\n")]
    [InlineData("Text[^1].\n\n[^1]: Plain words in a footnote.\n")]
    [InlineData("## References\n\n- Plain entry, no figure\n- [Linked entry](https://example.com)\n")]
    [InlineData("**References**\n----------\n\nPlain entry under a setext heading.\n")]
    public void Always_parses_paragraphs_whose_citations_reach_other_blocks(string markdown) =>
        Assert.Equal(ProseBlocks(markdown, null), ProseBlocks(markdown, Gate));

    public static TheoryData<string> Documents() => new()
    {
        // A numbered reference resolves to an entry with no figure of its own, under a References heading.
        "Revenue grew 40% [1].\n\n## References\n\n1. Annual report, chapter on revenue\n2. [Quarterly letter](https://example.com/q)\n",
        "Revenue grew 40% [2].\n\n### Sources\n\n[1] The annual report\n\n[2] The quarterly letter\n",
        // A source line with no figure covers the table above it and the paragraph before it.
        "Sales rose 12% in March.\n\nSource: the quarterly letter\n",
        "| Year | Sales |\n|---|---|\n| 2021 | 1,200 |\n\n**Source:** internal reporting\n",
        "Data source: the census bureau\n\n| Region | People |\n|---|---|\n| North | 12,400 |\n",
        // A footnote referred to only from a paragraph with no claim, and a footnote holding the figure.
        "Plain words here[^a].\n\nSales rose 12%[^b].\n\n[^a]: A plain note.\n[^b]: Sales rose 12% per [the report](https://example.com/r).\n",
        // Suppression comments inside and between paragraphs.
        "Plain words <!-- factlint-disable-next-line FL101 --> here.\nWe have 1,234 users.\n\n<!-- factlint-disable -->\n\nWe have 4,321 users.\n",
        // Quotes, statistics and spelled figures with no digit.
        "As Jane Doe said, 'we ship when it is ready and not a day before'.\n\nTwice as many users came.\n\nA third of users left.\n\nTwo million homes.\n",
        "“Curly quotes around several words of speech,” she said.\n\nIt’s a plain apostrophe.\n\nThe ſix timeſ more case.\n",
        "A &ldquo;quoted phrase of five words&rdquo; via entities.\n\nA pipe table:\n\na | b\n--|--\nc | d\n",
        // Pipe tables with no trigger, left unparsed, between claims and the lines that may cite them.
        "| A | B |\n|---|---|\n| see [report](https://example.com/r) | plain |\n\nSales rose 12% in March.\n",
        "Sales rose 12% in March.\n\n| Option | Default |\n|---|---|\n| `--cache` | `on` |\n\nSource: [the letter](https://example.com/l)\n",
        "| Year | Sales |\n|---|---|\n| 2021 | 1,200 |\n\n| Option | Default |\n|---|---|\n| `--cache` | `on` |\n\nSee [the report](https://example.com/r).\n",
        "> A quote with no figure at all in it\n> — Jane Doe, 2023\n\nPlain words.\n",
        "- Plain item\n- Item with 12 things\n  - Nested plain item\n  - Nested \"quoted words that are long enough\" item\n",
        "Setext heading\n===\n\nPlain paragraph.\n\nRevenue grew 40% [1].\n\nReferences\n----------\n\n- Annual report\n",
        // Counts written as words, and a data note with no figure that covers the table above it.
        "Forty\nmembers voted in the\nfifth round.\n\nThe second argument is forty.\n\n" +
        "He was in his ninth season and played twelve home games.\n\n| Year | People |\n|---|---|\n| 2001 | 6,202 |\n\nNote: All population data is taken from the United Nations.\n",
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Lints_hand_written_documents_alike_with_and_without_the_gate(string markdown)
    {
        AssertSameFindings(markdown);
        AssertSameFindings(markdown.Replace("\n", "\r\n"));
    }

    [Fact]
    public void Lints_every_fixture_sample_and_doc_alike_with_and_without_the_gate()
    {
        var files = TestDocuments.RepositoryMarkdownFiles();
        Assert.NotEmpty(files);
        int skipped = 0;
        foreach (var file in files)
        {
            string markdown = File.ReadAllText(file);
            AssertSameFindings(markdown, file, Path.GetDirectoryName(file));
            if (ProseBlocks(markdown, Gate) < ProseBlocks(markdown, null)) skipped++;
        }
        // The gate must act on real prose, or this compares a document with itself.
        Assert.True(skipped >= files.Count / 3, $"the gate left paragraphs out in only {skipped} of {files.Count} files");
    }

    // Random documents from the pieces claims, citations, containers and the gate's triggers are made of (fixed seed).
    [Fact]
    public void Lints_random_documents_alike_with_and_without_the_gate()
    {
        string[] pieces =
        [
            "plain", "words", "none", "often", "one", "two", "twice", "half", "third", "a", "as", "many", "million", "of", "in", "five",
            "said", "Jane", "Doe", "According to", "Source", "Data", "References", "Notes", ":", ",", ".", " ", " ", " ", "\n", "\n\n",
            "12", "40%", "$9", "2021", "v3.2", "[1]", "[2]", "1. ", "- ", "> ", "# ", "## ", "---\n", "===\n", "| ", " |", "|---|---|\n",
            "[^1]", "[^1]: ", "[link](https://example.com/r)", "<https://example.com>", "https://example.com/b", "\"", "'", "“", "”",
            "&quot;", "<!-- factlint-disable -->", "<!-- factlint-disable-next-line FL101 -->", "*", "**", "`code`", "é", "\t",
            "(Smith et al., 2021)", "[@smith2020]", "— ", "Twice as many", "one in five", "two-thirds of",
        ];
        var random = new Random(20261202);
        int skipped = 0;
        for (int n = 0; n < 1500; n++)
        {
            var sb = new StringBuilder();
            int length = random.Next(1, 60);
            for (int i = 0; i < length; i++) sb.Append(pieces[random.Next(pieces.Length)]);
            string markdown = sb.ToString();
            AssertSameFindings(markdown);
            if (ProseBlocks(markdown, Gate) < ProseBlocks(markdown, null)) skipped++;
        }
        Assert.True(skipped > 50, $"the gate left paragraphs out in only {skipped} random documents");
    }
}
