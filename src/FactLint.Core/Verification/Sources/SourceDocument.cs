using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using FactLint.Core.Text;

namespace FactLint.Core.Verification.Sources;

/// <summary>
/// The searchable text of one source, with for every character its offset in the original file,
/// so a figure found in it is shown at its line:col in the file the writer can open.
/// </summary>
public sealed class SourceDocument
{
    public SourceDocument(string displayPath, SourceText original, string text, int[]? map)
    {
        DisplayPath = displayPath;
        Original = original;
        Text = text;
        _map = map;
    }

    private readonly int[]? _map;

    /// <summary>Path shown in notes (relative to the repository root where possible).</summary>
    public string DisplayPath { get; }
    public SourceText Original { get; }
    public string Text { get; }

    public int OriginalOffset(int offset) => _map is null ? offset : _map[Math.Clamp(offset, 0, _map.Length - 1)];

    public LinePosition PositionOf(int offset) => Original.PositionOf(Math.Min(OriginalOffset(offset), Original.Text.Length));

    public string Location(int offset) => $"{DisplayPath}:{PositionOf(offset)}";
}

/// <summary>Text extraction by file type: HTML loses its tags (keeping a map to the original offsets); Markdown, CSV, JSON and text are searched as written.</summary>
public static partial class TextExtractor
{
    public static bool IsHtml(string path) =>
        path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase);

    public static (string Text, int[]? Map) Extract(string path, string text) =>
        IsHtml(path) ? Html(text) : (path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) ? Csv(text) : text, null);

    /// <summary>CSV: field separators outside quotes become tabs (same length, so offsets are unchanged), so <c>2021,12311</c> reads as two cells, not one number.</summary>
    public static string Csv(string text)
    {
        var chars = text.ToCharArray();
        bool quoted = false;
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] == '"') quoted = !quoted;
            else if (chars[i] == ',' && !quoted) chars[i] = '\t';
            else if (chars[i] == '\n') quoted = false;
        }
        return new string(chars);
    }

    [GeneratedRegex(@"\G(?:<!--.*?-->|<(script|style)\b[^>]*>.*?</\1\s*>|<[^>]*>)", RegexOptions.Singleline | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TagAt();

    [GeneratedRegex(@"^</?(?:p|div|br|li|tr|td|th|h[1-6]|table|ul|ol|section|article|blockquote|pre|title|header|footer)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"\G&(?:#\d{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex EntityAt();

    /// <summary>HTML to text: tags removed (block tags become line breaks), scripts and styles dropped, entities decoded.</summary>
    public static (string Text, int[] Map) Html(string html)
    {
        var sb = new StringBuilder(html.Length);
        var map = new List<int>(html.Length + 1);
        int i = 0;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '<')
            {
                var tag = TagAt().Match(html, i);
                if (tag.Success)
                {
                    if (BlockTag().IsMatch(tag.Value)) { sb.Append('\n'); map.Add(i); }
                    else if (sb.Length > 0 && !char.IsWhiteSpace(sb[^1])) { sb.Append(' '); map.Add(i); }
                    i += tag.Length;
                    continue;
                }
            }
            if (c == '&')
            {
                var entity = EntityAt().Match(html, i);
                if (entity.Success)
                {
                    foreach (var d in WebUtility.HtmlDecode(entity.Value)) { sb.Append(d); map.Add(i); }
                    i += entity.Length;
                    continue;
                }
            }
            sb.Append(c);
            map.Add(i);
            i++;
        }
        map.Add(html.Length);
        return (sb.ToString(), map.ToArray());
    }

    /// <summary>Normalises stored snapshot text: line endings to \n, trailing spaces removed, runs of blank lines collapsed.</summary>
    public static string NormaliseSnapshot(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n').Select(l => l.TrimEnd());
        var sb = new StringBuilder();
        int blank = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0) { if (++blank > 1) continue; }
            else blank = 0;
            sb.Append(line).Append('\n');
        }
        return sb.ToString().Trim('\n') + "\n";
    }
}
