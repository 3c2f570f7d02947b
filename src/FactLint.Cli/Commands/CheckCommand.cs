using System.CommandLine;
using FactLint.Cli.Composition;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.Output;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint check [paths]</c>: lint files and report findings.</summary>
internal static class CheckCommand
{
    public static Command Create()
    {
        var line = new CheckCommandLine();
        var command = new Command("check", "Lint Markdown and text files for precise claims without lossless citations");
        command.Arguments.Add(line.Paths);
        foreach (var o in line.Options) command.Options.Add(o);
        command.SetAction(parse => line.Read(parse, Console.Error) is { } options ? Run(options, Console.Out, Console.Error) : ExitCodes.UsageOrConfig);
        return command;
    }

    public static int Run(CheckOptions options, TextWriter stdout, TextWriter stderr)
    {
        var cwd = Directory.GetCurrentDirectory();
        var inputProblem = CheckInputs.Validate(options, cwd, stderr, out var standardInput, out var grounding);
        if (inputProblem is not null) return inputProblem.Value;
        using var models = new ModelHost(options.NoModel, options.ModelPath, options.Device, stderr, options.Verbose);
        var progress = ProgressReporter.For(stderr, options.Quiet);
        if (Inputs(options, cwd, standardInput is not null, stderr, out var inputs, out var readSource) is { } badInputs) return badInputs;
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
                ServicesFor = LintServicesFactory.For,
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
        return Report(result, options, models.Notices, cwd, stdout, stderr);
    }

    /// <summary>
    /// What to lint: the paths, else the current folder; with <c>--staged</c>, the staged files (what the commit will hold),
    /// read from the index. An exit code when the inputs cannot be used.
    /// </summary>
    private static int? Inputs(CheckOptions options, string cwd, bool standardInput, TextWriter stderr,
        out IReadOnlyList<string> inputs, out Func<string, FactLint.Core.Text.SourceText>? readSource)
    {
        inputs = options.Paths.Count > 0 ? options.Paths : ["."];
        readSource = null;
        if (options.Staged && standardInput)
        {
            stderr.WriteLine("factlint: --staged and '-' (standard input) cannot be used together");
            return ExitCodes.UsageOrConfig;
        }
        if (!options.Staged) return null;
        var selection = Git.StagedInput.Select(options, cwd, stderr, out int exitCode);
        if (selection is null) return exitCode;
        (inputs, readSource) = (selection.Paths, selection.Read);
        return null;
    }

    /// <summary>Writes the findings in the chosen format, then the notes on standard error; returns the exit code.</summary>
    private static int Report(LintRunResult result, CheckOptions options, IReadOnlyList<string> modelNotices, string cwd, TextWriter stdout, TextWriter stderr)
    {
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
        foreach (var notice in result.Notices.Concat(modelNotices)) if (!options.Quiet) stderr.WriteLine($"factlint: {notice}");
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
