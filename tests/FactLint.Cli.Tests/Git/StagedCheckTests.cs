using FactLint.Cli.Git;
using FactLint.Core.Engine;

namespace FactLint.Cli.Tests.Git;

/// <summary><c>factlint check --staged</c> lints what the commit will contain (the index), never the working tree.</summary>
public sealed class StagedCheckTests : IDisposable
{
    private readonly TempGitRepository _repo = new();

    public StagedCheckTests()
    {
        _repo.Write("notes.md", "# Notes\n\nNothing precise here.\n");
        _repo.Write("plan.md", "# Plan\n\nWe have 120 customers.\n");
        _repo.Git("add", ".");
        _repo.Git("commit", "-q", "-m", "initial");

        // Staged: a claim on line 5 that the working tree then removed.
        _repo.Write("notes.md", "# Notes\n\nNothing precise here.\n\nRevenue was $3.5 million.\n");
        _repo.Git("add", "notes.md");
        _repo.Write("notes.md", "# Notes\n\nNothing precise here.\n");

        // Staged: the claim removed; the working tree puts it back (unstaged).
        _repo.Write("plan.md", "# Plan\n\nWe have some customers.\n");
        _repo.Git("add", "plan.md");
        _repo.Write("plan.md", "# Plan\n\nWe have 120 customers.\n");

        // Staged but not Markdown or text; and an untracked doc with a claim.
        _repo.Write("src/app.cs", "// 42% of this file is comments\n");
        _repo.Git("add", "src/app.cs");
        _repo.Write("draft.md", "Sales rose 17% last year.\n");
    }

    public void Dispose() => _repo.Dispose();

    [Fact]
    public void Selection_holds_staged_markdown_with_index_content()
    {
        var selection = StagedSelection.Load(_repo.Root, [], configPath: null);

        Assert.Equal(["notes.md", "plan.md"], selection.Files.Select(f => f.RelativePath).Order());
        Assert.Contains("$3.5 million", selection.Read(Path.Combine(_repo.Root, "notes.md")).Text);
        Assert.DoesNotContain("120", selection.Read(Path.Combine(_repo.Root, "plan.md")).Text);
    }

    [Fact]
    public void Lint_run_over_the_selection_reports_staged_positions_and_real_paths()
    {
        var selection = StagedSelection.Load(_repo.Root, [], configPath: null);
        var result = LintRun.Execute(new LintRunOptions { Inputs = selection.Paths, WorkingDirectory = _repo.Root, ReadSource = selection.Read });

        var finding = Assert.Single(result.Diagnostics);
        Assert.Equal(Path.Combine(_repo.Root, "notes.md"), finding.Path);
        Assert.Equal(5, finding.Start.Line);
        Assert.Equal(13, finding.Start.Column);
    }

    [Fact]
    public void Cli_staged_sees_staged_content_and_the_working_tree_check_sees_the_other()
    {
        var staged = _repo.Factlint("check", "--staged", "--no-model", "--format", "msbuild", "--quiet");
        Assert.Equal(ExitCodes.Findings, staged.ExitCode);
        var lines = staged.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var line = Assert.Single(lines);
        Assert.StartsWith(Path.Combine(_repo.Root, "notes.md") + "(5,13): warning FL103:", line);

        var tree = _repo.Factlint("check", "--no-model", "--format", "msbuild", "--quiet", "notes.md", "plan.md");
        var treeLine = Assert.Single(tree.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        Assert.StartsWith(Path.Combine(_repo.Root, "plan.md") + "(3,9): warning FL101:", treeLine);
    }

    [Fact]
    public void Cli_staged_with_a_pathspec_limits_the_files()
    {
        var result = _repo.Factlint("check", "--staged", "--no-model", "--format", "msbuild", "--quiet", "plan.md");
        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Equal("", result.Stdout.Trim());
    }

    [Fact]
    public void Cli_staged_with_nothing_staged_is_clean()
    {
        _repo.Git("commit", "-q", "-m", "second");
        var result = _repo.Factlint("check", "--staged", "--no-model");
        Assert.Equal(ExitCodes.Clean, result.ExitCode);
        Assert.Contains("no staged Markdown or text files", result.Stderr);
    }

    [Fact]
    public void Cli_staged_outside_a_repository_is_a_usage_error()
    {
        var folder = Directory.CreateTempSubdirectory("factlint-nogit-").FullName;
        try
        {
            // Assumes the temp folder is not inside a git repository (true on CI and ordinary machines).
            var exception = Assert.Throws<GitException>(() => StagedSelection.Load(folder, [], null));
            Assert.Contains("not in one", exception.Message);

            var cli = TempGitRepository.FactlintIn(folder, "check", "--staged", "--no-model");
            Assert.Equal(ExitCodes.UsageOrConfig, cli.ExitCode);
            Assert.Contains("--staged needs a git repository", cli.Stderr);
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public void Batch_output_parser_handles_missing_objects_and_binary_content()
    {
        byte[] output = [.. "abc blob 3\n"u8, 0, 10, 255, (byte)'\n', .. ":gone missing\n"u8, .. "def blob 2\nhi\n"u8];
        var blobs = StagedFiles.ParseBatch(output, 3);
        Assert.Equal([0, 10, 255], blobs[0]);
        Assert.Null(blobs[1]);
        Assert.Equal("hi"u8.ToArray(), blobs[2]);
    }
}
