using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;

namespace FactLint.Core.Citations;

/// <summary>Numbered references: <c>[1]</c>, <c>[2, 5]</c> in a claim resolve to their entries under a References heading.</summary>
public sealed partial class CitationIndex
{
    // "[1]", "[2, 5]", "[3–5]" (not "[^1]", a link or a task-list box, which the parser has taken already).
    [GeneratedRegex(@"\[(?<numbers>\d{1,3}(?:\s*[,–-]\s*\d{1,3}){0,9})\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberedReference();

    // An entry that carries its number: "[1] Smith, …", "1. Smith, …" (a list's own numbers are not in its prose).
    [GeneratedRegex(@"^\s*\[?(?<n>\d{1,3})[\].]\s", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberedEntry();

    [GeneratedRegex(@"^\s*(?:References|Sources|Bibliography|Notes|Citations|Works\s+cited|Footnotes|Notes\s+and\s+references)\s*:?\s*$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ReferencesHeading();

    /// <summary>Each number's entry: the list items and "[n] …" paragraphs under a References heading, up to the next heading.</summary>
    private Dictionary<int, ProseBlock> References()
    {
        if (_references is not null) return _references;
        _references = new();
        bool inReferences = false;
        foreach (var b in _document.Blocks)
        {
            if (b.Kind == ProseBlockKind.Heading) { inReferences = ReferencesHeading().IsMatch(b.Text); continue; }
            if (!inReferences || b.Kind is not (ProseBlockKind.ListItem or ProseBlockKind.Paragraph)) continue;
            var own = NumberedEntry().Match(b.Text);
            int number = own.Success ? int.Parse(own.Groups["n"].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)
                : b.Kind == ProseBlockKind.ListItem ? b.ListItemIndex + 1 : 0;
            if (number > 0) _references.TryAdd(number, b);
        }
        return _references;
    }

    /// <summary>
    /// A numbered reference stands for its entry's links (checked like links in the sentence), or for the entry's text
    /// when it has none. A number with no entry is not a citation.
    /// </summary>
    private void AddNumberedReferences(ProseBlock block, List<Citation> into)
    {
        foreach (Match m in NumberedReference().Matches(block.Text))
        {
            var references = References();
            if (references.Count == 0) return;
            var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
            foreach (int n in Numbers(m.Groups["numbers"].Value))
            {
                if (!references.TryGetValue(n, out var entry) || ReferenceEquals(entry, block)) continue;
                bool linked = false;
                foreach (var c in entry.Citations)
                {
                    if (c.Kind is not (CitationKind.Link or CitationKind.Autolink)) continue;
                    into.Add(new Citation(c.Kind, m.Index, m.Index + m.Length, c.Target, s, e));
                    linked = true;
                }
                if (!linked) into.Add(new Citation(CitationKind.Parenthetical, m.Index, m.Index + m.Length, entry.Text.Trim(), s, e));
            }
        }
    }

    private static IEnumerable<int> Numbers(string list)
    {
        foreach (var part in list.Split(','))
        {
            var range = part.Split(['–', '-'], 2);
            if (!int.TryParse(range[0], System.Globalization.CultureInfo.InvariantCulture, out int first)) continue;
            int last = range.Length == 2 && int.TryParse(range[1], System.Globalization.CultureInfo.InvariantCulture, out int l) && l >= first && l - first < 20 ? l : first;
            for (int n = first; n <= last; n++) yield return n;
        }
    }
}
