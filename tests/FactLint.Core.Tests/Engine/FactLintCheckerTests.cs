using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;

namespace FactLint.Core.Tests.Engine;

/// <summary>The library entry point apps call to gate an answer.</summary>
public class FactLintCheckerTests
{
    [Fact]
    public async Task Findings_carry_offsets_into_the_answer_positions_and_notes()
    {
        const string answer = "# Answer\n\nThe quarter ended 2021-09-30 with revenue of $9.7 billion.\n";
        var report = await FactLintChecker.CheckAsync(answer, new CheckRequest { Context = ["Revenue was $9.73 billion (quarter ended September 30, 2021)."] });
        var finding = Assert.Single(report.Findings);
        Assert.Equal("$9.7 billion", answer[finding.Start..finding.End]);
        Assert.Equal("$9.7 billion", finding.Claim);
        Assert.Equal((3, 46), (finding.StartPosition.Line, finding.StartPosition.Column));
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("9,730,000,000", finding.Notes[0]);
        Assert.Equal(2, report.ClaimCount);
        Assert.False(report.Passed);
    }

    [Fact]
    public void Offsets_count_characters_after_an_emoji_on_the_line()
    {
        const string answer = "🚀 Revenue was $9.7 billion.";
        var finding = Assert.Single(FactLintChecker.Check(answer, new CheckRequest { Context = ["$9.73 billion"] }).Findings);
        Assert.Equal("$9.7 billion", answer[finding.Start..finding.End]);
    }

    [Fact]
    public void Without_a_context_claims_need_citations_as_in_a_document()
    {
        var report = FactLintChecker.Check("Revenue was $9.73 billion.");
        Assert.Equal(["FL103"], report.Findings.Select(f => f.Code));
        Assert.False(report.Passed);
    }

    [Fact]
    public void A_grounded_answer_passes()
    {
        var report = FactLintChecker.Check("Revenue was $9,730,000,000.", new CheckRequest { Context = ["Revenue: $9.73 billion."] });
        Assert.Empty(report.Findings);
        Assert.True(report.Passed);
    }
}
