using System.Text;
using System.Text.RegularExpressions;

namespace FactLint.Core.Tests.Architecture;

/// <summary>
/// Every file under src/ stays readable in one sitting: at most 300 lines, and no method body over 60 lines. Methods are
/// found by matching braces in the code with its comments and string literals blanked out, which is enough for our style
/// (one declaration per line, Allman braces or expression bodies).
/// </summary>
public partial class SizeTests
{
    private const int MaxFileLines = 300;
    private const int MaxMethodLines = 60;

    private static string RepositoryRoot() => Path.GetDirectoryName(TestDocuments.RulesDirectory())!;

    private static IEnumerable<(string Relative, string Code)> SourceFiles()
    {
        string root = RepositoryRoot();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(root, "src"), "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (relative.Contains("/bin/") || relative.Contains("/obj/")) continue;
            yield return (relative, File.ReadAllText(file));
        }
    }

    [Fact]
    public void No_source_file_is_over_300_lines()
    {
        var files = SourceFiles().ToList();
        Assert.NotEmpty(files);
        var tooLong = files.Select(f => (f.Relative, Lines: f.Code.TrimEnd('\n').Split('\n').Length))
            .Where(f => f.Lines > MaxFileLines).Select(f => $"{f.Relative}: {f.Lines} lines").ToList();
        Assert.True(tooLong.Count == 0, $"split these files (at most {MaxFileLines} lines):\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void No_method_in_src_is_over_60_lines()
    {
        var tooLong = SourceFiles()
            .SelectMany(f => Methods(f.Code).Select(m => (f.Relative, m.Name, m.Line, m.BodyLines)))
            .Where(m => m.BodyLines > MaxMethodLines)
            .Select(m => $"{m.Relative}:{m.Line} {m.Name}: {m.BodyLines} lines").ToList();
        Assert.True(tooLong.Count == 0, $"split these methods (at most {MaxMethodLines} lines of body):\n" + string.Join("\n", tooLong));
    }

    [Fact]
    public void The_scan_measures_methods_and_skips_what_is_not_one()
    {
        string body = string.Concat(Enumerable.Repeat("        x++;\n", 61));
        string code = "class A(int y)\n{\n    // a comment with { a brace\n    void Long(int x)\n    {\n" + body + "    }\n"
            + "    int Short() => \"}\".Length;\n    void Lambda() { Action a = () =>\n    {\n" + body + "    };\n    if (true) { }\n    }\n}\n";
        var methods = Methods(code);
        Assert.Equal([("Long", 5, 61), ("Lambda", 69, 64)], methods.Select(m => (m.Name, m.Line, m.BodyLines)));
    }

    private static readonly HashSet<string> NotMethods =
        ["if", "for", "foreach", "while", "switch", "using", "lock", "catch", "fixed", "when", "return", "new", "nameof", "typeof", "sizeof", "default"];

    // The text before a method's brace: its name and parameters, optionally a constraint or a base-constructor call.
    [GeneratedRegex(@"(\w+)\s*(?:<[^()]*>)?\s*\([^{}]*\)\s*(?:where\b[^{}]*|:\s*(?:base|this)\s*\([^{}]*\))?\s*$")]
    private static partial Regex Signature();

    [GeneratedRegex(@"\b(?:class|record|struct|interface|enum|new|switch|with)\b|=")]
    private static partial Regex NotASignature();

    /// <summary>Each method, constructor or local function: its name, the line of its opening brace, its body's lines.</summary>
    internal static List<(string Name, int Line, int BodyLines)> Methods(string source)
    {
        string code = Blank(source);
        var found = new List<(string, int, int)>();
        var open = new Stack<(string? Name, int Line)>();
        int headerStart = 0, line = 1;
        for (int i = 0; i < code.Length; i++)
        {
            char c = code[i];
            if (c == '\n') line++;
            else if (c == ';') headerStart = i + 1;
            else if (c == '{')
            {
                open.Push((MethodName(code[headerStart..i]), line));
                headerStart = i + 1;
            }
            else if (c == '}')
            {
                if (open.TryPop(out var block) && block.Name is not null) found.Add((block.Name, block.Line, line - block.Line - 1));
                headerStart = i + 1;
            }
        }
        return found;
    }

    private static string? MethodName(string header)
    {
        header = Regex.Replace(header, @"^\s*(?:\[[^\]]*\]\s*)+", "");
        var m = Signature().Match(header);
        if (!m.Success || header.Contains("=>")) return null;
        var beforeParameters = header[..header.IndexOf('(')];
        if (NotASignature().IsMatch(beforeParameters)) return null;
        var name = m.Groups[1].Value;
        return NotMethods.Contains(name) || NotMethods.Contains(beforeParameters.Trim().Split(' ')[0]) ? null : name;
    }

    /// <summary>The code with comments, strings and character literals turned into spaces; line breaks stay.</summary>
    private static string Blank(string code)
    {
        var result = new StringBuilder(code.Length);
        int i = 0;
        void Skip(int end)
        {
            for (; i < end && i < code.Length; i++) result.Append(code[i] == '\n' ? '\n' : ' ');
        }
        while (i < code.Length)
        {
            if (code.AsSpan(i).StartsWith("//")) Skip(code.IndexOf('\n', i) is var nl and >= 0 ? nl : code.Length);
            else if (code.AsSpan(i).StartsWith("/*")) Skip(code.IndexOf("*/", i + 2, StringComparison.Ordinal) + 2);
            else if (StringAt(code, i) is var end and > 0) Skip(end);
            else if (code[i] == '\'' && Regex.Match(code[i..Math.Min(code.Length, i + 12)], @"^'(?:\\[^']*|[^'\\])'") is { Success: true } ch) Skip(i + ch.Length);
            else result.Append(code[i++]);
        }
        return result.ToString();
    }

    /// <summary>Where a string literal that starts at <paramref name="i"/> ends (after its closing quote), or 0.</summary>
    private static int StringAt(string code, int i)
    {
        int q = i;
        while (q < code.Length && code[q] is '$' or '@') q++;
        if (q >= code.Length || code[q] != '"' || (q > i && i > 0 && char.IsLetterOrDigit(code[i - 1]))) return 0;
        bool verbatim = code.AsSpan(i, q - i).Contains('@');
        int quotes = 0;
        while (q + quotes < code.Length && code[q + quotes] == '"') quotes++;
        if (quotes >= 3)
        {
            var fence = new string('"', quotes);
            int close = code.IndexOf(fence, q + quotes, StringComparison.Ordinal);
            return close < 0 ? code.Length : close + quotes;
        }
        for (int j = q + 1; j < code.Length; j++)
        {
            if (!verbatim && code[j] == '\\') { j++; continue; }
            if (code[j] != '"') continue;
            if (verbatim && j + 1 < code.Length && code[j + 1] == '"') { j++; continue; }
            return j + 1;
        }
        return code.Length;
    }
}
