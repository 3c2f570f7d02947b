using System.Text;
using System.Text.RegularExpressions;
using FactLint.Core.Text;

namespace FactLint.Core.Verification.Sources;

/// <summary>URL fragments that narrow a source: <c>#L10-L20</c> (lines of the original file), <c>#section</c> (a heading's anchor).</summary>
public static partial class Fragments
{
    [GeneratedRegex(@"^L(?<a>\d+)(?:-L?(?<b>\d+))?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Lines();

    [GeneratedRegex(@"^(?<hashes>#{1,6})[ \t]+(?<title>.*?)[ \t#]*$", RegexOptions.Multiline | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"<h(?<level>[1-6])\b[^>]*>", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex HtmlHeading();

    /// <summary>The range [start, end) of <see cref="SourceDocument.Text"/> a fragment names, or null when there is no such part.</summary>
    public static (int Start, int End)? Find(SourceDocument document, string fragment)
    {
        var original = document.Original;
        var lines = Lines().Match(fragment);
        if (lines.Success)
        {
            // "#L99999999999" is past every file's end (not an overflow that loses the document's other findings).
            if (!int.TryParse(lines.Groups["a"].Value, out int a)) return null;
            int b = a;
            if (lines.Groups["b"].Success && !int.TryParse(lines.Groups["b"].Value, out b)) b = int.MaxValue;
            if (a < 1 || b < a || a > original.LineCount) return null;
            int start = original.LineStart(a - 1);
            int end = b >= original.LineCount ? original.Text.Length : original.LineStart(b);
            return ToExtracted(document, start, end);
        }

        var wanted = Uri.UnescapeDataString(fragment);
        if (TextExtractor.IsHtml(original.Path))
        {
            var id = Regex.Match(original.Text, "\\bid\\s*=\\s*[\"']" + Regex.Escape(wanted) + "[\"']", RegexOptions.CultureInvariant);
            if (!id.Success) return null;
            int open = original.Text.LastIndexOf('<', id.Index);
            var level = HtmlHeading().Match(original.Text, Math.Max(0, open));
            int lvl = level.Success && level.Index == open ? int.Parse(level.Groups["level"].Value) : 6;
            int end = original.Text.Length;
            for (var next = HtmlHeading().Match(original.Text, id.Index); next.Success; next = next.NextMatch())
                if (int.Parse(next.Groups["level"].Value) <= lvl) { end = next.Index; break; }
            return ToExtracted(document, Math.Max(0, open), end);
        }

        var headings = Headings(original.Text);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < headings.Count; i++)
        {
            var slug = Slug(headings[i].Groups["title"].Value);
            int n = seen.GetValueOrDefault(slug);
            seen[slug] = n + 1;
            var anchor = n == 0 ? slug : $"{slug}-{n}";
            if (!string.Equals(anchor, wanted, StringComparison.OrdinalIgnoreCase)) continue;
            int level = headings[i].Groups["hashes"].Length;
            int end = original.Text.Length;
            for (int j = i + 1; j < headings.Count; j++)
                if (headings[j].Groups["hashes"].Length <= level) { end = headings[j].Index; break; }
            return (headings[i].Index, end);
        }
        return null;
    }

    /// <summary>
    /// The Markdown headings a section sits under (parent, grandparent, … up to the title), as ranges like those of
    /// <see cref="Find"/>: the context a reader sees above the section (<c># Annual report 2022</c> dates its figures).
    /// Empty when <paramref name="section"/> does not start at a Markdown heading.
    /// </summary>
    public static IReadOnlyList<(int Start, int End)> ParentHeadings(SourceDocument document, (int Start, int End) section)
    {
        if (TextExtractor.IsHtml(document.Original.Path)) return [];
        var headings = Headings(document.Original.Text);
        int at = 0;
        while (at < headings.Count && headings[at].Index < section.Start) at++;
        if (at == headings.Count || headings[at].Index != section.Start) return [];
        var parents = new List<(int Start, int End)>();
        int level = headings[at].Groups["hashes"].Length;
        for (int i = at - 1; i >= 0 && level > 1; i--)
        {
            int l = headings[i].Groups["hashes"].Length;
            if (l >= level) continue;
            parents.Add((headings[i].Index, headings[i].Index + headings[i].Length));
            level = l;
        }
        return parents;
    }

    // The ATX headings of a Markdown text, not counting "# comment" lines inside fenced code (a shell comment in a
    // ```sh block is no heading and must not end the section around it).
    private static List<Match> Headings(string text)
    {
        var fences = FencedCode.Ranges(text);
        var headings = new List<Match>();
        int f = 0;
        foreach (Match m in MarkdownHeading().Matches(text))
        {
            while (f < fences.Count && fences[f].End <= m.Index) f++;
            if (f < fences.Count && fences[f].Start <= m.Index) continue;
            headings.Add(m);
        }
        return headings;
    }

    /// <summary>GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens.</summary>
    public static string Slug(string title)
    {
        var sb = new StringBuilder();
        foreach (var c in title.Trim().ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c) || c is '-' or '_') sb.Append(c);
            else if (c == ' ') sb.Append('-');
        }
        return sb.ToString();
    }

    private static (int, int) ToExtracted(SourceDocument document, int start, int end)
    {
        if (document.Text.Length == document.Original.Text.Length && document.OriginalOffset(document.Text.Length) == document.Text.Length && document.OriginalOffset(0) == 0)
            return (start, end);
        int s = 0, e = document.Text.Length;
        while (s < document.Text.Length && document.OriginalOffset(s) < start) s++;
        while (e > s && document.OriginalOffset(e - 1) >= end) e--;
        return (s, e);
    }
}
