using System.Text.Json;
using FactLint.Core.Diagnostics;
using FactLint.Core.Output;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Output;

/// <summary>The claim-need reason travels with a finding into JSON (<c>need</c>) and SARIF (<c>properties.need</c>).</summary>
public class NeedOutputTests
{
    private static readonly Diagnostic[] Findings =
    [
        new Diagnostic("FL103", "unsourced-money", Severity.Warning, "Amount '$9.73bn'", "a.md",
            new LinePosition(1, 1), new LinePosition(1, 8), "$9.73bn", "$9.73bn revenue") { Need = "world fact: money" },
        new Diagnostic("FL201", "citation-target-missing", Severity.Error, "missing", "a.md",
            new LinePosition(2, 1), new LinePosition(2, 4), "x", "x"),
    ];

    private static JsonElement Render(string format)
    {
        var writer = new StringWriter();
        OutputFormats.Create(format).Write(Findings, new OutputContext(Directory.GetCurrentDirectory(), [], 1, "1.0.0"), writer);
        return JsonDocument.Parse(writer.ToString()).RootElement;
    }

    [Fact]
    public void Json_findings_carry_the_need_only_when_there_is_one()
    {
        var findings = Render("json").GetProperty("findings").EnumerateArray().ToList();
        Assert.Equal("world fact: money", findings[0].GetProperty("need").GetString());
        Assert.False(findings[1].TryGetProperty("need", out _));
    }

    [Fact]
    public void Sarif_results_carry_the_need_in_their_property_bag()
    {
        var results = Render("sarif").GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        Assert.Equal("world fact: money", results[0].GetProperty("properties").GetProperty("need").GetString());
        Assert.False(results[1].TryGetProperty("properties", out _));
    }
}
