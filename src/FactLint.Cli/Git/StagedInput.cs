using FactLint.Cli.Commands;

namespace FactLint.Cli.Git;

/// <summary>The <c>--staged</c> step of <c>factlint check</c>: picks the staged files, or says why there is nothing to do.</summary>
internal static class StagedInput
{
    /// <returns>The selection to lint, or null with <paramref name="exitCode"/> set (nothing staged: clean; no git: usage).</returns>
    public static StagedSelection? Select(CheckOptions options, string cwd, TextWriter stderr, out int exitCode)
    {
        // Paths are git pathspecs relative to the current folder. None: every staged file of the repository, from any
        // subfolder, because that is what the commit will hold.
        var pathspecs = options.Paths;
        StagedSelection selection;
        try
        {
            selection = StagedSelection.Load(cwd, pathspecs, options.ConfigPath);
        }
        catch (GitException e)
        {
            stderr.WriteLine($"factlint: {e.Message}");
            exitCode = ExitCodes.UsageOrConfig;
            return null;
        }
        catch (FactLint.Core.Yaml.YamlLoadException e)
        {
            exitCode = ProblemReporter.Report(e, stderr);
            return null;
        }
        if (!options.Quiet) foreach (var notice in selection.Notices) stderr.WriteLine($"factlint: {notice}");
        if (selection.Files.Count == 0)
        {
            if (!options.Quiet) stderr.WriteLine("factlint: no staged Markdown or text files to check");
            exitCode = ExitCodes.Clean;
            return null;
        }
        exitCode = ExitCodes.Clean;
        return selection;
    }
}
