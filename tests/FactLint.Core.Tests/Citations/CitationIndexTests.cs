using FactLint.Core.Citations;
using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Citations;

public class CitationIndexTests
{
    private static Dictionary<string, bool> CitedByClaim(string markdown, CitationConventions? conventions = null)
    {
        var (_, claims, index) = TestDocuments.Cited(markdown, conventions);
        return claims.ToDictionary(c => c.Text, c => index.CitationsFor(c).Count > 0);
    }

    [Fact]
    public void A_citation_covers_its_own_sentence_only()
    {
        var cited = CitedByClaim("Revenue was $9.73 billion ([report](q3.md)). Costs were $2.1 billion.");
        Assert.True(cited["$9.73 billion"]);
        Assert.False(cited["$2.1 billion"]);
    }

    [Fact]
    public void A_work_named_by_title_venue_and_year_covers_later_sentences_that_point_back_at_it()
    {
        const string answer =
            "1. In 2001, a study titled \"Maintenance Treatment of Opiate Addiction\" was published in the Journal of Medicine.\n" +
            "2. The study surveyed 139 programs across the country.\n" +
            "3. The aforementioned study found that 32% of programs required it.\n" +
            "4. Most programs, about 56%, allowed it.\n\n" +
            "## Elsewhere\n\nThe study found that 12% did not.\n";
        var cited = CitedByClaim(answer);
        Assert.True(cited["2001"]);
        Assert.True(cited["139"]);
        Assert.True(cited["32%"]);
        // Counter-examples: a sentence that does not point back, and one past the next heading.
        Assert.False(cited["56%"]);
        Assert.False(cited["12%"]);
    }

    [Theory]
    // A venue and a year without a title, or a title without a venue, is no citation (the labelling guideline's rule).
    [InlineData("A study published in JAMA in 2004 found 32% of users left. The study found 41% more.")]
    [InlineData("A study titled \"Users and their habits\" found 32% of users left. The study found 41% more.")]
    public void A_work_without_title_venue_and_year_cites_nothing(string markdown) =>
        Assert.All(CitedByClaim(markdown).Values, Assert.False);

    [Fact]
    public void Titled_works_can_be_turned_off()
    {
        const string markdown = "A study titled \"Users and their habits\" was published in the Journal of Use in 2004. The study found 32% left.";
        Assert.True(CitedByClaim(markdown)["32%"]);
        Assert.False(CitedByClaim(markdown, new CitationConventions { TitledWorks = false })["32%"]);
    }

    [Fact]
    public void A_footnote_after_the_full_stop_still_covers_the_sentence()
    {
        var cited = CitedByClaim("Revenue was $9.73 billion.[^1] Costs were $2.1 billion.\n\n[^1]: Q3 report.\n");
        Assert.True(cited["$9.73 billion"]);
        Assert.False(cited["$2.1 billion"]);
    }

    [Theory]
    [InlineData("Revenue was $9.73 billion. See [the Q3 report](q3.md) for the breakdown. Costs were $2.1 billion.")]
    [InlineData("Revenue was $9.73 billion. Cf. [^1]. Costs were $2.1 billion.\n\n[^1]: Q3 report.\n")]
    [InlineData("Revenue was $9.73 billion. For the full breakdown by region, see <https://example.com/q3>. Costs were $2.1 billion.")]
    public void A_sentence_that_points_to_a_source_covers_the_sentence_before_it(string markdown)
    {
        var cited = CitedByClaim(markdown);
        Assert.True(cited["$9.73 billion"]);
        Assert.False(cited["$2.1 billion"]);
        Assert.False(CitedByClaim(markdown, new CitationConventions { SeeSentenceCoversPrevious = false })["$9.73 billion"]);
    }

    [Theory]
    [InlineData("Revenue was $9.73 billion. Seeing [the Q3 report](q3.md) helps.")]
    [InlineData("Revenue was $9.73 billion. The [Q3 report](q3.md) is out; see it.")]
    [InlineData("Revenue was $9.73 billion. See below.")]
    public void Other_sentences_after_a_claim_do_not_cover_it(string markdown) => Assert.False(CitedByClaim(markdown)["$9.73 billion"]);

    [Theory]
    [InlineData("Revenue was $9.73 billion [@smith2020, p. 4].")]
    [InlineData("Revenue was $9.73 billion (Source: Q3 annual report).")]
    [InlineData("As @smith2020 shows, revenue was $9.73 billion.")]
    [InlineData("Revenue was $9.73 billion <https://example.com/q3>.")]
    [InlineData("Revenue was $9.73 billion (Smith et al., 2021).")]
    [InlineData("Revenue was $9.73 billion (Smith & Jones 2021, p. 4).")]
    [InlineData("Revenue was $9.73 billion (see World Bank, 2022; Lee, 2019a).")]
    [InlineData("Revenue was $9.73 billion (IEA 2023).")]
    [InlineData("Smith et al. (2021) found that revenue was $9.73 billion.")]
    [InlineData("Revenue was $9.73 billion, as Smith and Jones (2020) report.")]
    public void Text_citations_count(string markdown) => Assert.True(CitedByClaim(markdown)["$9.73 billion"]);

