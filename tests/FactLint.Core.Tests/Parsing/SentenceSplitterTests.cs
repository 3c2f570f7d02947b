using FactLint.Core.Parsing;

namespace FactLint.Core.Tests.Parsing;

public class SentenceSplitterTests
{
    [Theory]
    [InlineData("One. Two.", new[] { "One. ", "Two." })]
    [InlineData("Version 3.2 shipped. It works.", new[] { "Version 3.2 shipped. ", "It works." })]
    [InlineData("See e.g. the report. Then stop.", new[] { "See e.g. the report. ", "Then stop." })]
    [InlineData("Dr. Smith said so.", new[] { "Dr. Smith said so." })]
    [InlineData("It grew 12%. 2021 was good.", new[] { "It grew 12%. ", "2021 was good." })]
    [InlineData("J. R. R. Tolkien wrote it.", new[] { "J. R. R. Tolkien wrote it." })]
    public void Splits_at_sentence_ends_only(string text, string[] expected)
    {
        var parts = SentenceSplitter.Split(text).Select(s => text[s.Start..s.End]).ToArray();
        Assert.Equal(expected, parts);
    }
}
