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
        var paths = CommonOptions.StrictPaths();
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
        var shard = new Option<string?>("--shard") { Description = "Lint only part i of n of the files (e.g. 2/4), chosen by a hash of each path: one part per CI machine" };
        var unreadable = new Option<string?>("--unreadable-level") { Description = "Severity of FL900, a file that could not be linted (info, warning, error); default error (MSBuild passes warning)" };
        unreadable.AcceptOnlyFromAmong("info", "warning", "error");
        var profile = CommonOptions.Profile();
        var explainSkipped = new Option<bool>("--explain-skipped") { Description = "List the claims judged not to need a source (first-party facts, examples) with file:line:col and the reason, on standard error" };
        var sort = new Option<string>("--sort") { Description = "Order of findings: position (path, line, column) or surprisal (least reconstructible claim first)", DefaultValueFactory = _ => "position" };
        sort.AcceptOnlyFromAmong("position", "surprisal");
        var verbose = CommonOptions.Verbose();
        var context = new Option<string[]>("--context")
        {
            Description = "Grounding: every claim must be in these files, folders or globs (repeatable); a claim the context lacks is FL206",
            AllowMultipleArgumentsPerToken = true,
        };
        var ground = new Option<bool>("--ground") { Description = "Chat transcripts (.json, .jsonl): the system, user and tool messages before an answer are its context" };
        var stdinName = CommonOptions.StdinFilename();
        var staged = new Option<bool>("--staged") { Description = "Lint the staged (git index) content of staged files, not the working tree; paths limit which (pre-commit)" };

        var command = new Command("check", "Lint Markdown and text files for precise claims without lossless citations");
        command.Arguments.Add(paths);
        foreach (var o in new Option[] { format, config, failLevel, noModel, model, device, profile, explainSkipped, verbose, context, ground, stdinName, staged, noBaseline, quiet, output, shard, unreadable, sort }) command.Options.Add(o);
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
                parse.GetValue(output))
            {
                Profile = CommonOptions.ProfileValue(parse.GetValue(profile)),
                ExplainSkipped = parse.GetValue(explainSkipped),
                SortBySurprisal = parse.GetValue(sort) == "surprisal",
                Verbose = parse.GetValue(verbose),
                Context = parse.GetValue(context) ?? [],
                Ground = parse.GetValue(ground),
                StdinFilename = parse.GetValue(stdinName),
            };
            if (parse.GetValue(shard) is { } shardText)
            {
                if (!Shard.TryParse(shardText, out var part, out var error))
                {
                    Console.Error.WriteLine($"factlint: {error}");
                    return ExitCodes.UsageOrConfig;
                }
                options = options with { Shard = part };
            }
            if (parse.GetValue(unreadable) is { } unreadableText && SeverityNames.TryParse(unreadableText, out var unreadableLevel))
                options = options with { UnreadableLevel = unreadableLevel };
            return Run(options, Console.Out, Console.Error);
        });
        return command;
    }

    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var cwd = Directory.GetCurrentDirectory();
        var inputProblem = CheckInputs.Validate(options, cwd, stderr, out var standardInput, out var grounding);
        if (inputProblem is not null) return inputProblem.Value;
        using var models = new ModelHost(options.NoModel, options.ModelPath, options.Device, stderr, options.Verbose);
        var progress = ProgressReporter.For(stderr, options.Quiet);
        // No paths: the current folder; with --staged, every staged file of the repository (what the commit will hold).
        IReadOnlyList<string> inputs = options.Paths.Count > 0 ? options.Paths : ["."];
        if (options.Staged && standardInput is not null)
        {
            stderr.WriteLine("factlint: --staged and '-' (standard input) cannot be used together");
            return ExitCodes.UsageOrConfig;
        }
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
                StandardInput = standardInput,
                Grounding = grounding,
                GroundTranscripts = options.Ground,
                InputsAreFiles = options.Staged,
                WorkingDirectory = cwd,
                ConfigPath = options.ConfigPath,
                IgnoreBaseline = options.NoBaseline,
                Profile = options.Profile,
                CollectSkipped = options.ExplainSkipped,
                ScorerFor = models.ScorerFor,
                EnvironmentFor = SourcesCommand.EnvironmentFor,
                Progress = progress is null ? null : progress.Report,
                Shard = options.Shard,
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

        var context = new OutputContext(cwd, result.Profiles.SelectMany(p => p.Rules).DistinctBy(r => r.Code).ToList(), result.FilesChecked, VersionInfo.Version)
        {
            Models = result.Models,
            ExemptClaims = result.ExemptClaims,
        };
        if (result.ConfigurationFailed)
        {
            // Broken config or pack: reported like findings, with file and line, on stderr; nothing was linted.
            new ConciseFormatter().Write(result.Diagnostics, context, stderr);
            return ExitCodes.UsageOrConfig;
        }

        var diagnostics = options.UnreadableLevel is { } unreadableLevel
            ? result.Diagnostics.Select(d => d.Code == EngineCodes.FileUnreadable ? d with { Severity = unreadableLevel } : d).ToList()
            : result.Diagnostics;
        result = result with { Diagnostics = diagnostics };
        try
        {
            using var target = OpenOutput(options.OutputFile, stdout);
            OutputFormats.Create(options.Format).Write(options.SortBySurprisal ? SurprisalRanking.Order(result.Diagnostics) : result.Diagnostics, context, target.Writer);
        }
        catch (Exception e) when (options.OutputFile is not null && e is IOException or UnauthorizedAccessException)
        {
            // A folder, a full disk, a read-only place: the user can fix it, so it is a usage error (2), not a bug (3).
            stderr.WriteLine($"factlint: cannot write the report to '{options.OutputFile}' ({e.Message})");
            return ExitCodes.UsageOrConfig;
        }

        if (options.Verbose)
            foreach (var (path, decision) in result.FileProfiles)
                stderr.WriteLine($"factlint: {context.DisplayPath(path)}: profile {FactLint.Core.Config.ClaimProfiles.Name(decision.Profile)} ({decision.Why})");
        if (options.ExplainSkipped) WriteSkipped(result, context, stderr);
        foreach (var notice in result.Notices.Concat(models.Notices)) if (!options.Quiet) stderr.WriteLine($"factlint: {notice}");
        if (options.Format == "text" && !options.Quiet)
            stdout.WriteLine(Summary(result));

        var failLevel = options.FailLevel ?? result.Profiles.Select(p => p.Config.FailLevel).DefaultIfEmpty(Severity.Warning).Min();
        return result.Diagnostics.Any(d => d.Severity >= failLevel) ? ExitCodes.Findings : ExitCodes.Clean;
    }

    // One line per claim judged not to need a source: "path:line:col: skipped number '64': first-party: setting or limit".
    private static void WriteSkipped(LintRunResult result, OutputContext context, TextWriter writer)
    {
        foreach (var s in result.Skipped)
            writer.WriteLine($"{context.DisplayPath(s.Path)}:{s.Start.Line}:{s.Start.Column}: skipped {FactLint.Core.Documents.Claim.KindName(s.Kind)} '{s.Text.Replace('\uFFFC', '…')}': {s.Reason}");
        writer.WriteLine($"factlint: {result.Skipped.Count} claim(s) judged not to need a source");
    }

    internal static string Summary(LintRunResult result)
    {
        var d = result.Diagnostics;
        string model = result.Models.Count == 0 ? "no model"
            : $"model {string.Join(", ", result.Models.Select(m => m.Name))}, {result.ExemptClaims} claim(s) exempted as reconstructed";
        if (d.Count == 0) return $"All clear: {result.FilesChecked} file(s), {result.ClaimCount} claim(s), no findings ({model}).";
        int errors = d.Count(x => x.Severity == Severity.Error), warnings = d.Count(x => x.Severity == Severity.Warning), infos = d.Count - errors - warnings;
        return $"Found {d.Count} finding(s) ({errors} error(s), {warnings} warning(s), {infos} info) in {d.Select(x => x.Path).Distinct().Count()} of {result.FilesChecked} file(s); {result.ClaimCount} claim(s) checked ({model}).";
    }

    private sealed class OutputTarget(TextWriter writer, bool owned) : IDisposable
    {
        public TextWriter Writer { get; } = writer;
        public void Dispose() { if (owned) Writer.Dispose(); else Writer.Flush(); }
    }

    private static OutputTarget OpenOutput(string? path, TextWriter stdout) =>
        path is null ? new OutputTarget(stdout, false) : new OutputTarget(new StreamWriter(path, false, new System.Text.UTF8Encoding(false)), true);
}
