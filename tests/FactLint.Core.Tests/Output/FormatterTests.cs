using System.Text.Json;
using FactLint.Core.Diagnostics;
using FactLint.Core.Output;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using Snapshooter.Xunit;

namespace FactLint.Core.Tests.Output;

public class FormatterTests
{
    private static readonly string Dir = Path.Combine(Path.GetTempPath(), "factlint-format");

    private static readonly Diagnostic[] Findings =
    [
        new("FL101", "unsourced-number", Severity.Warning, "Exact figure '1,847' has no citation in reach", Path.Combine(Dir, "docs", "a b.md"),
            new LinePosition(3, 11), new LinePosition(3, 16), "1,847", "We served 1,847 users."),
        new("FL103", "unsourced-money", Severity.Error, "Amount '$9.73bn', with: commas\nand lines 100%", Path.Combine(Dir, "b.md"),
            new LinePosition(1, 1), new LinePosition(1, 8), "$9.73bn", "$9.73bn revenue"),
    ];

    private static string Render(string format)
    {
        var writer = new StringWriter { NewLine = "\n" };
        OutputFormats.Create(format).Write(Findings, new OutputContext(Dir, [], 2, "1.2.3"), writer);
        return writer.ToString();
    }

    [Fact]
    public void Text_shows_the_line_with_a_caret_under_the_claim()
    {
        var lines = Render("text").Split('\n');
        Assert.Equal("docs/a b.md:3:11: FL101 [warning] Exact figure '1,847' has no citation in reach", lines[0]);
        Assert.Equal("3 | We served 1,847 users.", lines[2]);
        Assert.Equal("  |           ^^^^^", lines[3]);
    }

    [Fact]
    public void MsBuild_prints_canonical_lines()
    {
        var first = Render("msbuild").Split('\n')[0];
        Assert.Equal($"{Path.Combine(Dir, "docs", "a b.md")}(3,11): warning FL101: Exact figure '1,847' has no citation in reach", first);
        Assert.Matches(@"^.+\(\d+,\d+\): (warning|error) FL\d{3}: .+$", first);
    }

    [Fact]
    public void Github_escapes_properties_and_data()
    {
        var second = Render("github").Split('\n')[1];
        Assert.StartsWith("::error title=FactLint FL103 (unsourced-money),file=b.md,line=1,col=1,endLine=1,endColumn=8::", second);
        Assert.EndsWith("Amount '$9.73bn', with: commas%0Aand lines 100%25", second);
    }

    [Fact]
    public void Sarif_has_the_structure_of_2_1_0()
    {
        using var doc = JsonDocument.Parse(Render("sarif"));
        var root = doc.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        Assert.Contains("sarif-2.1.0", root.GetProperty("$schema").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray().ToList());
        Assert.Equal("FactLint", run.GetProperty("tool").GetProperty("driver").GetProperty("name").GetString());
        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(2, results.Count);
        var location = results[0].GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("docs/a%20b.md", location.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal(3, location.GetProperty("region").GetProperty("startLine").GetInt32());
        Assert.Equal(11, location.GetProperty("region").GetProperty("startColumn").GetInt32());
        Assert.Equal("warning", results[0].GetProperty("level").GetString());
        Assert.Equal("FL101", results[0].GetProperty("ruleId").GetString());
    }

    [Fact]
    public void Json_matches_its_snapshot()
    {
        using var doc = JsonDocument.Parse(Render("json"));
        Snapshot.Match(JsonSerializer.Deserialize<object>(doc.RootElement.GetRawText())!.ToString());
    }

    private static Diagnostic Scored(string subject, int line, int worstRank, double maxBits) =>
        new Diagnostic("FL101", "unsourced-number", Severity.Warning, "m", Path.Combine(Dir, "c.md"), new LinePosition(line, 1), new LinePosition(line, 3), subject, subject)
        {
            Surprisal = ClaimSurprisal.Over([new TokenSurprisal(0, 1, maxBits, worstRank), new TokenSurprisal(1, 2, 0.5, 1)], 0, 2),
        };

    [Fact]
    public void Surprisal_order_puts_the_least_reconstructible_first_and_unscored_last()
    {
        Diagnostic common = Scored("24", 1, 1, 0.7), detail = Scored("18,412", 2, 900, 12), tie = Scored("7.3", 3, 900, 14);
        var ordered = SurprisalRanking.Order([common, Findings[0], detail, tie]);
        Assert.Equal([tie, detail, common, Findings[0]], ordered);
        var ranks = SurprisalRanking.Ranks([common, Findings[0], detail, tie]);
        Assert.Equal(1, ranks[tie]);
        Assert.Equal(3, ranks[common]);
        Assert.False(ranks.ContainsKey(Findings[0]));
    }

    [Fact]
    public void Json_and_sarif_carry_each_scored_finding_s_surprisal_and_the_summary_names_the_model()
    {
        Diagnostic[] findings = [Scored("24", 1, 1, 0.7), Scored("18,412", 2, 900, 12)];
        var context = new OutputContext(Dir, [], 1, "1.2.3") { Models = [new ScorerInfo("factlint-tiny", "ab", "cpu")], ExemptClaims = 3 };
        var json = new StringWriter();
        new JsonFormatter().Write(findings, context, json);
        using var doc = JsonDocument.Parse(json.ToString());
        var first = doc.RootElement.GetProperty("findings")[0].GetProperty("surprisal");
        Assert.Equal("max_token_rank", first.GetProperty("statistic").GetString());
        Assert.Equal(1, first.GetProperty("value").GetInt32());
        Assert.Equal(0.7, first.GetProperty("max_bits").GetDouble());
        Assert.Equal(2, first.GetProperty("rank").GetInt32());
        Assert.Equal("factlint-tiny", doc.RootElement.GetProperty("summary").GetProperty("model").GetString());
        Assert.Equal(3, doc.RootElement.GetProperty("summary").GetProperty("exemptClaims").GetInt32());

        var sarif = new StringWriter();
        new SarifFormatter().Write(findings, context, sarif);
        using var sdoc = JsonDocument.Parse(sarif.ToString());
        var result = sdoc.RootElement.GetProperty("runs")[0].GetProperty("results")[1];
        Assert.Equal(900, result.GetProperty("properties").GetProperty("surprisal").GetProperty("value").GetInt32());
        Assert.Equal(1, result.GetProperty("properties").GetProperty("surprisal").GetProperty("rank").GetInt32());
    }
}
