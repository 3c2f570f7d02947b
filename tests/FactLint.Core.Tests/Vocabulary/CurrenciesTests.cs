using FactLint.Core.Documents;
using FactLint.Core.Verification;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Tests.Vocabulary;

public class CurrenciesTests
{
    public static TheoryData<string> EveryCode() => new(Currencies.Codes.Split('|'));

    [Theory]
    [MemberData(nameof(EveryCode))]
    public void A_detected_amount_in_every_code_is_read_with_its_currency_by_the_verifier(string code)
    {
        string text = $"The fund raised {code} 12.5 million last year.";
        var claim = Assert.Single(TestDocuments.Claims(text), c => c.Kind == ClaimKind.Money);
        var figure = Assert.Single(FigureReader.Read(claim.Text));
        Assert.Equal(12_500_000m, figure.Value);
        Assert.NotNull(figure.Currency);
    }

    [Fact]
    public void Swiss_francs_verify_against_the_same_amount_and_not_against_euros()
    {
        var claimed = Assert.Single(FigureReader.Read("CHF 12.5 million"));
        Assert.Contains(FigureReader.Read("a grant of CHF 12,500,000 in 2021"), f => f.Supports(claimed));
        Assert.DoesNotContain(FigureReader.Read("a grant of EUR 12,500,000 in 2021"), f => f.Supports(claimed));
    }

    [Theory]
    [InlineData("$", "USD")]
    [InlineData("₹", "INR")]
    [InlineData("pounds sterling", "GBP")]
    [InlineData("yuan", "CNY")]
    [InlineData("RMB", "CNY")]
    [InlineData("francs", null)]
    public void Signs_and_words_normalise_to_one_code(string text, string? code) =>
        Assert.Equal(code, Currencies.Normalise(text));

    [Fact]
    public void Scales_multiply_for_both_detection_and_verification()
    {
        Assert.Equal(2_000_000_000_000m, Assert.Single(FigureReader.Read("$2tn")).Value);
        Assert.Contains(TestDocuments.Claims("Debt reached $2tn in 2020."), c => c.Kind == ClaimKind.Money && c.Text == "$2tn");
    }
}
