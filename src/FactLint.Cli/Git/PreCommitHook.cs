using System.Text;

namespace FactLint.Cli.Git;

/// <summary>What <see cref="PreCommitHook.Install"/> or <see cref="PreCommitHook.Uninstall"/> did.</summary>
internal enum HookOutcome { Installed, Updated, Unchanged, Refused, Removed, NotInstalled }

/// <summary>
/// The <c>pre-commit</c> hook that runs <c>factlint check --staged</c>. It is found through
/// <c>git rev-parse --git-path hooks</c>, which honours <c>core.hooksPath</c> and linked worktrees. FactLint's own hook carries
/// <see cref="Marker"/>; any other file is a foreign hook, never overwritten or removed without <c>--force</c>.
/// </summary>
internal static class PreCommitHook
{
    public const string Marker = "# factlint-hook: pre-commit";

    /// <summary>The pre-commit hook file git will run for the repository holding <paramref name="directory"/>.</summary>
    public static string PathFor(string directory)
    {
        var result = GitProcess.Run(directory, "rev-parse", "--git-path", "hooks");
        if (result.ExitCode != 0) throw new GitException($"{directory} is not in a git repository ({result.Error})");
        var hooks = result.OutputText;
        // --git-path answers relative to the current folder (or absolute, e.g. for core.hooksPath=/abs).
        return Path.GetFullPath(Path.Combine(directory, hooks, "pre-commit"));
    }

    /// <param name="command">How the hook starts FactLint, e.g. <c>dotnet factlint</c>.</param>
    /// <param name="checkArguments">Arguments after <c>check --staged</c>, e.g. <c>--no-model</c>.</param>
    public static string Script(string command, string checkArguments) => new StringBuilder()
        .Append("#!/bin/sh\n")
        .Append(Marker).Append('\n')
        .Append("# Installed by `factlint hook install`; remove it with `factlint hook uninstall`.\n")
        .Append("# Lints the staged content of staged Markdown and text files. Skip once with `git commit --no-verify`.\n")
        .Append("exec ").Append(command).Append(" check --staged").Append(checkArguments.Length > 0 ? " " + checkArguments : "").Append(" \"$@\"\n")
        .ToString();

    public static bool IsOurs(string hookPath) =>
        File.Exists(hookPath) && File.ReadAllText(hookPath).Contains(Marker, StringComparison.Ordinal);

    public static HookOutcome Install(string hookPath, string script, bool force)
    {
        var outcome = HookOutcome.Installed;
        if (File.Exists(hookPath))
        {
            var existing = File.ReadAllText(hookPath);
            if (existing == script) return HookOutcome.Unchanged;
            if (!existing.Contains(Marker, StringComparison.Ordinal))
            {
                if (!force) return HookOutcome.Refused;
                File.Copy(hookPath, hookPath + ".factlint-backup", overwrite: true);
            }
            else
            {
                outcome = HookOutcome.Updated;
            }
        }
        Directory.CreateDirectory(Path.GetDirectoryName(hookPath)!);
        FactLint.Core.IO.AtomicFile.WriteAllText(hookPath, script);
        if (!OperatingSystem.IsWindows())
            File.SetUnixFileMode(hookPath, File.GetUnixFileMode(hookPath) | UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute);
        return outcome;
    }

    public static HookOutcome Uninstall(string hookPath, bool force)
    {
        if (!File.Exists(hookPath)) return HookOutcome.NotInstalled;
        if (!IsOurs(hookPath) && !force) return HookOutcome.Refused;
        File.Delete(hookPath);
        return HookOutcome.Removed;
    }

    /// <summary>
    /// The command the hook should run: the repository's local tool (<c>dotnet factlint</c>) when its tool manifest lists
    /// FactLint, else <c>factlint</c> when it is on PATH, else this very program by absolute path.
    /// </summary>
    public static string DefaultCommand(string repositoryRoot)
    {
        var manifest = Path.Combine(repositoryRoot, ".config", "dotnet-tools.json");
        if (File.Exists(manifest) && File.ReadAllText(manifest).Contains("\"factlint\"", StringComparison.Ordinal)) return "dotnet factlint";
        if (OnPath("factlint")) return "factlint";
        var process = Environment.ProcessPath ?? "dotnet";
        var name = Path.GetFileNameWithoutExtension(process);
        if (name == "dotnet")
        {
            var dll = Path.Combine(AppContext.BaseDirectory, "factlint.dll");
            return $"{Quote(process)} {Quote(dll)}";
        }
        return Quote(process);
    }

    private static bool OnPath(string program)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        string[] names = OperatingSystem.IsWindows() ? [program + ".exe", program + ".cmd"] : [program];
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Any(dir => names.Any(n => File.Exists(Path.Combine(dir, n))));
    }

    /// <summary>Single-quotes for sh: the hook is a shell script on every platform (Git for Windows runs it with its sh).</summary>
    internal static string Quote(string path) => "'" + path.Replace("\\", "/").Replace("'", "'\\''") + "'";
}
