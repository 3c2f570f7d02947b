namespace FactLint.Core.Text;

/// <summary>
/// Phrases matched case-insensitively (ordinal) where a word starts: at the text's start or after a character that is not
/// a letter or digit, so a stem ("requir") finds "requires" and "we " does not match inside "awe ". Built for short texts
/// (headings, one sentence), where a vectorised multi-string search costs more to start than the text costs to walk: each
/// word start asks only the phrases that open with its first two characters, and only when one of them has its third
/// character ("the" asks none of the "this …" phrases). A phrase may carry flags, so that one walk tells which of several
/// lists a text holds.
/// </summary>
public sealed class PhraseSet
{
    // Indexed by the first two characters, five bits each; phrases of one character sit under every second character.
    private readonly (string Phrase, uint Flags)[]?[] _byStart = new (string, uint)[]?[1024];
    // Per slot of _byStart, the folded third characters of its phrases; a phrase shorter than three characters sets all.
    private readonly uint[] _thirds = new uint[1024];

    public PhraseSet(IEnumerable<string> phrases) : this(phrases.Select(p => (p, 1u))) { }

    public PhraseSet(IEnumerable<(string Phrase, uint Flags)> phrases)
    {
        var flags = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, flag) in phrases)
            if (phrase.Length > 0) flags[phrase] = flags.GetValueOrDefault(phrase) | flag;
        var lists = new List<(string, uint)>?[1024];
        foreach (var (phrase, flag) in flags)
        {
            if (phrase.Length == 1)
                for (int second = 0; second < 32; second++) (lists[Fold(phrase[0]) << 5 | second] ??= []).Add((phrase, flag));
            else
                (lists[Fold(phrase[0]) << 5 | Fold(phrase[1])] ??= []).Add((phrase, flag));
        }
        for (int i = 0; i < lists.Length; i++)
        {
            _byStart[i] = lists[i]?.ToArray();
            foreach (var (phrase, _) in lists[i] ?? []) _thirds[i] |= phrase.Length < 3 ? uint.MaxValue : 1u << Fold(phrase[2]);
        }
    }

    // Upper and lower case of an ASCII letter fold alike; anything else may share a slot, which only costs a comparison.
    private static int Fold(char c) => (c | 0x20) & 31;

    /// <summary>Whether one of the phrases starts at a word start of <paramref name="text"/>.</summary>
    public bool ContainsAtWordStart(ReadOnlySpan<char> text) => Match(text, stopAtFirst: true) != 0;

    /// <summary>The flags of every phrase that starts at a word start of <paramref name="text"/>, together.</summary>
    public uint FlagsAtWordStarts(ReadOnlySpan<char> text) => Match(text, stopAtFirst: false);

    private uint Match(ReadOnlySpan<char> text, bool stopAtFirst)
    {
        uint found = 0;
        bool afterWordCharacter = false;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            bool atWordStart = !afterWordCharacter;
            afterWordCharacter = c < 0x80 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);
            if (!atWordStart) continue;
            int slot = Fold(c) << 5 | (i + 1 < text.Length ? Fold(text[i + 1]) : 0);
            // Only an ASCII third character rules phrases out: no other character equals an ASCII one ignoring case, but the
            // fold is not case-blind outside ASCII ("Ā" and "ā").
            if (i + 2 < text.Length && text[i + 2] < 0x80 && (_thirds[slot] & 1u << Fold(text[i + 2])) == 0) continue;
            var candidates = _byStart[slot];
            if (candidates is null) continue;
            var rest = text[i..];
            foreach (var (phrase, flags) in candidates)
            {
                if ((found & flags) == flags || !rest.StartsWith(phrase, StringComparison.OrdinalIgnoreCase)) continue;
                found |= flags;
                if (stopAtFirst) return found;
            }
        }
        return found;
    }
}
