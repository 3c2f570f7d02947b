using FactLint.Core.Suppression;

namespace FactLint.Core.Tests.Suppression;

public class SuppressionMapTests
{
    private static SuppressionMap Map(string markdown) => SuppressionMap.Build(TestDocuments.Parse(markdown));

    [Fact]
    public void Disable_and_enable_bound_a_range_per_code()
    {
        var map = Map("a\n<!-- factlint-disable FL101 -->\nb\n<!-- factlint-enable FL101 -->\nc\n");
        Assert.False(map.IsSuppressed("FL101", "unsourced-number", 1));
        Assert.True(map.IsSuppressed("FL101", "unsourced-number", 3));
        Assert.False(map.IsSuppressed("FL102", "unsourced-percentage", 3));
        Assert.False(map.IsSuppressed("FL101", "unsourced-number", 5));
    }

    [Fact]
    public void Next_line_and_same_line_and_whole_file()
    {
        var map = Map("<!-- factlint-disable-next-line -->\nfigure 1,234\n\nText 99 ms <!-- factlint-disable-line unsourced-number -->\n");
        Assert.True(map.IsSuppressed("FL105", "x", 2));
        Assert.False(map.IsSuppressed("FL105", "x", 3));
        Assert.True(map.IsSuppressed("FL101", "unsourced-number", 4));
        Assert.True(Map("<!-- factlint-disable-file FL104 -->\n\na\n\nb\n").IsSuppressed("FL104", "x", 5));
    }

    [Fact]
    public void Disable_without_enable_runs_to_the_end()
    {
        var map = Map("a\n\n<!-- factlint-disable -->\n\nb\n\nc\n");
        Assert.True(map.IsSuppressed("FL999", "x", 7));
    }
}
