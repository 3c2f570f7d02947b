using System.CommandLine;
using FactLint.Cli.Git;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint hook install|uninstall</c>: the git pre-commit hook that runs <c>factlint check --staged</c>.</summary>
internal static class HookCommand
{
    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Replace a pre-commit hook that is not FactLint's (it is kept as pre-commit.factlint-backup)" };
        var command = new Option<string?>("--command") { Description = "How the hook starts FactLint (default: dotnet tool run factlint if a dotnet-tools.json lists it, else factlint on PATH, else this program)" };
        var withModel = new Option<bool>("--with-model") { Description = "Let the hook load the language model (slower commits); by default it passes --no-model" };

        var install = new Command("install", "Write .git/hooks/pre-commit (or under core.hooksPath) to lint staged Markdown before each commit");
        foreach (var o in new Option[] { force, command, withModel }) install.Options.Add(o);
        install.SetAction(parse => Install(Directory.GetCurrentDirectory(), parse.GetValue(command), parse.GetValue(withModel), parse.GetValue(force), Console.Out, Console.Error));

        var uninstallForce = new Option<bool>("--force") { Description = "Remove the pre-commit hook even if it is not FactLint's" };
        var uninstall = new Command("uninstall", "Remove FactLint's pre-commit hook");
        uninstall.Options.Add(uninstallForce);
        uninstall.SetAction(parse => Uninstall(Directory.GetCurrentDirectory(), parse.GetValue(uninstallForce), Console.Out, Console.Error));

        var hook = new Command("hook", "Install or remove the git pre-commit hook");
        hook.Subcommands.Add(install);
        hook.Subcommands.Add(uninstall);
        return hook;
    }

    public static int Install(string cwd, string? command, bool withModel, bool force, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var path = PreCommitHook.PathFor(cwd);
            var run = command ?? PreCommitHook.DefaultCommand(StagedFiles.RepositoryRoot(cwd));
            var arguments = withModel ? "" : "--no-model";
            switch (PreCommitHook.Install(path, PreCommitHook.Script(run, arguments), force))
            {
                case HookOutcome.Refused:
                    stderr.WriteLine($"factlint: {path} exists and is not FactLint's hook; use --force to replace it (it will be kept as pre-commit.factlint-backup)");
                    return ExitCodes.UsageOrConfig;
                case HookOutcome.Unchanged:
                    stdout.WriteLine($"FactLint's pre-commit hook is already installed: {path}");
                    return ExitCodes.Clean;
                case HookOutcome.Updated:
                    stdout.WriteLine($"Updated FactLint's pre-commit hook: {path}");
                    return ExitCodes.Clean;
                default:
                    stdout.WriteLine($"Installed FactLint's pre-commit hook: {path} (runs: {run} check --staged {arguments})");
                    return ExitCodes.Clean;
            }
        }
        catch (GitException e)
        {
            stderr.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }

    public static int Uninstall(string cwd, bool force, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            var path = PreCommitHook.PathFor(cwd);
            switch (PreCommitHook.Uninstall(path, force))
            {
                case HookOutcome.Refused:
                    stderr.WriteLine($"factlint: {path} is not FactLint's hook; leaving it (use --force to remove it anyway)");
                    return ExitCodes.UsageOrConfig;
                case HookOutcome.NotInstalled:
                    stdout.WriteLine($"No pre-commit hook to remove at {path}");
                    return ExitCodes.Clean;
                default:
                    stdout.WriteLine($"Removed FactLint's pre-commit hook: {path}");
                    return ExitCodes.Clean;
            }
        }
        catch (GitException e)
        {
            stderr.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }
}
