using System.Globalization;
using System.Net;
using FactLint.Core.Documents;
using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Reports;

/// <summary>
/// A self-contained HTML page (inline CSS, no scripts or external assets): the text as a surprisal
/// heat map with claims underlined, a legend, and a table of the claims with their max/mean bits.
/// </summary>
public static class HtmlHeatmapWriter
{
    public static void Write(TextWriter output, string title, ScorerInfo model, string text,
        IReadOnlyList<TokenSurprisal> tokens, IReadOnlyList<ClaimSpan> claims)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        static string F(double d) => d.ToString("0.00", CultureInfo.InvariantCulture);

        output.Write($"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>{E(title)}</title>
            <style>
            body {"{"} font: 15px/1.5 system-ui, sans-serif; margin: 2em auto; max-width: 60em; color: #222; {"}"}
            .text {"{"} font: 14px/1.9 ui-monospace, monospace; white-space: pre-wrap; border: 1px solid #ddd; padding: 1em; {"}"}
            .text span {"{"} border-radius: 2px; {"}"}
            .claim {"{"} text-decoration: underline 2px #333; text-underline-offset: 3px; {"}"}
            .legend span {"{"} display: inline-block; padding: 0 .6em; margin-right: .4em; border-radius: 3px; {"}"}
            table {"{"} border-collapse: collapse; margin-top: 1em; {"}"}
            td, th {"{"} border: 1px solid #ddd; padding: .25em .6em; text-align: left; {"}"}
            td.num {"{"} text-align: right; font-variant-numeric: tabular-nums; {"}"}
            </style></head><body>
            <h1>{E(title)}</h1>
            <p>Model <b>{E(model.Name)}</b> (sha256 {E(model.Sha256[..Math.Min(12, model.Sha256.Length)])}…, {E(model.Device)}); {tokens.Count} tokens, mean {F(tokens.Count == 0 ? 0 : tokens.Average(t => t.Bits))} bits/token. Hover a token for its bits.</p>
            <p class="legend">
            """);
        foreach (var b in SurprisalColorScale.Buckets)
            output.Write($"<span style=\"background:{b.Hex}\">{E(b.Label)}</span>");
        output.Write("</p>\n<div class=\"text\">");

        var boundaries = claims.SelectMany(c => new[] { c.Start, c.End });
        foreach (var s in TextSegments.Split(text, tokens, boundaries))
        {
            bool inClaim = claims.Any(c => c.Start <= s.Start && s.End <= c.End);
            var piece = E(text[s.Start..s.End]);
            if (s.Token < 0)
            {
                output.Write(inClaim ? $"<span class=\"claim\">{piece}</span>" : piece);
                continue;
            }
            double bits = tokens[s.Token].Bits;
            output.Write($"<span style=\"background:{SurprisalColorScale.For(bits).Hex}\"{(inClaim ? " class=\"claim\"" : "")} title=\"{F(bits)} bits\">{piece}</span>");
        }
        output.Write("</div>\n");

        output.Write("<h2>Claims</h2>\n");
        if (claims.Count == 0)
        {
            output.Write("<p>No claims given.</p>\n");
        }
        else
        {
            output.Write("<table><tr><th>Claim</th><th>Kind</th><th>Max bits</th><th>Mean bits</th><th>Tokens</th></tr>\n");
            foreach (var c in claims)
            {
                var stats = ClaimSurprisal.Over(tokens, c.Start, c.End);
                var claimText = text[Math.Clamp(c.Start, 0, text.Length)..Math.Clamp(c.End, c.Start, text.Length)];
                output.Write(stats is null
                    ? $"<tr><td>{E(claimText)}</td><td>{E(c.Label)}</td><td class=\"num\">–</td><td class=\"num\">–</td><td class=\"num\">0</td></tr>\n"
                    : $"<tr><td>{E(claimText)}</td><td>{E(c.Label)}</td><td class=\"num\" style=\"background:{SurprisalColorScale.For(stats.MaxBits).Hex}\">{F(stats.MaxBits)}</td><td class=\"num\">{F(stats.MeanBits)}</td><td class=\"num\">{stats.Tokens.Count}</td></tr>\n");
            }
            output.Write("</table>\n");
        }
        output.Write("</body></html>\n");
    }
}
