namespace FactLint.Core.Parsing;

/// <summary>
/// The trigger words of <see cref="InlineTriggers"/> as one lookup over a paragraph's raw ASCII words. Each word is looked
/// up whole: a substring search for the words stopped inside most words ("one" in "none", "two" in "network") and cost more
/// than walking the words. A filter on each word's first, second and last letters spares most words the lookup.
/// </summary>
internal sealed class TriggerWordSet
{
    private const uint Alone = 1;
    // Flags per word: Alone, or one half of a pair (bit 2k+1: one of the pair's words, bit 2k+2: one of its companions).
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _flags;
    private readonly (uint Word, uint Companion)[] _pairs;
    private readonly ulong[] _letters = new ulong[1 << 15 >> 6];
    private readonly int _shortest = int.MaxValue, _longest;
    private readonly string[] _parts;
    private readonly int _shortestPart = int.MaxValue, _shortestAny;

    public TriggerWordSet(InlineTriggers triggers)
    {
        var flags = new Dictionary<string, uint>(StringComparer.OrdinalIgnoreCase);
        foreach (var word in triggers.Words) Add(flags, word, Alone);
        var pairs = new List<(uint, uint)>();
        int bit = 1;
        foreach (var pair in triggers.WordPairs)
        {
            // More pairs than flag bits: their words open alone, which is wider, never narrower.
            if (bit > 30) { foreach (var word in pair.Words) Add(flags, word, Alone); continue; }
            uint one = 1u << bit, companion = 1u << (bit + 1);
            bit += 2;
            foreach (var word in pair.Words) Add(flags, word, one);
            foreach (var word in pair.With) Add(flags, word, companion);
            pairs.Add((one, companion));
        }
        _pairs = [.. pairs];
        _flags = flags.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var word in flags.Keys)
        {
            _shortest = Math.Min(_shortest, word.Length);
            _longest = Math.Max(_longest, word.Length);
            int key = LetterKey(word);
            _letters[key >> 6] |= 1UL << key;
        }
        _parts = [.. triggers.WordParts.Where(IsAsciiWord).Select(p => p.ToLowerInvariant())];
        foreach (var part in _parts) _shortestPart = Math.Min(_shortestPart, part.Length);
        _shortestAny = Math.Min(_shortest, _shortestPart);
    }

    public bool IsEmpty => _longest == 0 && _parts.Length == 0;

    // A word is matched whole, so one with a character other than an ASCII letter could never match.
    private static bool IsAsciiWord(string word) => word.Length > 0 && word.All(char.IsAsciiLetter);

    private static void Add(Dictionary<string, uint> flags, string word, uint flag)
    {
        if (IsAsciiWord(word)) flags[word] = flags.GetValueOrDefault(word) | flag;
    }

    // First, second and last letter, five bits each, case folded.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    private static int LetterKey(ReadOnlySpan<char> word) =>
        (word[0] | 0x20) & 31 | ((word[word.Length > 1 ? 1 : 0] | 0x20) & 31) << 5 | ((word[^1] | 0x20) & 31) << 10;

    /// <summary>
    /// Whether a word of the line opens a match: a word that opens alone, a part inside a word, or the second half of a
    /// pair whose first half <paramref name="seen"/> carries from earlier words or lines of the paragraph.
    /// </summary>
    public bool Opens(ReadOnlySpan<char> line, ref uint seen)
    {
        int at = 0;
        while (true)
        {
            while (at < line.Length && !char.IsAsciiLetter(line[at])) at++;
            if (at == line.Length) return false;
            int start = at;
            while (at < line.Length && char.IsAsciiLetter(line[at])) at++;
            int length = at - start;
            if (length < _shortestAny) continue;
            var word = line.Slice(start, length);
            if (length <= _longest)
            {
                int key = LetterKey(word);
                if ((_letters[key >> 6] & (1UL << key)) != 0 && _flags.TryGetValue(word, out var flag))
                {
                    if ((flag & Alone) != 0) return true;
                    seen |= flag;
                    foreach (var (one, companion) in _pairs)
                        if ((seen & one) != 0 && (seen & companion) != 0) return true;
                }
            }
            if (length >= _shortestPart && HoldsPart(word)) return true;
        }
    }

    private bool HoldsPart(ReadOnlySpan<char> word)
    {
        foreach (var part in _parts)
            for (int i = 0; i + part.Length <= word.Length; i++)
            {
                int k = 0;
                while (k < part.Length && (word[i + k] | 0x20) == part[k]) k++;
                if (k == part.Length) return true;
            }
        return false;
    }
}