    [Fact]
    public void A_name_and_a_year_without_a_comma_is_a_product_not_a_source() =>
        Assert.False(CitedByClaim("Revenue was $9.73 billion (Windows 2000).")["$9.73 billion"]);

    [Fact]
    public void A_single_name_before_a_year_in_brackets_dates_the_name() =>
        Assert.False(CitedByClaim("The Treaty of Versailles (1919) set reparations at $9.73 billion.")["$9.73 billion"]);

    [Fact]
    public void Author_year_citations_are_a_pack_convention() =>
        Assert.False(CitedByClaim("Revenue was $9.73 billion (Smith et al., 2021).", new CitationConventions { AuthorYear = false })["$9.73 billion"]);

    [Fact]
    public void A_numbered_reference_stands_for_its_entry_under_a_references_heading()
    {
        var markdown = "Revenue was $9.73 billion [1]. Costs were $2.1 billion [2, 3]. Tax was $0.4 billion [7].\n\n" +
                       "## References\n\n1. Q3 report, [filing](https://example.com/q3)\n2. Annual report.\n3. Press release.\n";
        var (_, claims, index) = TestDocuments.Cited(markdown);
        var revenue = index.CitationsFor(claims.Single(c => c.Text == "$9.73 billion"));
        Assert.Equal([(CitationKind.Link, "https://example.com/q3")], revenue.Select(c => (c.Kind, c.Target)));
        var costs = index.CitationsFor(claims.Single(c => c.Text == "$2.1 billion"));
        Assert.Equal(["Annual report.", "Press release."], costs.Select(c => c.Target));
        Assert.Empty(index.CitationsFor(claims.Single(c => c.Text == "$0.4 billion")));
    }

    [Fact]
    public void A_bracketed_number_without_a_references_section_is_not_a_citation() =>
        Assert.False(CitedByClaim("Revenue was $9.73 billion [1].\n\n1. First step.\n")["$9.73 billion"]);

    [Fact]
    public void A_block_that_another_document_also_holds_keeps_its_citations()
    {
        var (document, claims, index) = TestDocuments.Cited("Intro without figures.\n\nRevenue was $9.73 billion ([report](q3.md)). Costs were $2.1 billion.");
        // A second document over the same blocks in another order gives each block another position.
        _ = new ProseDocument(document.Source, document.Blocks.Reverse().ToList(), document.Comments);
        var revenue = claims.Single(c => c.Text == "$9.73 billion");
        var costs = claims.Single(c => c.Text == "$2.1 billion");
        Assert.Single(index.CitationsFor(revenue));
        Assert.Empty(index.CitationsFor(costs));
    }

    [Fact]
    public void An_email_address_is_not_a_citation_key() =>
        Assert.False(CitedByClaim("Mail ops@example.com: the disk holds 512 GB.")["512 GB"]);

    [Fact]
    public void A_source_line_after_a_table_covers_every_cell()
    {
        var cited = CitedByClaim("| Region | Nodes |\n|---|---|\n| eu | 412 |\n| us | 828 |\n\nSource: [capacity sheet](capacity.csv)\n");
        Assert.True(cited["412"]);
        Assert.True(cited["828"]);
    }

    [Fact]
    public void A_citation_in_a_row_covers_that_row_only()
    {
        var cited = CitedByClaim("| Region | Nodes | Ref |\n|---|---|---|\n| eu | 412 | [a](a.md) |\n| us | 828 | |\n");
        Assert.True(cited["412"]);
        Assert.False(cited["828"]);
    }

    [Fact]
    public void A_source_sentence_covers_its_paragraph()
    {
        var cited = CitedByClaim("Revenue was $9.73 billion. Costs were $2.1 billion. Source: [Q3 report](q3.md).");
        Assert.True(cited["$9.73 billion"]);
        Assert.True(cited["$2.1 billion"]);
    }

    [Fact]
    public void Paragraph_reach_is_a_pack_convention()
    {
        var markdown = "Revenue was $9.73 billion. Costs were $2.1 billion ([Q3](q3.md)).";
        Assert.False(CitedByClaim(markdown)["$9.73 billion"]);
        Assert.True(CitedByClaim(markdown, new CitationConventions { Reach = CitationReachKind.Paragraph })["$9.73 billion"]);
    }
}
