using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Claims;

/// <summary>Quotes attributed by a verb other than "said", quoted titles, and shares of a change written as fractions.</summary>
public class QuoteAndStatisticTests
{
    private static string[] Found(string markdown, ClaimKind kind) =>
        TestDocuments.Claims(markdown).Where(c => c.Kind == kind).Select(c => c.Text).ToArray();

    [Theory]
    [InlineData("Reagan urged Gorbachev to \"tear down this wall\" in 1987.", "tear down this wall", "Reagan")]
    [InlineData("In its report the PSF listed it among \"notable community parsers\" of the year.", "notable community parsers", "the PSF")]
    public void Quotes_reported_by_other_verbs(string markdown, string quote, string who)
    {
        var claim = TestDocuments.Claims(markdown).Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal((quote, who), (claim.Text, claim.Attribution));
    }

    [Theory]
    // A title in title case, and a statement under discussion, are not someone's words.
    [InlineData("The movie that inspired the park is \"New York City in the Gay Nineties Revue\".")]
    [InlineData("The statement \"A T helper 2 cell environment impedes disease development in patients\" is not accurate.")]
    public void Titles_and_mentions_are_not_quotes(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Quote));

    [Fact]
    public void Only_past_tenses_of_the_new_verbs_attribute()
    {
        // Present tense describes software ("The CLI lists …"): the words are still a quote, but nobody said them.
        var claim = TestDocuments.Claims("The CLI lists \"no files were found in this directory\" when empty.").Single(c => c.Kind == ClaimKind.Quote);
        Assert.Null(claim.Attribution);
    }

    [Theory]
    [InlineData("Unemployment fell by nearly half.", "by nearly half")]
    [InlineData("Output fell by two-thirds in three years.", "by two-thirds")]
    [InlineData("Prices rose by one-third.", "by one-third")]
    [InlineData("Costs were cut by a quarter.", "by a quarter")]
    [InlineData("Attrition fell by half.", "by half")]
    public void A_change_by_a_fraction_is_a_statistic(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Statistic));

    [Theory]
    [InlineData("Sign by one-third past the line, then stand by two-thirds.")]
    public void A_fraction_after_by_needs_a_change(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Statistic));
}
