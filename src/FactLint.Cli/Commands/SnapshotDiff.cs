namespace FactLint.Cli.Commands;

/// <summary>A small line diff for snapshot failures: lines only in the snapshot (-) and only in the output (+).</summary>
internal static class SnapshotDiff
{
    public static string Describe(string verified, string received)
    {
        var a = verified.Split('\n');
        var b = received.Split('\n');
        // Longest common subsequence over lines; fixtures are small.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (int i = a.Length - 1; i >= 0; i--)
            for (int j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var lines = new List<string>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) lines.Add("    + " + b[y++]);
            else lines.Add("    - " + a[x++]);
        }
        return string.Join('\n', lines);
    }
}
