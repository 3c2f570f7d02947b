using FactLint.Core.Documents;
using FactLint.Core.Text;

namespace FactLint.Core.Parsing;

/// <summary>Plain text (LLM output is often plain): paragraphs are runs of lines separated by blank lines.</summary>
public static class PlainTextProseExtractor
{
    public static ProseDocument Extract(SourceText source)
    {
        var blocks = new List<ProseBlock>();
        string text = source.Text;
        int order = 0;
        var builder = new ProseBuilder();
        int lineStart = 0;
        while (lineStart <= text.Length)
        {
            int lineEnd = text.IndexOfAny(['\r', '\n'], lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart);
            if (line.IsWhiteSpace())
            {
                Flush();
            }
            else
            {
                // List markers ("1.", "2)", "-", "•") are structure, not figures: a list item starts a new block.
                int marker = ListMarkerLength(line);
                if (marker > 0) Flush();
                if (builder.Length > 0) builder.Append(' ', lineStart - 1);
                builder.AppendContiguous(line[marker..], lineStart + marker);
            }
            if (lineEnd >= text.Length) break;
            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
        Flush();
        return new ProseDocument(source, blocks, []);

        static int ListMarkerLength(ReadOnlySpan<char> line)
        {
            int i = 0;
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            int start = i;
            while (i < line.Length && char.IsAsciiDigit(line[i]) && i - start < 3) i++;
            if (i > start && i < line.Length && line[i] is '.' or ')') i++;
            else if (i == start && i < line.Length && line[i] is '-' or '*' or '•' or '+') i++;
            else return 0;
            if (i >= line.Length || line[i] is not (' ' or '\t')) return 0;
            while (i < line.Length && line[i] is ' ' or '\t') i++;
            return i;
        }

        void Flush()
        {
            builder.TrimEnd();
            if (builder.HasContent())
                blocks.Add(builder.Build(ProseBlockKind.Paragraph, lineStart, new BlockPlacement(false, order++, -1, null, -1)));
            builder = new ProseBuilder();
        }
    }
}
