using FactLint.Core.Text;

namespace FactLint.Core.Tests.Text;

public class PhraseSetTests
{
    private static readonly PhraseSet Phrases = new(["requir", "we ", "up to", "~", "p99", "what's new", "café"]);

    [Theory]
    [InlineData("It requires Node 18.", true)]
    [InlineData("REQUIRED: Node 18.", true)]
    [InlineData("Prerequisites: none.", false)]
    [InlineData("We ship it.", true)]
    [InlineData("In awe of it.", false)]
    [InlineData("Costs up to 5 MB.", true)]
    [InlineData("Costs up-to-date.", false)]
    [InlineData("about ~4 MB", true)]
    [InlineData("The p99 is 95 ms.", true)]
    [InlineData("The xp99 is 95 ms.", false)]
    [InlineData("## What's New", true)]
    [InlineData("Le Café", true)]
    [InlineData("", false)]
    [InlineData("w", false)]
    [InlineData("~", true)]
    public void Matches_a_phrase_only_where_a_word_starts(string text, bool expected) =>
        Assert.Equal(expected, Phrases.ContainsAtWordStart(text));

    [Fact]
    public void Agrees_with_a_plain_search_on_every_word_start()
    {
        string[] phrases = ["default", "set to", "max ", "min ", "a", "ab", "é", "ÉTÉ", "x-y"];
        var set = new PhraseSet(phrases);
        var random = new Random(17);
        const string alphabet = "abxy- .,éÉTtedfaulsmin";
        for (int n = 0; n < 2000; n++)
        {
            var text = new string(Enumerable.Range(0, random.Next(0, 24)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            bool plain = Enumerable.Range(0, text.Length).Any(i => (i == 0 || !char.IsLetterOrDigit(text[i - 1]))
                && phrases.Any(p => text.AsSpan(i).StartsWith(p, StringComparison.OrdinalIgnoreCase)));
            Assert.True(plain == set.ContainsAtWordStart(text), $"'{text}'");
        }
    }

    // The third-character filter's fold is case-blind for ASCII only; "Ā" is "ā" to the comparison behind it.
    [Theory]
    [InlineData("maā", "MAĀ tape", 0)]
    [InlineData("São", "a SÃO line", 2)]
    public void A_third_character_outside_ASCII_is_left_to_the_comparison(string phrase, string text, int at)
    {
        Assert.True(text.AsSpan(at).StartsWith(phrase, StringComparison.OrdinalIgnoreCase));
        Assert.True(new PhraseSet([phrase]).ContainsAtWordStart(text));
    }
}
