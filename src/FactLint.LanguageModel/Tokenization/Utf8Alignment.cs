using System.Text;

namespace FactLint.LanguageModel.Tokenization;

/// <summary>
/// Maps tokens given as UTF-8 byte strings onto character offsets of the text they encode.
/// A token that covers only part of a character's bytes is given that whole character, so the
/// tokens that split a multi-byte character (or a surrogate pair) all span it: every token has a
/// non-empty span, spans stay sorted, and a claim over that character counts all of its tokens.
/// </summary>
public static class Utf8Alignment
{
    /// <summary>
    /// Fills <paramref name="starts"/>/<paramref name="ends"/> and returns true when the tokens'
    /// bytes concatenate to the text's UTF-8 (optionally after one extra leading space, the
    /// SentencePiece dummy prefix); returns false otherwise (e.g. the tokenizer normalised the text).
    /// </summary>
    public static bool TryAlign(string text, IReadOnlyList<byte[]?> tokenBytes, int[] starts, int[] ends)
    {
        var textBytes = Encoding.UTF8.GetBytes(text);
        int total = 0;
        foreach (var b in tokenBytes)
        {
            if (b is null) return false;
            total += b.Length;
        }
        int skip = total - textBytes.Length;
        if (skip is not (0 or 1)) return false;
        if (skip == 1 && (tokenBytes.Count == 0 || tokenBytes[0]!.Length == 0 || tokenBytes[0]![0] != (byte)' ')) return false;

        // Compare the token byte stream with the text, past the optional dummy-prefix space.
        int pos = -skip;
        foreach (var b in tokenBytes)
        {
            foreach (var x in b!)
            {
                if (pos >= 0 && textBytes[pos] != x) return false;
                pos++;
            }
        }

        // Per byte: the char span of the character it belongs to.
        var charStart = new int[textBytes.Length];
        var charEnd = new int[textBytes.Length];
        int bytePos = 0;
        for (int i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out int charsUsed);
            int len = rune.Utf8SequenceLength;
            for (int k = 0; k < len; k++)
            {
                charStart[bytePos + k] = i;
                charEnd[bytePos + k] = i + charsUsed;
            }
            bytePos += len;
            i += charsUsed;
        }

        pos = -skip;
        for (int t = 0; t < tokenBytes.Count; t++)
        {
            int first = Math.Max(pos, 0);
            int last = pos + tokenBytes[t]!.Length - 1;
            pos += tokenBytes[t]!.Length;
            if (last < first)
            {
                // Empty token or the dummy-prefix space alone: an empty span where it sits.
                int at = first < textBytes.Length ? charStart[first] : text.Length;
                starts[t] = ends[t] = at;
                continue;
            }
            starts[t] = charStart[first];
            ends[t] = charEnd[last];
        }
        return true;
    }
}
