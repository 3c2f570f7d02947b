using FactLint.Core.Text;

namespace FactLint.Core.Markdown;

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
                if (builder.Length > 0) builder.Append(' ', lineStart - 1);
                builder.AppendContiguous(line, lineStart);
            }
            if (lineEnd >= text.Length) break;
            lineStart = lineEnd + (text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2 : 1);
        }
        Flush();
        return new ProseDocument(source, blocks, []);

        void Flush()
        {
            builder.TrimEnd();
            if (builder.HasContent())
                blocks.Add(builder.Build(ProseBlockKind.Paragraph, lineStart, new BlockPlacement(false, order++, -1, null, -1)));
            builder = new ProseBuilder();
        }
    }
}
