using FactLint.Core.Baselines;
using FactLint.Core.Diagnostics;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Baselines;

public class BaselineTests
{
    private static Diagnostic Finding(string dir, string file, int line, string subject) =>
        new("FL101", "unsourced-number", Severity.Warning, "m", Path.Combine(dir, file), new LinePosition(line, 1), new LinePosition(line, 5), subject, "");

    [Fact]
    public void Accepted_findings_are_hidden_even_when_their_line_moves()
    {
        var dir = TestDocuments.TempDirectory();
        var path = Path.Combine(dir, Baseline.DefaultFileName);
        Baseline.From([Finding(dir, "a.md", 3, "1,847")], dir).Save(path);
        var loaded = Baseline.Load(path);
        var kept = loaded.Filter([Finding(dir, "a.md", 10, "1,847"), Finding(dir, "a.md", 11, "2,000")], dir);
        Assert.Equal(["2,000"], kept.Select(d => d.Subject));
    }

    [Fact]
    public void Each_entry_absorbs_as_many_findings_as_it_counted()
    {
        var dir = TestDocuments.TempDirectory();
        var baseline = Baseline.From([Finding(dir, "a.md", 1, "42 ms")], dir);
        Assert.Single(baseline.Filter([Finding(dir, "a.md", 1, "42 ms"), Finding(dir, "a.md", 2, "42 ms")], dir));
    }

    [Fact]
    public void A_corrupt_baseline_is_a_clear_error()
    {
        var path = Path.Combine(TestDocuments.TempDirectory(), "b.json");
        File.WriteAllText(path, "{ not json");
        var e = Assert.Throws<InvalidDataException>(() => Baseline.Load(path));
        Assert.Contains("not a FactLint baseline", e.Message);
    }
}
