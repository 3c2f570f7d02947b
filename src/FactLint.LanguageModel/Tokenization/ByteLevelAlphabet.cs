namespace FactLint.LanguageModel.Tokenization;

/// <summary>
/// GPT-2's reversible byte-to-character table: byte-level BPE vocabularies spell every byte as one
/// printable character. Reversing it gives each token's exact UTF-8 bytes, which is what
/// character alignment needs (library offsets are unreliable for tokens that split a character).
/// </summary>
public static class ByteLevelAlphabet
{
    private static readonly Dictionary<char, byte> CharToByte = Build();

    private static Dictionary<char, byte> Build()
    {
        var bytes = new List<int>();
        for (int b = '!'; b <= '~'; b++) bytes.Add(b);
        for (int b = '¡'; b <= '¬'; b++) bytes.Add(b);
        for (int b = '®'; b <= 'ÿ'; b++) bytes.Add(b);
        var chars = new List<int>(bytes);
        int n = 0;
        for (int b = 0; b < 256; b++)
        {
            if (bytes.Contains(b)) continue;
            bytes.Add(b);
            chars.Add(256 + n++);
        }
        var map = new Dictionary<char, byte>(256);
        for (int i = 0; i < bytes.Count; i++) map[(char)chars[i]] = (byte)bytes[i];
        return map;
    }

    /// <summary>The bytes a byte-level token string stands for; null if it is not spelled in the alphabet (a special token).</summary>
    public static byte[]? Decode(string token)
    {
        var result = new byte[token.Length];
        for (int i = 0; i < token.Length; i++)
        {
            if (!CharToByte.TryGetValue(token[i], out result[i])) return null;
        }
        return result;
    }
}
