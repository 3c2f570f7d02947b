using System.CommandLine;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.Output;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint check [paths]</c>: lint files and report findings.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var format = CommonOptions.Format();
        var config = CommonOptions.Config();
        var failLevel = new Option<string?>("--fail-level") { Description = "Lowest severity that makes the exit code 1 (info, warning, error); default from config, else warning" };
        failLevel.AcceptOnlyFromAmong("info", "warning", "error");
        var noModel = CommonOptions.NoModel();
        var model = CommonOptions.Model();
        var device = CommonOptions.Device();
        var noBaseline = new Option<bool>("--no-baseline") { Description = "Report findings the baseline file accepts, too" };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print findings only: no summary, no progress" };
        var output = new Option<string?>("--output", "-o") { Description = "Write the report to this file instead of standard output" };
        var staged = new Option<bool>("--staged") { Description = "Lint the staged (git index) content of staged files, not the working tree; paths limit which (pre-commit)" };

        var command = new Command("check", "Lint Markdown and text files for precise claims without lossless citations");
        command.Arguments.Add(paths);
        foreach (var o in new Option[] { format, config, failLevel, noModel, model, device, staged, noBaseline, quiet, output }) command.Options.Add(o);
        command.SetAction(parse =>
        {
            Severity? level = null;
            if (parse.GetValue(failLevel) is { } text && SeverityNames.TryParse(text, out var parsed)) level = parsed;
            var options = new CheckOptions(
                parse.GetValue(paths) ?? [],
                parse.GetValue(format)!,
                parse.GetValue(config),
                level,
                parse.GetValue(noModel),
                parse.GetValue(model),
                parse.GetValue(device),
                parse.GetValue(staged),
                parse.GetValue(noBaseline),
                parse.GetValue(quiet),
                parse.GetValue(output));
            return Run(options, Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var cwd = Directory.GetCurrentDirectory();
        using var models = new ModelHost(options.NoModel, options.ModelPath, options.Device, stderr);
        var progress = ProgressReporter.For(stderr, options.Quiet);
        // No paths: the current folder; with --staged, every staged file of the repository (what the commit will hold).
        IReadOnlyList<string> inputs = options.Paths.Count > 0 ? options.Paths : ["."];
        Func<string, FactLint.Core.Text.SourceText>? readSource = null;
        if (options.Staged)
        {
            var selection = Git.StagedInput.Select(options, cwd, stderr, out int exitCode);
            if (selection is null) return exitCode;
            (inputs, readSource) = (selection.Paths, selection.Read);
        }
        LintRunResult result;
        try
        {
            result = LintRun.Execute(new LintRunOptions
            {
                Inputs = inputs,
                ReadSource = readSource,
                InputsAreFiles = options.Staged,
                WorkingDirectory = cwd,
                ConfigPath = options.ConfigPath,
                IgnoreBaseline = options.NoBaseline,
                ScorerFor = models.ScorerFor,
                EnvironmentFor = SourcesCommand.EnvironmentFor,
                Progress = progress is null ? null : progress.Report,
            });
        }
        catch (FactLint.Core.Yaml.YamlLoadException e)
        {
            return ProblemReporter.Report(e, stderr);
        }
        catch (ModelRequiredException e)
        {
            stderr.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
        finally
        {
            progress?.Done();
        }

        var context = new OutputContext(cwd, result.Profiles.SelectMany(p => p.Rules).DistinctBy(r => r.Code).ToList(), result.FilesChecked, VersionInfo.Version);
        if (result.ConfigurationFailed)
        {
            // Broken config or pack: reported like findings, with file and line, on stderr; nothing was linted.
            new ConciseFormatter().Write(result.Diagnostics, context, stderr);
            return ExitCodes.UsageOrConfig;
        }

        using (var target = OpenOutput(options.OutputFile, stdout))
            OutputFormats.Create(options.Format).Write(result.Diagnostics, context, target.Writer);

        foreach (var notice in result.Notices.Concat(models.Notices)) if (!options.Quiet) stderr.WriteLine($"factlint: {notice}");
        if (options.Format == "text" && !options.Quiet)
            stdout.WriteLine(Summary(result));

        var failLevel = options.FailLevel ?? result.Profiles.Select(p => p.Config.FailLevel).DefaultIfEmpty(Severity.Warning).Min();
        return result.Diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    private static string Summary(LintRunResult result)
    {
        var d = result.Diagnostics;
        if (d.Count == 0) return $"All clear: {result.FilesChecked} file(s), {result.ClaimCount} claim(s), no findings.";
        int errors = d.Count(x => x.Severity == Severity.Error), warnings = d.Count(x => x.Severity == Severity.Warning), infos = d.Count - errors - warnings;
        return $"Found {d.Count} finding(s) ({errors} error(s), {warnings} warning(s), {infos} info) in {d.Select(x => x.Path).Distinct().Count()} of {result.FilesChecked} file(s); {result.ClaimCount} claim(s) checked.";
    }

    private sealed class OutputTarget(TextWriter writer, bool owned) : IDisposable
    {
        public TextWriter Writer { get; } = writer;
        public void Dispose() { if (owned) Writer.Dispose(); else Writer.Flush(); }
    }

    private static OutputTarget OpenOutput(string? path, TextWriter stdout) =>
        path is null ? new OutputTarget(stdout, false) : new OutputTarget(new StreamWriter(path, false, new System.Text.UTF8Encoding(false)), true);
}
