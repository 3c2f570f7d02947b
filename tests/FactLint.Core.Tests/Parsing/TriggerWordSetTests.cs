using FactLint.Core.Parsing;

namespace FactLint.Core.Tests.Parsing;

public class TriggerWordSetTests
{
    private static readonly InlineTriggers Triggers = new()
    {
        Words = ["twice", "half", "thousand"],
        WordParts = ["illion"],
        WordPairs = [new WordPair(["three", "second"], ["games", "season"])],
    };

    // The same question answered one word at a time, without the vector walk or the letter filter.
    private static bool Reference(string[] lines)
    {
        bool one = false, companion = false;
        foreach (var line in lines)
            foreach (var word in System.Text.RegularExpressions.Regex.Split(line, "[^A-Za-z]+").Where(w => w.Length > 0))
            {
                if (Triggers.Words.Contains(word, StringComparer.OrdinalIgnoreCase)) return true;
                if (word.Contains("illion", StringComparison.OrdinalIgnoreCase)) return true;
                one |= ((string[])["three", "second"]).Contains(word, StringComparer.OrdinalIgnoreCase);
                companion |= ((string[])["games", "season"]).Contains(word, StringComparer.OrdinalIgnoreCase);
                if (one && companion) return true;
            }
        return false;
    }

    [Theory]
    [InlineData("It happened TWICE.", true)]
    [InlineData("Twicefold and halfway and thousands", false)]
    [InlineData("Two billion", true)]
    [InlineData("the third of three games", true)]
    [InlineData("three steps, then games", true)]
    [InlineData("three steps", false)]
    [InlineData("0123456789abcd three________________games", true)]
    [InlineData("0123456789abcdefthree________________games", false)]
    [InlineData("ÄtwiceÄ", true)]
    [InlineData("twiceé", true)]
    [InlineData("ſecond games", false)]
    [InlineData("nonetheless twicer half-time", true)]
    [InlineData("often written content", false)]
    public void Opens_on_whole_words_parts_and_pairs(string line, bool expected)
    {
        uint seen = 0;
        Assert.Equal(expected, new TriggerWordSet(Triggers).Opens(line, ref seen));
        Assert.Equal(expected, Reference([line]));
    }

    [Fact]
    public void Agrees_with_a_word_by_word_reading_on_random_lines_of_every_length()
    {
        // Some lines run past 4,096 characters, where the letter bits no longer fit on the stack.
        var set = new TriggerWordSet(Triggers);
        var random = new Random(5);
        // "ſ" (long s) and "\u212A" (Kelvin sign) match "s" and "k" ignoring case, but are no ASCII letters.
        string[] pieces = ["three", "games", "twice", "million", "half", "Season", "second", "x", "é", " ", "-", "1", "ab", "[", "\t",
            "ſecond", "thouſand", "\u212A", "game", "alf", "hree"];
        for (int n = 0; n < 5000; n++)
        {
            var lines = Enumerable.Range(0, random.Next(1, 3))
                .Select(_ => string.Concat(Enumerable.Range(0, random.Next(0, n % 100 == 0 ? 1500 : 14)).Select(_ => pieces[random.Next(pieces.Length)]))).ToArray();
            uint seen = 0;
            bool opens = lines.Any(line => set.Opens(line, ref seen));
            Assert.True(opens == Reference(lines), string.Join(" / ", lines));
        }
    }
}
