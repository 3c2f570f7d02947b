using System.Text;
using FactLint.Core.Config;
using FactLint.Core.Documents;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;

namespace FactLint.Fuzz;

/// <summary>
/// Bytes → SourceFileReader.Decode → SourceText → FileLinter (MarkdownProseExtractor, ClaimDetection, CitationIndex,
/// every core rule, suppressions). Allowed: a SourceReadException (refused input). Checked: every prose offset maps
/// inside the text, every diagnostic lies inside the file and starts before it ends.
/// </summary>
internal sealed class MarkdownTarget(LintProfile profile)
{
    public static readonly string[] Tokens =
    [
        "# Heading with 42 items", "## 3.2 GB", "- item 1,234", "1. first 5%", "> quote 99 users", "> > nested", "* * *", "---",
        "```\ncode 123\n```", "    indented 7", "`inline 9`", "| a | b |\n|---|---|\n| 1,000 | 2% |", "+---+\n| x |\n+---+",
        "[link 5](https://example.com)", "[^1]", "[^1]: Source: report 12", "<!-- factlint-disable FL101 -->", "<!-- factlint-enable -->",
        "<!-- factlint-disable-next-line -->", "<div>html 4</div>", "<https://example.com>", "![img](a.png)", "$9.73 billion", "€5",
        "18,412 requests per second", "on 12 March 2024", "version 3.11", "v2.0.1", "\"This is a long quoted sentence with 6 words,\" said Jane Doe.",
        "According to Bob, \"we grew by 300 percent last year.\"", "(Source: [x](y))", "Source: data.csv", "[@key]", "p < 0.05", "n = 1,200",
        "---\ntitle: x\n---", "***bold 5***", "_em 6_", "~~del 7~~", "&amp; &#123;", "\\*", "  \n", "<", "]", "[", "(", ")", "|", "\r\n", "\t",
        "e.g. 5 things. Dr. Smith said 7.", "…", "1.2.3.4", "99.9%", "100%", "24 hours", "$", "%", "1e10", "0x1F",
    ];

    public static LintProfile CoreProfile()
    {
        var cwd = Path.GetTempPath();
        return LintProfile.Load(FactLintConfig.Default(cwd));
    }

    /// <summary>
    /// Issue 22's reproductions at fuzz size (the originals are megabytes; the shapes are what matter): nested emphasis,
    /// one long line of figures, many footnotes, many link reference definitions, a wide table, a huge line fragment.
    /// </summary>
    public static readonly Func<Random, string>[] HostileSeeds =
    [
        r => new string('*', r.Next(500, 4000)) + "x 12.5%" + new string('*', r.Next(500, 4000)),
        r => string.Concat(Enumerable.Repeat("The value was 12.5% and 3,400 units. ", r.Next(100, 1500))),
        r => string.Concat(Enumerable.Range(0, r.Next(50, 400)).Select(i => $"Claim {i} is {i}.5%.[^{i}] ")) + "\n\n"
            + string.Concat(Enumerable.Range(0, r.Next(50, 400)).Select(i => $"[^{i}]: Source number {i}.\n")),
        r => "See [ref1] for 12.5%.\n\n" + string.Concat(Enumerable.Range(0, r.Next(100, 2000)).Select(i => $"[ref{i}]: https://example.com/{i}\n")),
        r =>
        {
            int cols = r.Next(20, 300);
            var sb = new StringBuilder("|" + string.Join("|", Enumerable.Range(0, cols).Select(i => $"h{i}")) + "|\n|" + string.Join("|", Enumerable.Repeat("---", cols)) + "|\n");
            for (int row = r.Next(1, 20); row > 0; row--) sb.Append('|').Append(string.Join("|", Enumerable.Range(0, cols).Select(i => i % 7 == 0 ? $"{row}.{i}%" : "x"))).Append("|\n");
            return sb.ToString();
        },
        r => $"Rate 12.0% [data](data.txt#L{r.NextInt64(1, long.MaxValue)}). Count 1,234 [d](data.txt#L1-L99999999999).",
    ];

