using System.Buffers;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace FactLint.Core.Parsing;

/// <summary>
/// The trigger words of <see cref="InlineTriggers"/> as one lookup over a paragraph's raw ASCII words. Each word is looked
/// up whole: a substring search for the words stopped inside most words ("one" in "none", "two" in "network") and cost more
/// than walking the words. A filter on each word's length and first, second and last letters spares most words the lookup.
/// </summary>
internal sealed class TriggerWordSet
{
    private const uint Alone = 1;
    // Flags per word: Alone, or one half of a pair (bit 2k+1: one of the pair's words, bit 2k+2: one of its companions).
    private readonly Dictionary<string, uint>.AlternateLookup<ReadOnlySpan<char>> _flags;
    private readonly (uint Word, uint Companion)[] _pairs;
    private const int FilterBits = 14;
    private readonly ulong[] _filter = new ulong[1 << FilterBits >> 6];
    private readonly int _shortest = int.MaxValue, _longest;
    private readonly string[] _parts;
    private readonly SearchValues<string>? _partSearch;
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
            int key = FilterKey(word);
            _filter[key >> 6] |= 1UL << key;
        }
        _parts = [.. triggers.WordParts.Where(IsAsciiWord).Select(p => p.ToLowerInvariant())];
        foreach (var part in _parts) _shortestPart = Math.Min(_shortestPart, part.Length);
        _partSearch = _parts.Length == 0 ? null : SearchValues.Create(_parts, StringComparison.OrdinalIgnoreCase);
        _shortestAny = Math.Min(_shortest, _shortestPart);
    }

    public bool IsEmpty => _longest == 0 && _parts.Length == 0;

    // A word is matched whole, so one with a character other than an ASCII letter could never match.
    private static bool IsAsciiWord(string word) => word.Length > 0 && word.All(char.IsAsciiLetter);

    private static void Add(Dictionary<string, uint> flags, string word, uint flag)
    {
        if (IsAsciiWord(word)) flags[word] = flags.GetValueOrDefault(word) | flag;
    }

    // First, second and last letter (case folded) and length, hashed: without the length, "the", "this" and "for" passed as
    // "three", "thirds" and "four", and one word in six of the docs corpus went on to the dictionary.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int FilterKey(ReadOnlySpan<char> word) =>
        (int)(((uint)((word[0] | 0x20) & 31 | ((word[word.Length > 1 ? 1 : 0] | 0x20) & 31) << 5 | ((word[^1] | 0x20) & 31) << 10
                      | (word.Length & 15) << 15) * 0x9E3779B1u) >> (32 - FilterBits));

    /// <summary>
    /// Whether a word of the line opens a match: a word that opens alone, a part inside a word, or the second half of a
    /// pair whose first half <paramref name="seen"/> carries from earlier words or lines of the paragraph.
    /// </summary>
    public bool Opens(ReadOnlySpan<char> line, ref uint seen)
    {
        // A vectorised search says whether a part can be in the line at all; the walk then checks it inside whole ASCII words.
        bool mayHoldPart = _partSearch is not null && line.ContainsAny(_partSearch);
        int blocks = (line.Length + 63) >> 6;
        Span<ulong> letters = blocks <= 64 ? stackalloc ulong[blocks] : new ulong[blocks];
        MarkAsciiLetters(line, letters);
        var filter = _filter;
        int shortest = _shortestAny, longest = _longest;
        for (int b = 0; b < blocks; b++)
        {
            // A word's first letter has no letter before it, its last none after it (across block edges too).
            ulong run = letters[b];
            ulong firsts = run & ~(run << 1 | (b > 0 ? letters[b - 1] >> 63 : 0));
            ulong lasts = run & ~(run >> 1 | (b + 1 < blocks ? letters[b + 1] << 63 : 0));
            for (; firsts != 0; firsts &= firsts - 1)
            {
                int first = BitOperations.TrailingZeroCount(firsts);
                int start = (b << 6) + first;
                int length = LastLetter(letters, b, lasts & (ulong.MaxValue << first)) + 1 - start;
                if (length < shortest) continue;
                var word = line.Slice(start, length);
                if (length <= longest)
                {
                    int key = FilterKey(word);
                    if ((filter[key >> 6] & (1UL << key)) != 0 && _flags.TryGetValue(word, out var flag))
                    {
                        if ((flag & Alone) != 0) return true;
                        seen |= flag;
                        foreach (var (one, companion) in _pairs)
                            if ((seen & one) != 0 && (seen & companion) != 0) return true;
                    }
                }
                if (mayHoldPart && length >= _shortestPart && HoldsPart(word)) return true;
            }
        }
        return false;
    }

    // The last letter of a word that starts in block b: the first of the block's word ends after its start, or, for a word
    // that runs on past the block, the letter before the next block's first non-letter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LastLetter(ReadOnlySpan<ulong> letters, int b, ulong endsAfterStart)
    {
        if (endsAfterStart != 0) return (b << 6) + BitOperations.TrailingZeroCount(endsAfterStart);
        int next = b + 1;
        while (next < letters.Length && letters[next] == ulong.MaxValue) next++;
        return next == letters.Length ? (next << 6) - 1 : (next << 6) + BitOperations.TrailingZeroCount(~letters[next]) - 1;
    }

    // One bit per character, set for an ASCII letter: words are then found a bit run at a time instead of a branch per character.
    private static void MarkAsciiLetters(ReadOnlySpan<char> line, Span<ulong> letters)
    {
        var units = MemoryMarshal.Cast<char, ushort>(line);
        for (int i = 0; i < units.Length; i += 64)
        {
            ulong block = 0;
            int k = 0, left = Math.Min(64, units.Length - i);
            if (Vector128.IsHardwareAccelerated && units.Length >= 8)
            {
                for (; k + 8 <= left; k += 8) block |= (ulong)LetterBits(units.Slice(i + k, 8)) << k;
                // The last few characters: the eight that end the line, less the ones already marked.
                if (k < left) block |= (ulong)(LetterBits(units[^8..]) >> (8 - (left - k))) << k;
            }
            else
                for (; k < left; k++)
                    if (char.IsAsciiLetter(line[i + k])) block |= 1UL << k;
            letters[i >> 6] = block;
        }
    }

    // One bit for each of eight characters, set for an ASCII letter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint LetterBits(ReadOnlySpan<ushort> eight) =>
        Vector128.LessThanOrEqual((Vector128.Create(eight) | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'),
            Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();

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
