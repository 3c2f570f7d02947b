namespace FactLint.Core.Text;

/// <summary>
/// Phrases matched case-insensitively (ordinal) where a word starts: at the text's start or after a character that is not
/// a letter or digit, so a stem ("requir") finds "requires" and "we " does not match inside "awe ". Built for short texts
/// (headings, one sentence), where a vectorised multi-string search costs more to start than the text costs to walk: each
/// word start asks only the phrases that open with its first two characters.
/// </summary>
public sealed class PhraseSet
{
    // Indexed by the first two characters, five bits each; phrases of one character sit under every second character.
    private readonly string[]?[] _byStart = new string[]?[1024];

    public PhraseSet(IEnumerable<string> phrases)
    {
        var lists = new List<string>?[1024];
        foreach (var phrase in phrases.Where(p => p.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (phrase.Length == 1)
                for (int second = 0; second < 32; second++) (lists[Fold(phrase[0]) << 5 | second] ??= []).Add(phrase);
            else
                (lists[Fold(phrase[0]) << 5 | Fold(phrase[1])] ??= []).Add(phrase);
        }
        for (int i = 0; i < lists.Length; i++) _byStart[i] = lists[i]?.ToArray();
    }

    // Upper and lower case of an ASCII letter fold alike; anything else may share a slot, which only costs a comparison.
    private static int Fold(char c) => (c | 0x20) & 31;

    /// <summary>Whether one of the phrases starts at a word start of <paramref name="text"/>.</summary>
    public bool ContainsAtWordStart(ReadOnlySpan<char> text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            var candidates = _byStart[Fold(text[i]) << 5 | (i + 1 < text.Length ? Fold(text[i + 1]) : 0)];
            if (candidates is null) continue;
            var rest = text[i..];
            foreach (var phrase in candidates)
                if (rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }
}
