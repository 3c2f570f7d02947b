using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Claims;

/// <summary>Which dates a heading asserts, and the dates the detector drops as qualifiers, names or the span of data.</summary>
public class HeadingDateTests
{
    private static string[] Dates(string markdown) =>
        TestDocuments.Claims(markdown).Where(c => c.Kind == ClaimKind.Date).Select(c => c.Text).ToArray();

    [Theory]
    [InlineData("## 1906 Mississippi hurricane", "1906")]
    [InlineData("## 1958–59 Iowa State Cyclones men's basketball team", "1958–59")]
    [InlineData("## When: August 7, 1964", "August 7, 1964")]
    [InlineData("## First Term (2009-2013)", "2009-2013")]
    public void A_heading_that_names_a_dated_event_asserts_its_date(string heading, string expected) => Assert.Equal([expected], Dates(heading));

    [Theory]
    // A minor planet, a topic, a question, a release heading, a year before a lower-case word, a bare year in a topic.
    [InlineData("## 1263 Varsavia")]
    [InlineData("## 2048 slots and more")]
    [InlineData("## Q: Who won the 1906 election?")]
    [InlineData("## v1.21.0 — October 21, 2026")]
    [InlineData("## Changes in the 2020 cycle")]
    public void Other_headings_assert_no_date(string heading) => Assert.Empty(Dates(heading));

    [Theory]
    [InlineData("As of September 2021, no member of the band had won a medal.")]
    [InlineData("The Global Food Security Act of 2016 was introduced.")]
    [InlineData("Below is a table showing the global population from 2000 to 2015:")]
    [InlineData("Here is the data for US population growth from 1950 to 2020.")]
    public void Qualifiers_names_and_the_span_of_data_are_not_dates(string markdown) =>
        Assert.Empty(TestDocuments.Claims(markdown));

    [Theory]
    [InlineData("It was passed (National Labor Relations Act, 1935) by Congress.", "1935")]
    [InlineData("Output dropped sharply from its 1929 peak.", "1929")]
    [InlineData("In 1969: the crew landed.", "1969")]
    [InlineData("The following year, in 1945, the war ended.", "1945")]
    public void Dates_next_to_those_look_alikes_stay(string markdown, string expected) => Assert.Equal([expected], Dates(markdown));

    [Fact]
    public void A_year_does_not_open_a_percentage_range()
    {
        var claims = TestDocuments.Claims("Unemployment rose from 3.2% in 1929 to 24.9% in 1933.");
        Assert.Equal(["3.2%", "1929", "24.9%", "1933"], claims.Select(c => c.Text));
    }

    [Fact]
    public void A_form_name_is_not_a_figure() => Assert.Empty(TestDocuments.Claims("Companies file a 10-K and an 8-K."));
}
