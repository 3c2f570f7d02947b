using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Claims;

/// <summary>Counts written as words, ordinals of seasons and places, records and chart positions; and their look-alikes.</summary>
public class CountDetectorTests
{
    private static string[] Numbers(string markdown) =>
        TestDocuments.Claims(markdown).Where(c => c.Kind == ClaimKind.Number).Select(c => c.Text).ToArray();

    [Theory]
    [InlineData("They played three home games at Balboa Stadium.", "three home games")]
    [InlineData("Of the five total inductees, two attended.", "five total inductees")]
    [InlineData("The council would have nine members.", "nine members")]
    [InlineData("It is a tetramer of two alpha chains.", "two alpha chains")]
    [InlineData("Twenty-five players signed.", "Twenty-five players")]
    [InlineData("He was in his fifth and final season.", "fifth and final season")]
    [InlineData("Led by fifth-year head coach Matty Bell.", "fifth-year")]
    [InlineData("This year was the 29th running of the cup.", "29th running")]
    [InlineData("The club finished in 6th place.", "6th place")]
    [InlineData("The team compiled a 6–3 record.", "6–3")]
    [InlineData("They finished with an 8–0–1 overall record.", "8–0–1")]
    [InlineData("The Eagles compiled a record of 4–4–1.", "4–4–1")]
    [InlineData("The song peaked at number 80 on the ARIA Singles Chart.", "number 80")]
    [InlineData("It reached #3 in Bulgaria.", "#3")]
    [InlineData("The album reached number two on the chart.", "number two")]
    [InlineData("They were swept in 3 games.", "3 games")]
    // Any plural noun after a cardinal, with up to two words between, and a number word joined to a unit.
    [InlineData("The program has had two head coaches since then.", "two head coaches")]
    [InlineData("She won three Olympic gold medals.", "three Olympic gold medals")]
    [InlineData("The species lays two to four eggs.", "two to four eggs")]
    [InlineData("Deman won the event in a five-man sprint.", "five-man")]
    [InlineData("It was their only appearance in their two-year history.", "two-year")]
    // Ranks and more ordinal nouns.
    [InlineData("It is the second-largest city in Poland.", "second-largest")]
    [InlineData("The river is the third longest in Europe.", "third longest")]
    [InlineData("It was the 5th-busiest airport.", "5th-busiest")]
    [InlineData("The team won its fourth consecutive title.", "fourth consecutive title")]
    public void Counts_of_world_things(string markdown, string expected) => Assert.Equal([expected], Numbers(markdown));

    [Fact]
    public void Ordinals_of_works_take_in_one_word_between() =>
        Assert.Equal(["second single", "third studio album"], Numbers("It was the second single from their third studio album."));

    [Theory]
    // The document's own counts: steps, options, arguments, ways.
    [InlineData("There are two options and three steps.")]
    [InlineData("Pass the second argument, then read the third section.")]
    [InlineData("It supports two different kinds of middleware.")]
    // "first" is no count; centuries and wars are names of periods.
    [InlineData("The first year was hard; the 20th century and the Second World War ended.")]
    [InlineData("Use a third-party plugin.")]
    // A score without "record", an issue number, a version range.
    [InlineData("Fixed #3 in the parser; it makes 3-5 retries.")]
    [InlineData("Network threefold, eleventhhour, fivesome games.")]
    // Titles, partitives, a scale, the software's own things, and an adjective that is no plural.
    [InlineData("He wrote The Book of Five Rings.")]
    [InlineData("Two of whom were lost; eight hundred workers struck.")]
    [InlineData("Start two threads, wrap it in three backticks and open two links.")]
    [InlineData("The two famous, two-factor, three-way merges.")]
    [InlineData("It maps between the two languages and these three dialects.")]
    public void Not_counts_of_world_things(string markdown) => Assert.Empty(Numbers(markdown));

    [Fact]
    public void A_count_inside_a_statistic_is_the_statistic()
    {
        var claims = TestDocuments.Claims("Output fell by two-thirds and nine members left.");
        Assert.Equal([(ClaimKind.Statistic, "by two-thirds"), (ClaimKind.Number, "nine members")], claims.Select(c => (c.Kind, c.Text)));
    }
}
