namespace FactLint.Cli.Tests.Git;

/// <summary><c>check --staged</c> lints what the commit will hold: from any subfolder, deleted working files included.</summary>
public sealed class StagedRepositoryTests : IDisposable
{
    private readonly TempGitRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private const string Claim = "It handles 4.2 million requests per day.\n";

    [Fact]
    public void From_a_subfolder_every_staged_file_of_the_repository_is_linted_and_a_pathspec_still_narrows()
    {
        _repo.Write("top.md", Claim);
        _repo.Write("docs/guide/inner.md", Claim);
        _repo.Git("add", "-A");
        var sub = Path.Combine(_repo.Root, "docs", "guide");

        var all = TempGitRepository.FactlintIn(sub, "check", "--staged", "--no-model", "--format", "msbuild", "--quiet");
        Assert.Equal(1, all.ExitCode);
        Assert.Contains(all.Stdout.Split('\n'), l => l.Contains("top.md(1", StringComparison.Ordinal));
        Assert.Contains(all.Stdout.Split('\n'), l => l.Contains("inner.md(1", StringComparison.Ordinal));

        var here = TempGitRepository.FactlintIn(sub, "check", "--staged", "--no-model", "--format", "msbuild", "--quiet", ".");
        Assert.DoesNotContain("top.md", here.Stdout);
        Assert.Contains("inner.md", here.Stdout);
    }

    [Fact]
    public void Staged_content_of_a_file_deleted_from_the_working_tree_is_linted()
    {
        _repo.Write("gone.md", Claim);
        _repo.Git("add", "gone.md");
        File.Delete(Path.Combine(_repo.Root, "gone.md"));

        var r = _repo.Factlint("check", "--staged", "--no-model", "--format", "msbuild");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("gone.md(1,12): warning FL101", r.Stdout.Replace('\\', '/'));
        Assert.DoesNotContain("not linted", r.Stderr);
    }
}
