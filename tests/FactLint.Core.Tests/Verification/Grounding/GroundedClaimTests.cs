using FactLint.Core.Engine;

namespace FactLint.Core.Tests.Verification.Grounding;

/// <summary>Grounding mode (FL206): every precise claim must be in the context, with the citation checks' normalisation.</summary>
public class GroundedClaimTests
{
    private const string Context = """
        Revenue was $9.73 billion for the quarter ended September 30, 2021, up 12.4% from a year earlier.
        The plant was built in 1972-73. "We expect growth to continue through the winter," said Jane Doe.
        """;

    private static List<string> Flagged(string answer, params string[] context) =>
        FactLintChecker.Check(answer, new CheckRequest { Context = context.Length == 0 ? [Context] : context })
            .Findings.Where(f => f.Code == "FL206").Select(f => f.Claim).ToList();

    [Theory]
    [InlineData("Revenue was $9,730,000,000.")]
    [InlineData("Revenue was $9.73bn.")]
    [InlineData("The quarter ended on 2021-09-30.")]
    [InlineData("The plant was built in 1972–1973.")]
    [InlineData("Revenue rose 12.4 percent.")]
    [InlineData("\"We expect growth to continue through the winter,\" said Jane Doe.")]
    public void Reformatted_claims_are_grounded(string answer) => Assert.Empty(Flagged(answer));

    [Theory]
    [InlineData("Revenue was $9.7 billion.", "$9.7 billion")]
    [InlineData("Revenue rose 12%.", "12%")]
    [InlineData("The quarter ended on 2021-09-29.", "2021-09-29")]
    [InlineData("The plant was built in 1864.", "1864")]
    public void Drifted_claims_are_FL206(string answer, string claim) => Assert.Equal([claim], Flagged(answer));

    [Fact]
    public void The_note_shows_the_nearest_figure_of_the_context()
    {
        var finding = Assert.Single(FactLintChecker.Check("Revenue was $9.7 billion.", new CheckRequest { Context = [Context] }).Findings);
        Assert.Equal("Claim not in context: the money \"$9.7 billion\" is not in context[1]", finding.Message);
        Assert.Equal("nearest in source: \"$9.73 billion\" (9,730,000,000) at context[1]:1:13; the claim says 9,700,000,000", Assert.Single(finding.Notes));
    }

    [Fact]
    public void An_altered_quote_shows_the_word_diff()
    {
        var finding = Assert.Single(FactLintChecker.Check("\"We expect growth to continue through the spring,\" said Jane Doe.", new CheckRequest { Context = [Context] }).Findings);
        Assert.Equal("FL206", finding.Code);
        Assert.Contains(finding.Notes, n => n.StartsWith("word diff (source → quote):", StringComparison.Ordinal) && n.Contains("winter"));
    }

    [Fact]
    public void Common_claims_are_exempt_and_unsourced_rules_stay_silent()
    {
        var report = FactLintChecker.Check("It runs 24 hours a day, and 100% of it is hosted. Revenue was $9.73 billion.", new CheckRequest { Context = [Context] });
        Assert.Empty(report.Findings);
        Assert.True(report.Passed);
    }

    [Fact]
    public void An_empty_context_grounds_nothing()
    {
        var finding = Assert.Single(FactLintChecker.Check("Revenue was $9.73 billion.", new CheckRequest { Context = [] }).Findings);
        Assert.Equal("FL206", finding.Code);
        Assert.Equal(["the context is empty"], finding.Notes);
    }

    [Fact]
    public void A_claim_in_any_passage_is_grounded()
    {
        Assert.Empty(Flagged("Revenue was $9.73 billion and 1,204 people work there.", "Staff: 1,204.", Context));
        Assert.Equal(["1,205 people"], Flagged("Revenue was $9.73 billion and 1,205 people work there.", "Staff: 1,204.", Context));
    }

    [Theory]
    [InlineData("It aired on March 4, 2019.", true)]     // "March 4th" and 2019 elsewhere
    [InlineData("It aired in March 2019.", true)]
    [InlineData("It aired on 4 March.", true)]
    [InlineData("It aired on March 5, 2019.", false)]
    [InlineData("It aired on March 4, 2018.", false)]    // no 2018 in the context
    public void A_day_and_month_without_a_year_states_the_date_when_the_year_is_elsewhere(string answer, bool grounded) =>
        Assert.Equal(grounded, Flagged(answer, "Posted on February 6, 2019. Foxtel airs it from March 4th.").Count == 0);

    [Theory]
    [InlineData("Jackson's MMA Series 4 took place in 2011.", new string[0])]
    [InlineData("Jackson's MMA Series 6 took place in 2011.", new[] { "6" })]
    [InlineData("United won 5–3 in 2011.", new[] { "3" })]
    [InlineData("It streams 25/7.", new[] { "25" })]
    public void Figures_outside_claims_must_be_in_the_context_too(string answer, string[] flagged) =>
        Assert.Equal(flagged, Flagged(answer, "Jackson's MMA Series 4 was held in 2011; United won 5–4. It streams 24/7."));

    [Fact]
    public void Numbered_citations_are_not_bare_figures()
    {
        const string answer = "Revenue was $9.73 billion [7].\n\n## References\n\n7. [Q3](https://example.com/q3)\n";
        Assert.Empty(Flagged(answer));
    }
}
