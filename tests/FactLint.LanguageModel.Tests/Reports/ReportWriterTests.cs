using FactLint.Core.Surprisal;
using FactLint.LanguageModel.Reports;

namespace FactLint.LanguageModel.Tests.Reports;

public class ReportWriterTests
{
    private const string Text = "Up 12 %\né!";
    // "é" split into two byte tokens that both span it, as the aligner reports.
    private static readonly TokenSurprisal[] Tokens =
    [
        new(0, 2, 1.5), new(2, 5, 11.25), new(5, 7, 3), new(7, 8, 0.5), new(8, 9, 6), new(8, 9, 7), new(9, 10, 0.25),
    ];
    private static readonly ScorerInfo Model = new("tiny", new string('0', 64), "cpu");

    [Fact]
    public void Json_has_model_and_tokens_with_char_offsets()
    {
        var json = JsonScoreWriter.ToJson(Model, Text, Tokens[..3]);
        Assert.Equal(
            "{\"model\":\"tiny\",\"sha256\":\"" + new string('0', 64) + "\",\"device\":\"cpu\",\"tokens\":[" +
            "{\"text\":\"Up\",\"start\":0,\"end\":2,\"bits\":1.5}," +
            "{\"text\":\" 12\",\"start\":2,\"end\":5,\"bits\":11.25}," +
            "{\"text\":\" %\",\"start\":5,\"end\":7,\"bits\":3}]}", json);
    }

    [Fact]
    public void Ansi_shades_each_token_and_resets_before_line_breaks()
    {
        var w = new StringWriter();
        AnsiHeatmapRenderer.Render(w, Text, Tokens);
        var s = w.ToString();
        Assert.StartsWith("\u001b[48;2;183;228;168m\u001b[38;2;0;0;0mUp\u001b[0m\u001b[48;2;201;163;232m\u001b[38;2;0;0;0m 12\u001b[0m", s);
        Assert.Contains("\u001b[0m\n", s);
        // The split "é" is printed once.
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(s, "é"));
        Assert.Contains("surprisal: ", s);
    }

    [Fact]
    public void Plain_mode_annotates_bits()
    {
        var w = new StringWriter();
        AnsiHeatmapRenderer.Render(w, Text, Tokens, color: false);
        Assert.StartsWith("Up[1.5] 12[11.3] %[3.0]\n[0.5]é[7.0]![0.3]", w.ToString().Replace("\r", ""));
        Assert.DoesNotContain("\u001b", w.ToString());
    }

    [Fact]
    public void Html_is_self_contained_and_lists_claim_statistics()
    {
        var w = new StringWriter();
        HtmlHeatmapWriter.Write(w, "Report <1>", Model, Text, Tokens, [new ClaimSpan(3, 7, "percentage", "reported")]);
        var html = w.ToString();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<title>Report &lt;1&gt;</title>", html);
        // Claim "12 %" overlaps tokens " 12" (11.25) and " %" (3): max 11.25 (this text's top 5 %: violet), sum 14.25; no ranks.
        Assert.Contains("<td>12 %</td><td>percentage</td><td class=\"num\">–</td><td class=\"num\" style=\"background:#c9a3e8\">11.25</td>"
            + "<td class=\"num\">14.25</td><td class=\"num\">2</td><td class=\"decision\">reported</td>", html);
        Assert.Contains("class=\"claim\" title=\"11.25 bits\">12</span>", html);
        Assert.Contains("title=\"11.25 bits\"> </span>", html);
    }

    [Fact]
    public void Html_colours_relative_to_the_document_and_shows_the_gate_statistic()
    {
        // Every token is above 10 bits, so an absolute scale would paint everything violet; the lower half is green here.
        TokenSurprisal[] tokens = [new(0, 2, 12, 40), new(2, 5, 30, 900), new(5, 7, 14, 3), new(7, 8, 13, 2), new(8, 10, 12.5, 1)];
        var passage = ClaimSurprisal.Over([new(2, 5, 9, 5), new(5, 7, 2, 1)], 3, 7)!;
        var w = new StringWriter();
        HtmlHeatmapWriter.Write(w, "r", Model, Text, tokens, [new ClaimSpan(3, 7, "percentage", "exempt", passage)]);
        var html = w.ToString();

        Assert.Contains("<span style=\"background:#b7e4a8\" title=\"12.00 bits\">Up</span>", html);
        Assert.Contains("class=\"claim\" title=\"30.00 bits\">12</span>", html);
        Assert.Contains("style=\"background:#c9a3e8\"", html);
        // The table shows the passage scores the gate used, not the whole-text tokens.
        Assert.Contains("<td>12 %</td><td>percentage</td><td class=\"num\">5</td>", html);
        Assert.Contains("<td class=\"num\">11.00</td><td class=\"num\">2</td><td class=\"decision\">exempt</td>", html);
    }
}
