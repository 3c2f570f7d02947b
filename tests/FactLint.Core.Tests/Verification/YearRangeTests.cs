using FactLint.Core.Verification;

namespace FactLint.Core.Tests.Verification;

public class YearRangeTests
{
    [Theory]
    [InlineData("1972–1973", 1972, 1973)]
    [InlineData("1972-73", 1972, 1973)]
    [InlineData("1998/99", 1998, 1999)]
    [InlineData("1491 – 1510", 1491, 1510)]
    public void Spans_of_years_are_read_in_any_spelling(string claim, int from, int to) =>
        Assert.Equal((from, to), DateReader.YearRangeOf(claim));

    [Theory]
    [InlineData("2021-09")]        // a month
    [InlineData("2021-09-30")]     // a day
    [InlineData("1973-1972")]      // backwards
    [InlineData("1.1972-73")]
    public void Other_figures_are_not_spans(string claim) => Assert.Null(DateReader.YearRangeOf(claim));

    [Fact]
    public void A_source_date_is_not_read_as_a_span()
    {
        Assert.Empty(DateReader.ReadYearRanges("The quarter ended 2021-09-30 and 2021-09."));
        Assert.Equal([(1972, 1973)], DateReader.ReadYearRanges("built in 1972-73, open 24/7").Select(r => (r.From, r.To)));
    }
}
