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
        HtmlHeatmapWriter.Write(w, "Report <1>", Model, Text, Tokens, [new ClaimSpan(3, 7, "percentage")]);
        var html = w.ToString();

        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("href=", html);
        Assert.DoesNotContain("<script", html);
        Assert.Contains("<title>Report &lt;1&gt;</title>", html);
        // Claim "12 %" overlaps tokens " 12" (11.25) and " %" (3): max 11.25, mean 7.125.
        Assert.Contains("<td>12 %</td><td>percentage</td><td class=\"num\" style=\"background:#c9a3e8\">11.25</td><td class=\"num\">7.13</td><td class=\"num\">2</td>", html);
        Assert.Contains("class=\"claim\" title=\"11.25 bits\">12</span>", html);
        Assert.Contains("title=\"11.25 bits\"> </span>", html);
    }
}
