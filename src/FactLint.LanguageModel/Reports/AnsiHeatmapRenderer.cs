using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Reports;

/// <summary>
/// Prints the text with each token's background shaded by its surprisal (24-bit ANSI colours), then a legend.
/// Colour is reset before every line break so shading does not bleed to the terminal's edge.
/// </summary>
public static class AnsiHeatmapRenderer
{
    private const string Reset = "\u001b[0m";

    /// <param name="color">False prints plain text with each token's bits after it in brackets, for NO_COLOR or non-terminals.</param>
    public static void Render(TextWriter output, string text, IReadOnlyList<TokenSurprisal> tokens, bool color = true)
    {
        foreach (var segment in TextSegments.Split(text, tokens))
        {
            var piece = text.AsSpan(segment.Start, segment.End - segment.Start);
            if (segment.Token < 0)
            {
                output.Write(piece);
                continue;
            }
            double bits = tokens[segment.Token].Bits;
            bool lastOfToken = segment.End >= Math.Min(tokens[segment.Token].End, text.Length);
            if (!color)
            {
                output.Write(piece);
                if (lastOfToken) output.Write($"[{bits:0.0}]");
                continue;
            }
            var bucket = SurprisalColorScale.For(bits);
            string on = $"\u001b[48;2;{bucket.R};{bucket.G};{bucket.B}m\u001b[38;2;0;0;0m";
            int lineStart = 0;
            for (int i = 0; i <= piece.Length; i++)
            {
                if (i < piece.Length && piece[i] != '\n') continue;
                if (i > lineStart) output.Write(on + piece[lineStart..i].ToString() + Reset);
                if (i < piece.Length) output.Write('\n');
                lineStart = i + 1;
            }
        }
        output.WriteLine();
        WriteLegend(output, color);
    }

    public static void WriteLegend(TextWriter output, bool color = true)
    {
        output.Write("surprisal: ");
        foreach (var b in SurprisalColorScale.Buckets)
        {
            output.Write(color ? $"\u001b[48;2;{b.R};{b.G};{b.B}m\u001b[38;2;0;0;0m {b.Label} {Reset} " : $"[{b.Label}] ");
        }
        output.WriteLine();
    }
}
