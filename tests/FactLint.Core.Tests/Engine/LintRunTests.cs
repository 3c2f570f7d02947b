using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;

namespace FactLint.Core.Tests.Engine;

public class LintRunTests
{
    static LintRunTests() => Environment.SetEnvironmentVariable(PackLocator.RulesDirectoryVariable, TestDocuments.RulesDirectory());

    private static LintRunResult Run(string dir, params string[] inputs) =>
        LintRun.Execute(new LintRunOptions { Inputs = inputs.Length == 0 ? ["."] : inputs, WorkingDirectory = dir });

    [Fact]
    public void Folders_are_walked_and_results_come_in_stable_order()
    {
        var dir = TestDocuments.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        File.WriteAllText(Path.Combine(dir, "docs", "b.md"), "Revenue was $9.73 billion.\n");
        File.WriteAllText(Path.Combine(dir, "a.md"), "Latency is 120 ms and uptime 99.95%.\n");
        File.WriteAllText(Path.Combine(dir, "notes.txt"), "We have 1,847 users.\n");
        File.WriteAllText(Path.Combine(dir, "skip.json"), "{\"n\": 12345}");
        var result = Run(dir);
        Assert.Equal(3, result.FilesChecked);
        Assert.Equal(["a.md", "a.md", "docs/b.md", "notes.txt"],
            result.Diagnostics.Select(d => Path.GetRelativePath(dir, d.Path).Replace('\\', '/')));
        Assert.Equal(["FL101", "FL102", "FL103", "FL101"], result.Diagnostics.Select(d => d.Code));
    }

    [Fact]
    public void Each_file_uses_the_config_above_it()
    {
        var dir = TestDocuments.TempDirectory();
        var strict = Directory.CreateDirectory(Path.Combine(dir, "strict")).FullName;
        File.WriteAllText(Path.Combine(dir, FactLintConfig.FileName), "rules:\n  FL101: off\n");
        File.WriteAllText(Path.Combine(strict, FactLintConfig.FileName), "rules:\n  FL101: error\n");
        File.WriteAllText(Path.Combine(dir, "a.md"), "We have 1,847 users.\n");
        File.WriteAllText(Path.Combine(strict, "b.md"), "We have 1,847 users.\n");
        var d = Assert.Single(Run(dir).Diagnostics);
        Assert.EndsWith("b.md", d.Path);
        Assert.Equal(Severity.Error, d.Severity);
    }

    [Fact]
    public void Files_in_one_folder_and_in_folders_below_it_share_the_nearest_config()
    {
        // Configs are looked up once per folder: every file must still get the one nearest above it.
        var dir = TestDocuments.TempDirectory();
        var strict = Directory.CreateDirectory(Path.Combine(dir, "strict")).FullName;
        var deeper = Directory.CreateDirectory(Path.Combine(strict, "deeper")).FullName;
        File.WriteAllText(Path.Combine(dir, FactLintConfig.FileName), "rules:\n  FL101: off\n");
        File.WriteAllText(Path.Combine(strict, FactLintConfig.FileName), "rules:\n  FL101: error\n");
        foreach (var folder in new[] { dir, strict, deeper })
            for (int i = 0; i < 3; i++) File.WriteAllText(Path.Combine(folder, $"f{i}.md"), "We have 1,847 users.\n");
        var found = Run(dir).Diagnostics;
        Assert.Equal(6, found.Count);
        Assert.All(found, d => Assert.Equal(Severity.Error, d.Severity));
        Assert.Equal(3, found.Count(d => Path.GetDirectoryName(d.Path) == deeper));
    }

    [Fact]
    public void A_broken_config_stops_the_run_with_its_file_and_line()
    {
        var dir = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(dir, FactLintConfig.FileName), "packs: [core, ./missing-pack]\n");
        File.WriteAllText(Path.Combine(dir, "a.md"), "We have 1,847 users.\n");
        var result = Run(dir);
        Assert.True(result.ConfigurationFailed);
        Assert.Contains(result.Diagnostics, d => d.Code == EngineCodes.ConfigInvalid && d.Message.Contains("missing-pack"));
    }

    [Fact]
    public void An_unreadable_file_is_a_finding_and_other_files_still_count()
    {
        var dir = TestDocuments.TempDirectory();
        File.WriteAllBytes(Path.Combine(dir, "bad.md"), [0x41, 0xC3, 0x28, 0x0A]);
        File.WriteAllText(Path.Combine(dir, "good.md"), "We have 1,847 users.\n");
        var result = Run(dir);
        Assert.Contains(result.Diagnostics, d => d.Code == EngineCodes.FileUnreadable && d.Path.EndsWith("bad.md") && d.Message.Contains("invalid UTF-8"));
        Assert.Contains(result.Diagnostics, d => d.Code == "FL101" && d.Path.EndsWith("good.md"));
    }

    [Fact]
    public void Inline_suppressions_and_baselines_hide_findings()
    {
        var dir = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "a.md"), "<!-- factlint-disable-next-line FL101 -->\nWe have 1,847 users.\n\nWe sold 2,000 units.\n");
        var before = Run(dir);
        Assert.Equal(["2,000 units"], before.Diagnostics.Select(d => d.Subject));

        FactLint.Core.Baselines.Baseline.From(before.Diagnostics, dir).Save(Path.Combine(dir, "base.json"));
        File.WriteAllText(Path.Combine(dir, FactLintConfig.FileName), "baseline: base.json\n");
        Assert.Empty(Run(dir).Diagnostics);
    }

    [Fact]
    public void Globs_select_files()
    {
        var dir = TestDocuments.TempDirectory();
        Directory.CreateDirectory(Path.Combine(dir, "docs"));
        File.WriteAllText(Path.Combine(dir, "docs", "a.md"), "We have 1,847 users.\n");
        File.WriteAllText(Path.Combine(dir, "b.md"), "We have 1,847 users.\n");
        var result = Run(dir, "docs/**/*.md");
        Assert.Equal(1, result.FilesChecked);
    }
}
