using FactLint.Cli.Commands;
using FactLint.Cli.Git;

namespace FactLint.Cli.Tests.Git;

/// <summary><c>factlint hook install|uninstall</c>: idempotent for its own hook, careful with anyone else's.</summary>
public sealed class PreCommitHookTests : IDisposable
{
    private readonly TempGitRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private int Install(bool force = false, string command = "factlint") =>
        HookCommand.Install(_repo.Root, command, withModel: false, force, TextWriter.Null, TextWriter.Null);

    private string HookPath => Path.Combine(_repo.Root, ".git", "hooks", "pre-commit");

    [Fact]
    public void Install_writes_an_executable_hook_that_runs_check_staged()
    {
        Assert.Equal(ExitCodes.Clean, Install());

        var script = File.ReadAllText(HookPath);
        Assert.StartsWith("#!/bin/sh\n", script);
        Assert.Contains(PreCommitHook.Marker, script);
        Assert.Contains("exec factlint check --staged --no-model \"$@\"", script);
        if (!OperatingSystem.IsWindows()) Assert.True(File.GetUnixFileMode(HookPath).HasFlag(UnixFileMode.UserExecute));
    }

    [Fact]
    public void Install_twice_is_unchanged_and_a_new_command_updates_our_hook()
    {
        var hook = PreCommitHook.PathFor(_repo.Root);
        Assert.Equal(HookOutcome.Installed, PreCommitHook.Install(hook, PreCommitHook.Script("factlint", ""), force: false));
        Assert.Equal(HookOutcome.Unchanged, PreCommitHook.Install(hook, PreCommitHook.Script("factlint", ""), force: false));
        Assert.Equal(HookOutcome.Updated, PreCommitHook.Install(hook, PreCommitHook.Script("dotnet factlint", ""), force: false));
        Assert.Contains("exec dotnet factlint check --staged", File.ReadAllText(hook));
    }

    [Fact]
    public void A_foreign_hook_is_kept_unless_forced_and_then_backed_up()
    {
        const string foreign = "#!/bin/sh\necho someone else's hook\n";
        _repo.Write(".git/hooks/pre-commit", foreign);

        Assert.Equal(ExitCodes.UsageOrConfig, Install());
        Assert.Equal(foreign, File.ReadAllText(HookPath));
        Assert.Equal(ExitCodes.UsageOrConfig, HookCommand.Uninstall(_repo.Root, force: false, TextWriter.Null, TextWriter.Null));
        Assert.True(File.Exists(HookPath));

        Assert.Equal(ExitCodes.Clean, Install(force: true));
        Assert.Contains(PreCommitHook.Marker, File.ReadAllText(HookPath));
        Assert.Equal(foreign, File.ReadAllText(HookPath + ".factlint-backup"));
    }

    [Fact]
    public void Uninstall_removes_our_hook_and_is_quiet_when_there_is_none()
    {
        Assert.Equal(ExitCodes.Clean, Install());
        Assert.Equal(ExitCodes.Clean, HookCommand.Uninstall(_repo.Root, force: false, TextWriter.Null, TextWriter.Null));
        Assert.False(File.Exists(HookPath));
        Assert.Equal(ExitCodes.Clean, HookCommand.Uninstall(_repo.Root, force: false, TextWriter.Null, TextWriter.Null));
    }

    [Fact]
    public void Core_hooksPath_is_respected_from_a_subfolder()
    {
        _repo.Git("config", "core.hooksPath", "tools/git-hooks");
        Directory.CreateDirectory(Path.Combine(_repo.Root, "docs"));

        Assert.Equal(ExitCodes.Clean, HookCommand.Install(Path.Combine(_repo.Root, "docs"), "factlint", false, false, TextWriter.Null, TextWriter.Null));

        Assert.True(File.Exists(Path.Combine(_repo.Root, "tools", "git-hooks", "pre-commit")));
        Assert.False(File.Exists(HookPath));
    }

    [Fact]
    public void The_installed_hook_blocks_a_commit_whose_staged_doc_has_an_unsourced_claim()
    {
        // git runs the hook with sh on every platform (Git for Windows bundles one).
        var program = Path.Combine(AppContext.BaseDirectory, "factlint.dll");
        Assert.Equal(ExitCodes.Clean, HookCommand.Install(_repo.Root, $"dotnet {PreCommitHook.Quote(program)}", false, false, TextWriter.Null, TextWriter.Null));

        _repo.Write("README.md", "# Readme\n\nIt handles 4.2 million requests per day.\n");
        _repo.Git("add", "README.md");
        var blocked = GitProcess.Run(_repo.Root, "commit", "-q", "-m", "claim");
        Assert.NotEqual(0, blocked.ExitCode);

        _repo.Write("README.md", "# Readme\n\nIt handles many requests.\n");
        _repo.Git("add", "README.md");
        var allowed = GitProcess.Run(_repo.Root, "commit", "-q", "-m", "no claim");
        Assert.True(allowed.ExitCode == 0, allowed.Error);
    }
}