    public byte[] Generate(Random random)
    {
        if (random.Next(8) == 0)
        {
            var hostile = Encoding.UTF8.GetBytes(HostileSeeds[random.Next(HostileSeeds.Length)](random));
            return random.Next(2) == 0 ? hostile : Mutator.Mutate(random, hostile, Tokens);
        }
        if (random.Next(3) == 0)
        {
            var sb = new StringBuilder();
            for (int i = random.Next(1, 40); i > 0; i--)
            {
                sb.Append(Tokens[random.Next(Tokens.Length)]);
                sb.Append(random.Next(4) switch { 0 => "\n\n", 1 => "\n", 2 => " ", _ => "" });
            }
            return Encoding.UTF8.GetBytes(sb.ToString());
        }
        var seed = Encoding.UTF8.GetBytes(string.Join("\n\n", Enumerable.Range(0, random.Next(1, 10)).Select(_ => Tokens[random.Next(Tokens.Length)])));
        if (random.Next(10) == 0) seed = [.. (random.Next(2) == 0 ? new byte[] { 0xFF, 0xFE } : new byte[] { 0xEF, 0xBB, 0xBF }), .. seed];
        return Mutator.Mutate(random, seed, Tokens);
    }

    public string? Run(byte[] input, string path)
    {
        string text;
        try
        {
            text = SourceFileReader.Decode(path, input);
        }
        catch (SourceReadException)
        {
            return null;
        }
        var source = new SourceText(path, text);
        ProseDocument document;
        FileResult result;
        try
        {
            document = FileLinter.Parse(source);
            result = FileLinter.Lint(source, profile, LintServices.ForFolder(Path.GetTempPath()));
        }
        catch (SourceReadException e)
        {
            return e.Path == path && e.Message.Contains(path, StringComparison.Ordinal) ? null : $"refusal does not name the file: {e.Message}";
        }

        foreach (var block in document.Blocks)
        {
            if (block.SourceOffsets.Count != block.Text.Length + 1) // one extra entry maps the end
                return $"block has {block.Text.Length} chars but {block.SourceOffsets.Count} offsets";
            foreach (int offset in block.SourceOffsets)
                if (offset < 0 || offset > text.Length) return $"prose offset {offset} outside text of length {text.Length}";
            for (int i = 0; i < block.Text.Length; i++)
            {
                var (s, e) = block.SourceSpan(i, i + 1);
                if (s < 0 || s >= Math.Max(1, text.Length) || e > text.Length || s > e) return $"prose char {i} maps to {s}..{e}, outside text of length {text.Length}";
            }
            foreach (var c in block.Citations)
                if (c.Start < 0 || c.End < c.Start || c.End > block.Text.Length) return $"citation {c.Start}..{c.End} outside block of {block.Text.Length}";
        }
        // Code points per line, counted once per line: counting per finding was quadratic on a long line of figures.
        var codePointsOf = new Dictionary<int, int>();
        foreach (var d in result.Diagnostics)
        {
            if (d.Path != path) return $"diagnostic for another path: {d.Path}";
            if (d.Start.Line < 1 || d.Start.Line > source.LineCount || d.End.Line < 1 || d.End.Line > source.LineCount)
                return $"diagnostic line outside file: {d.Start}..{d.End}, {source.LineCount} lines ({d.Code})";
            if (d.End.Line < d.Start.Line || (d.End.Line == d.Start.Line && d.End.Column < d.Start.Column))
                return $"diagnostic ends before it starts: {d.Start}..{d.End} ({d.Code})";
            foreach (var p in new[] { d.Start, d.End })
            {
                if (!codePointsOf.TryGetValue(p.Line, out int codePoints))
                {
                    var line = source.LineText(p.Line - 1);
                    codePointsOf[p.Line] = codePoints = line.Length - line.Count(char.IsLowSurrogate);
                }
                if (p.Column < 1 || p.Column > codePoints + 2) return $"diagnostic column {p} outside line of {codePoints} code points ({d.Code})";
            }
            // FL904 (a regex timeout) and FL908 (a suppression comment naming no known code: mutated comments do) are about the text.
            if (d.Code.StartsWith("FL9", StringComparison.Ordinal) && d.Code is not ("FL904" or "FL908")) return $"engine diagnostic on a valid text: {d.Code} {d.Message}";
        }
        return null;
    }
}
