using FactLint.Core.Text;
using FactLint.Core.Verification;
using FactLint.Core.Verification.Sources;

namespace FactLint.Core.Tests.Verification;

public class FigureAndQuoteTests
{
    private static SearchTarget Target(string text, string path = "src.md")
    {
        var original = new SourceText(path, text);
        var (extracted, map) = TextExtractor.Extract(path, text);
        return new SearchTarget(SourceIndex.Build(new SourceDocument(path, original, extracted, map)), null, path);
    }

    [Theory]
    [InlineData("$9.73 billion", "Revenue: 9,730,000,000 dollars")]
    [InlineData("$9.73 billion", "Revenue was $9.73bn.")]
    [InlineData("9.73 billion", "Revenue was US$9,730 million.")]
    [InlineData("12 percent", "margin 12%")]
    [InlineData("12%", "margin of 12 per cent")]
    [InlineData("1,204 employees", "headcount 1204")]
    [InlineData("€4.5bn", "<td>&euro;4.5bn</td>")]
    public void ReformattedFiguresMatch(string claim, string source) =>
        Assert.True(ClaimVerifier.VerifyFigures(claim, [Target(source, source.StartsWith('<') ? "s.html" : "s.md")]).Supported);

    [Theory]
    [InlineData("$9.7 billion", "Revenue was $9.73 billion.")]
    [InlineData("9.73", "Revenue was 9.7.")]
    [InlineData("12%", "margin 12.4%")]
    [InlineData("12%", "12 stores")]
    [InlineData("$9.73 billion", "Revenue was €9.73 billion.")]
    [InlineData("$9.73 million", "Revenue was $9.73 billion.")]
    public void DriftedFiguresDoNotMatch(string claim, string source) =>
        Assert.False(ClaimVerifier.VerifyFigures(claim, [Target(source)]).Supported);

    [Fact]
    public void NearestFigureIsShownWithItsLineAndColumn()
    {
        var verdict = ClaimVerifier.VerifyFigures("$9.7 billion", [Target("# Q3\n\nRevenue was $9.73 billion; costs $2 billion.\n")]);
        Assert.False(verdict.Supported);
        Assert.Contains("\"$9.73 billion\" (9,730,000,000) at src.md:3:13", verdict.Notes[0]);
    }

    [Fact]
    public void SameValueOfAnotherKindIsPointedOut()
    {
        var verdict = ClaimVerifier.VerifyFigures("12%", [Target("{\"margin_pct\": 12}", "q3.json")]);
        Assert.False(verdict.Supported);
        Assert.Contains(verdict.Notes, n => n.Contains("\"12\" at q3.json:1:16 has the same value but is not a percentage", StringComparison.Ordinal));
    }

    [Fact]
    public void DecimalArithmeticIsExact() =>
        Assert.Equal(9_730_000_000m, Assert.Single(FigureReader.Read("$9.73bn")).Value);

    [Theory]
    [InlineData("2021-09-30", "The quarter ended September 30, 2021.", true)]
    [InlineData("September 30, 2021", "closing date: 2021-09-30", true)]
    [InlineData("30 Sept 2021", "on 9/30/2021", true)]
    [InlineData("September 2021", "on September 30, 2021", true)]
    [InlineData("2021-09-29", "The quarter ended September 30, 2021.", false)]
    [InlineData("2021", "founded in 2021", true)]
    public void Dates(string claim, string source, bool expected) =>
        Assert.Equal(expected, ClaimVerifier.VerifyDate(claim, [Target(source)]).Supported);

    private const string Speech = "Doe said: \u201CWe expect growth to continue through the winter \u2014 driven by our cloud business.\u201D";

    [Theory]
    [InlineData("We expect growth to continue through the winter - driven by our cloud business", true)]
    [InlineData("we expect growth to continue through the winter", true)]
    [InlineData("We expect growth to continue \u2026 driven by our cloud business", true)]
    [InlineData("We expect growth to continue through the spring", false)]
    [InlineData("We expect Growth to continue", false)]
    [InlineData("We expect growth to continue driven by our cloud business", false)]
    public void Quotes(string quote, bool expected) =>
        Assert.Equal(expected, ClaimVerifier.VerifyQuote(quote, [Target(Speech)], folded: false).Supported);

    [Fact]
    public void AlteredQuoteGetsAWordDiff()
    {
        var verdict = ClaimVerifier.VerifyQuote("We expect growth to continue through the spring", [Target(Speech)], folded: false);
        Assert.True(verdict.QuoteOverlap >= 0.5);
        Assert.Contains(verdict.Notes, n => n.Contains("[-winter-] {+spring+}", StringComparison.Ordinal));
    }

    [Fact]
    public void CaseInsensitiveQuotesWhenAllowed() =>
        Assert.True(ClaimVerifier.VerifyQuote("We Expect Growth", [Target(Speech)], folded: true).Supported);
}
