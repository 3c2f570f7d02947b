using System.Buffers;
using System.Text;

namespace FactLint.Core.Output;

/// <summary>
/// Keeps each finding on its own line in the line formats (text, concise, msbuild): a file name holding a newline or
/// "file:9:9: FL101 …" could otherwise forge findings, and a line starting with "::" is a GitHub Actions workflow command.
/// Percent-encoding, as the GitHub format does: '%' → %25, control characters → %0A etc., ':' → %3A in paths.
/// </summary>
public static class LineEscaping
{
    /// <summary>A path for <c>path:line:col:</c> or <c>path(line,col):</c>; a drive letter's colon (<c>C:\</c>) is kept.</summary>
    public static string Path(string path)
    {
        if (!NeedsEscape(path, colons: true)) return path;
        var sb = new StringBuilder(path.Length + 8);
        for (int i = 0; i < path.Length; i++)
        {
            char c = path[i];
            bool drive = i == 1 && c == ':' && char.IsAsciiLetter(path[0]) && path.Length > 2 && path[2] is '\\' or '/';
            if (c == ':' && !drive) sb.Append("%3A");
            else Append(sb, c);
        }
        return sb.ToString();
    }

    /// <summary>A message: its colons and percent signs stay; line breaks and other control characters are encoded.</summary>
    public static string Message(string message)
    {
        if (!NeedsEscape(message, colons: false)) return message;
        var sb = new StringBuilder(message.Length + 8);
        foreach (char c in message)
        {
            // A '%' stays as it is: messages quote percentages ("'87.3%'"), and only paths are read back by tools.
            if (c == '%') sb.Append(c);
            else Append(sb, c);
        }
        return sb.ToString();
    }

    private static void Append(StringBuilder sb, char c)
    {
        if (c == '%') sb.Append("%25");
        else if (char.IsControl(c) && c != '\t') sb.Append('%').Append(((int)c).ToString("X2"));
        else sb.Append(c);
    }

    // Control characters but the tab (C0, DEL and C1, as char.IsControl), and for paths ':' and '%' too: one vectorised search.
    private static readonly SearchValues<char> InMessages = SearchValues.Create(Controls());
    private static readonly SearchValues<char> InPaths = SearchValues.Create(Controls() + ":%");

    private static string Controls() =>
        new([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(c => char.IsControl(c) && c != '\t')]);

    private static bool NeedsEscape(string s, bool colons) => s.AsSpan().ContainsAny(colons ? InPaths : InMessages);
}
