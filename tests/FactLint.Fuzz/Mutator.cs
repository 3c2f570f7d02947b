using System.Text;

namespace FactLint.Fuzz;

/// <summary>Byte- and snippet-level mutations, AFL style: flips, splices, repeats, inserts of interesting tokens.</summary>
internal static class Mutator
{
    public static byte[] Mutate(Random random, byte[] input, IReadOnlyList<string> tokens)
    {
        var data = new List<byte>(input);
        int rounds = 1 + random.Next(8);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count + 1);
            switch (random.Next(9))
            {
                case 0 when data.Count > 0: data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << random.Next(8)); break;
                case 1 when data.Count > 0: data[Math.Min(at, data.Count - 1)] = (byte)random.Next(256); break;
                case 2: data.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Count)])); break;
                case 3 when data.Count > 1:
                {
                    int len = random.Next(1, Math.Min(64, data.Count - Math.Min(at, data.Count - 1)) + 1);
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(len, data.Count - Math.Min(at, data.Count - 1)));
                    break;
                }
                case 4 when data.Count > 1:
                {
                    int start = random.Next(data.Count), len = random.Next(1, Math.Min(200, data.Count - start) + 1);
                    var slice = data.GetRange(start, len);
                    for (int k = random.Next(1, 6); k > 0; k--) data.InsertRange(at, slice);
                    break;
                }
                case 5: data.InsertRange(at, Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat(tokens[random.Next(tokens.Count)], random.Next(2, 300))))); break;
                case 6: data.InsertRange(at, Encoding.UTF8.GetBytes(Interesting[random.Next(Interesting.Length)])); break;
                case 7: data.Insert(at, (byte)"\n\r\t >-*_`[]()!#|:^\"'$%,.0123456789"[random.Next(34)]); break;
                default: data.InsertRange(at, Encoding.UTF8.GetBytes(tokens[random.Next(tokens.Count)] + "\n")); break;
            }
            if (data.Count > 256 * 1024) data.RemoveRange(256 * 1024, data.Count - 256 * 1024);
        }
        return data.ToArray();
    }

    private static readonly string[] Interesting =
    [
        "\uD83D\uDE00", "\u00e9", "e\u0301", "\u200B", "\uFEFF", "\r\n", "\r", "\u2028", "\uFFFC", "\u0000", "\t", "\u00A0",
        "\uD800", "\u202E", "𝟙𝟚𝟛", "١٢٣", "¼", "€", "£1", "−5", "ﬁ",
    ];
}
