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
    /// The command the hook should run: <c>dotnet tool run factlint</c> when a tool manifest at or above the repository root
    /// lists FactLint, else <c>factlint</c> when it is on PATH, else this very program by absolute path. A program that runs
    /// from a NuGet package folder (a local tool whose manifest was not found) is never written in by path: that folder
    /// belongs to one machine and one version.
    /// </summary>
    /// <exception cref="GitException">Nothing to run that would still work after the next tool update; says what to do.</exception>
    public static string DefaultCommand(string repositoryRoot) =>
        DefaultCommand(repositoryRoot, AppContext.BaseDirectory, Environment.ProcessPath ?? "dotnet", OnPath("factlint"));

    internal static string DefaultCommand(string repositoryRoot, string programDirectory, string processPath, bool factlintOnPath)
    {
        if (ToolManifest(repositoryRoot) is not null) return "dotnet tool run factlint";
        if (factlintOnPath) return "factlint";
        if (IsInNuGetPackageFolder(programDirectory))
            throw new GitException($"factlint runs from the NuGet package folder {programDirectory}, and no dotnet-tools.json at or above {repositoryRoot} lists it; " +
                "run 'dotnet tool install --local FactLint.Cli' in the repository, or pass --command");
        if (Path.GetFileNameWithoutExtension(processPath) == "dotnet")
            return $"{Quote(processPath)} {Quote(Path.Combine(programDirectory, "factlint.dll"))}";
        return Quote(processPath);
    }

    /// <summary>
    /// The tool manifest that lists FactLint, looked for as <c>dotnet tool run</c> does: <c>.config/dotnet-tools.json</c> or
    /// <c>dotnet-tools.json</c> (where SDK 10 writes it) in the folder and each folder above.
    /// </summary>
    internal static string? ToolManifest(string directory)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            foreach (var candidate in new[] { Path.Combine(dir.FullName, ".config", "dotnet-tools.json"), Path.Combine(dir.FullName, "dotnet-tools.json") })
            {
                if (!File.Exists(candidate)) continue;
                try
                {
                    if (File.ReadAllText(candidate).Contains("\"factlint\"", StringComparison.OrdinalIgnoreCase)) return candidate;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException) { /* unreadable: as if absent */ }
            }
        }
        return null;
    }

    private static bool IsInNuGetPackageFolder(string directory)
    {
        var full = Path.GetFullPath(directory).Replace('\\', '/');
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return full.Contains("/.nuget/packages/", StringComparison.OrdinalIgnoreCase)
            || (!string.IsNullOrEmpty(packages) && full.StartsWith(Path.GetFullPath(packages).Replace('\\', '/').TrimEnd('/') + "/", StringComparison.OrdinalIgnoreCase));
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
