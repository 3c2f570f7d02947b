namespace FactLint.Core.Text;

/// <summary>Whole-word tests on text: a word found at the end of a text, not the end of a longer word.</summary>
public static class WholeWords
{
    /// <summary>
    /// Whether <paramref name="text"/> ends with <paramref name="word"/> and no letter stands right before it ("only", not
    /// "commonly"). A word that does not open with a letter ("~", "&lt;") needs no such boundary.
    /// </summary>
    public static bool EndsWith(ReadOnlySpan<char> text, string word, StringComparison comparison = StringComparison.OrdinalIgnoreCase) =>
        text.EndsWith(word, comparison)
        && (text.Length == word.Length || !char.IsLetter(word[0]) || !char.IsLetter(text[^(word.Length + 1)]));
}
