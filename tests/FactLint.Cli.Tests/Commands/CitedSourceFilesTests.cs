using FactLint.Cli.Git;
using FactLint.Cli.Tests.Git;

namespace FactLint.Cli.Tests.Commands;

/// <summary>Files a document cites: data files that are sources, sections under a titled report, the cache they leave.</summary>
public sealed class CitedSourceFilesTests : IDisposable
{
    private readonly TempGitRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private const string Data = "# Survey data\n\nRespondents: 1,204. Share using Rust: 13.05%.\n";
    private const string Doc = "# Notes\n\nOf 1,204 respondents, 13.05% use Rust ([survey](data/survey.md)).\n";

    [Fact]
    public void A_data_file_matching_source_files_is_checked_against_but_not_linted_unless_named()
    {
        _repo.Write("data/survey.md", Data);
        _repo.Write("notes.md", Doc);
        Assert.Equal(1, _repo.Factlint("check", "--no-model").ExitCode); // without the setting the data file is a document

        _repo.Write(".factlint.yaml", "source_files: [\"data/**\"]\n");
        var folder = _repo.Factlint("check", "--no-model", "--format", "concise");
        Assert.True(folder.ExitCode == 0, folder.Stdout + folder.Stderr);

        _repo.Git("add", "-A");
        var staged = _repo.Factlint("check", "--staged", "--no-model", "--format", "concise");
        Assert.True(staged.ExitCode == 0, staged.Stdout + staged.Stderr);

        var named = _repo.Factlint("check", "--no-model", "--format", "concise", "data/survey.md");
        Assert.Equal(1, named.ExitCode);
        Assert.Contains("data/survey.md:3:", named.Stdout);
    }

    [Fact]
    public void A_figure_cited_to_a_section_may_sit_in_the_title_above_it_but_not_in_another_title()
    {
        _repo.Write("report.md", "# Annual report 2022\n\n## Results\n\nRevenue grew 12%.\n\n# Annual report 2021\n\n## Outlook\n\nRevenue grew 9%.\n");
        _repo.Write("a.md", "Revenue grew 12% in 2022 ([report](report.md#results)).\n");
        var cited = _repo.Factlint("check", "--no-model", "--format", "concise", "a.md");
        Assert.True(cited.ExitCode == 0, cited.Stdout + cited.Stderr);

        _repo.Write("a.md", "Revenue grew 9% in 2022 ([report](report.md#outlook)).\n");
        var lossy = _repo.Factlint("check", "--no-model", "--format", "concise", "a.md");
        Assert.Equal(1, lossy.ExitCode);
        Assert.Contains("FL202", lossy.Stdout);
        Assert.Contains("2022", lossy.Stdout);
    }

    [Fact]
    public void The_source_cache_ignores_itself_in_git()
    {
        _repo.Write("data/survey.md", Data);
        _repo.Write("notes.md", Doc);
        _repo.Write(".factlint.yaml", "source_files: [\"data/**\"]\n");
        Assert.Equal(0, _repo.Factlint("check", "--no-model").ExitCode);

        Assert.True(Directory.Exists(Path.Combine(_repo.Root, ".factlint", "cache", "sources")), "the citation left no source cache to check");
        var untracked = _repo.Git("status", "--porcelain", "--untracked-files=all");
        Assert.DoesNotContain(".factlint/cache", untracked);
        Assert.Contains("notes.md", untracked);
    }
}
