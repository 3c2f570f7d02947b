using FactLint.Core.Suppression;

namespace FactLint.Core.Tests.Suppression;

public class SuppressionMapTests
{
    private static SuppressionMap Map(string markdown) => SuppressionMap.Build(TestDocuments.Parse(markdown));

    [Fact]
    public void Disable_and_enable_bound_a_range_per_code()
    {
        var map = Map("a\n<!-- factlint-disable FL101 -->\nb\n<!-- factlint-enable FL101 -->\nc\n");
        Assert.False(map.IsSuppressed("FL101", "unsourced-number", 1));
        Assert.True(map.IsSuppressed("FL101", "unsourced-number", 3));
        Assert.False(map.IsSuppressed("FL102", "unsourced-percentage", 3));
        Assert.False(map.IsSuppressed("FL101", "unsourced-number", 5));
    }

    [Fact]
    public void Next_line_and_same_line_and_whole_file()
    {
        var map = Map("<!-- factlint-disable-next-line -->\nfigure 1,234\n\nText 99 ms <!-- factlint-disable-line unsourced-number -->\n");
        Assert.True(map.IsSuppressed("FL105", "x", 2));
        Assert.False(map.IsSuppressed("FL105", "x", 3));
        Assert.True(map.IsSuppressed("FL101", "unsourced-number", 4));
        Assert.True(Map("<!-- factlint-disable-file FL104 -->\n\na\n\nb\n").IsSuppressed("FL104", "x", 5));
    }

    [Fact]
    public void Disable_without_enable_runs_to_the_end()
    {
        var map = Map("a\n\n<!-- factlint-disable -->\n\nb\n\nc\n");
        Assert.True(map.IsSuppressed("FL999", "x", 7));
    }

    [Fact]
    public void Listed_codes_are_kept_with_their_place_in_the_file()
    {
        const string text = "a\n<!-- factlint-disable-next-line FL999, unsourced-number -->\nb 1,234\n";
        var named = Map(text).Named;
        Assert.Equal(["FL999", "unsourced-number"], named.Select(n => n.Code).ToList());
        Assert.All(named, n => Assert.Equal(n.Code, text[n.Start..n.End]));
        Assert.Empty(Map("<!-- factlint-disable-next-line -->\nb 1,234\n").Named);
    }

    [Fact]
    public void A_code_no_pack_has_is_a_warning_at_the_comment_and_suppresses_nothing()
    {
        var profile = global::FactLint.Core.Engine.LintProfile.Load(global::FactLint.Core.Config.FactLintConfig.Default(Path.GetTempPath()));
        var result = global::FactLint.Core.Engine.FileLinter.Lint(global::FactLint.Core.Text.SourceText.FromString(
            "# Doc\n\n<!-- factlint-disable-next-line FL999 -->\nWe served 18,412 users.\n", "doc.md"), profile, global::FactLint.Core.Rules.Checks.LintServices.ForFolder(Path.GetTempPath()));
        var unknown = Assert.Single(result.Diagnostics, d => d.Code == global::FactLint.Core.Diagnostics.EngineCodes.SuppressionUnknownCode);
        Assert.Equal((3, 33), (unknown.Start.Line, unknown.Start.Column));
        Assert.Equal(global::FactLint.Core.Diagnostics.Severity.Warning, unknown.Severity);
        Assert.Contains("'FL999'", unknown.Message);
        Assert.Contains(result.Diagnostics, d => d.Code == "FL101" && d.Start.Line == 4);

        var known = global::FactLint.Core.Engine.FileLinter.Lint(global::FactLint.Core.Text.SourceText.FromString(
            "# Doc\n\n<!-- factlint-disable-next-line FL101 -->\nWe served 18,412 users.\n<!-- factlint-disable-line unsourced-number FL906 -->\n", "doc.md"), profile, global::FactLint.Core.Rules.Checks.LintServices.ForFolder(Path.GetTempPath()));
        Assert.Empty(known.Diagnostics);
    }
}
