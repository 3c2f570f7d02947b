using System.Text.Json;
using FactLint.Core.Diagnostics;
using FactLint.Core.Output;
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
}
