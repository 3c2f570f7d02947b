using System.Text.RegularExpressions;
using FactLint.Core.Documents;

namespace FactLint.Core.Suppression;

/// <summary>
/// Inline suppression comments, as markdownlint users know them:
/// <c>&lt;!-- factlint-disable FL101 --&gt;</c> … <c>&lt;!-- factlint-enable FL101 --&gt;</c>,
/// <c>factlint-disable-next-line</c>, <c>factlint-disable-line</c> and <c>factlint-disable-file</c>.
/// Without codes a directive applies to every rule. Codes or rule names may be listed.
/// </summary>
public sealed partial class SuppressionMap
{
    private readonly List<(int FromLine, int ToLine, HashSet<string>? Codes)> _ranges = new();
    private readonly List<NamedCode> _named = new();

    /// <summary>A code or rule name a directive lists, with its span in the file's text.</summary>
    public readonly record struct NamedCode(string Code, int Start, int End);

    /// <summary>Every code or rule name the directives list, in file order (to report names no rule has).</summary>
    public IReadOnlyList<NamedCode> Named => _named;

    [GeneratedRegex(@"[^\s,]+", RegexOptions.CultureInvariant)]
    private static partial Regex CodeToken();

    [GeneratedRegex(@"factlint-(?<verb>disable-next-line|disable-line|disable-file|disable|enable)\b(?<codes>[^>]*?)(?:-->|$)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex Directive();

    public static SuppressionMap Build(ProseDocument document)
    {
        var map = new SuppressionMap();
        var open = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase); // code (or "*") -> line where disabled
        int lastLine = document.Source.LineCount;
        foreach (var comment in document.Comments.OrderBy(c => c.SourceOffset))
        {
            foreach (Match m in Directive().Matches(comment.Content))
            {
                int line = document.Source.LineIndexOf(comment.SourceOffset + m.Index) + 1;
                var listed = m.Groups["codes"];
                foreach (Match token in CodeToken().Matches(listed.Value))
                {
                    int start = comment.SourceOffset + listed.Index + token.Index;
                    map._named.Add(new NamedCode(token.Value, start, start + token.Length));
                }
                var codes = m.Groups["codes"].Value
                    .Split([' ', ',', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries)
                    .ToHashSet(StringComparer.OrdinalIgnoreCase);
                var set = codes.Count == 0 ? null : codes;
                switch (m.Groups["verb"].Value)
                {
                    case "disable-file": map._ranges.Add((1, lastLine, set)); break;
                    case "disable-line": map._ranges.Add((line, line, set)); break;
                    case "disable-next-line": map._ranges.Add((line + 1, line + 1, set)); break;
                    case "disable":
                        foreach (var code in set ?? ["*"]) open.TryAdd(code, line);
                        break;
                    case "enable":
                        foreach (var code in set ?? open.Keys.ToHashSet())
                        {
                            if (open.Remove(code, out int from))
                                map._ranges.Add((from, line, code == "*" ? null : [code]));
                        }
                        break;
                }
            }
        }
        foreach (var (code, from) in open) map._ranges.Add((from, lastLine, code == "*" ? null : [code]));
        return map;
    }

    public bool IsSuppressed(string code, string ruleName, int line)
    {
        foreach (var (from, to, codes) in _ranges)
        {
            if (line < from || line > to) continue;
            if (codes is null || codes.Contains(code) || codes.Contains(ruleName)) return true;
        }
        return false;
    }
}
