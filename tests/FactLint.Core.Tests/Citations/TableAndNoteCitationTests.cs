using FactLint.Core.Citations;

namespace FactLint.Core.Tests.Citations;

/// <summary>Citations that reach a table from the sentences around it, data notes, and a citation that labels its block.</summary>
public class TableAndNoteCitationTests
{
    private static Dictionary<string, bool> CitedByClaim(string markdown, CitationConventions? conventions = null)
    {
        var (_, claims, index) = TestDocuments.Cited(markdown, conventions);
        return claims.ToDictionary(c => c.Text, c => index.CitationsFor(c).Count > 0);
    }

    private const string Table = "| Tool | Time |\n|---|---|\n| fastlib | 412 ms |\n| slowlib | 828 ms |\n";

    [Theory]
    // The introducing sentence links the benchmark; a caption carries an (Author, Year) reference.
    [InlineData("Timings from [the benchmark repository](https://example.com/bench):\n\n" + Table)]
    [InlineData("Table 1. Parse times (Smith et al., 2021).\n\n" + Table)]
    // A pointer sentence right after the table.
    [InlineData(Table + "\nSee [the benchmark set-up](https://example.com/bench) for the machine.\n")]
    public void A_source_next_to_a_table_covers_its_rows(string markdown)
    {
        var cited = CitedByClaim(markdown);
        Assert.True(cited["412 ms"]);
        Assert.True(cited["828 ms"]);
    }

    [Theory]
    // A link in an earlier sentence of the paragraph, a plain sentence after, and a paragraph two blocks away do not.
    [InlineData("See [the project](https://example.com). Timings on a laptop:\n\n" + Table)]
    [InlineData(Table + "\nThe laptop was busy. See [the project](https://example.com).\n")]
    [InlineData("Timings from [the benchmark](https://example.com/bench):\n\nA plain paragraph between.\n\n" + Table)]
    public void A_source_that_does_not_introduce_or_point_leaves_the_table_unsourced(string markdown) =>
        Assert.False(CitedByClaim(markdown)["412 ms"]);

    [Theory]
    [InlineData("Note: All population data is taken from the United Nations Population Division.")]
    [InlineData("**Note:** The data was sourced from the Bureau of Labor Statistics (https://www.bls.gov/).")]
    public void A_note_that_says_where_the_data_came_from_is_a_source_line(string note)
    {
        var cited = CitedByClaim(Table + "\n" + note + "\n");
        Assert.True(cited["412 ms"]);
        Assert.True(cited["828 ms"]);
    }

    [Theory]
    // A note with no origin, and "according to" a body alone (the guideline's "according to the World Bank").
    [InlineData("Note: All figures are estimates and may be revised.")]
    [InlineData("Note: These rates are according to the World Bank.")]
    public void Other_notes_are_not_sources(string note) => Assert.False(CitedByClaim(Table + "\n" + note + "\n")["412 ms"]);

    [Fact]
    public void A_citation_that_opens_a_list_item_as_its_label_covers_the_item()
    {
        var cited = CitedByClaim("1. Gupta et al. (2003): In a study of ageing worms, they found 75% of learning retained. Later work found 68% retained.\n2. Later studies found 61% retained.\n");
        Assert.True(cited["75%"]);
        Assert.True(cited["68%"]);
        Assert.False(cited["61%"]);
    }

    [Fact]
    public void A_law_named_with_its_year_is_not_an_author_year_citation()
    {
        var cited = CitedByClaim("Union membership grew 40% (National Labor Relations Act, 1935). Wages grew 12% (Smith, 2020).");
        Assert.False(cited["40%"]);
        Assert.True(cited["12%"]);
    }
}
