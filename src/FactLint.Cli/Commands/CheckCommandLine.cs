using System.CommandLine;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;

namespace FactLint.Cli.Commands;

/// <summary>The arguments and options of <c>factlint check</c>, and how a parse becomes <see cref="CheckOptions"/>.</summary>
internal sealed class CheckCommandLine
{
    public Argument<string[]> Paths { get; } = CommonOptions.StrictPaths();
    private readonly Option<string> _format = CommonOptions.Format();
    private readonly Option<string?> _config = CommonOptions.Config();
    private readonly Option<string?> _failLevel = OneOf(new Option<string?>("--fail-level") { Description = "Lowest severity that makes the exit code 1 (info, warning, error); default from config, else warning" }, "info", "warning", "error");
    private readonly Option<bool> _noModel = CommonOptions.NoModel();
    private readonly Option<string?> _model = CommonOptions.Model();
    private readonly Option<string?> _device = CommonOptions.Device();
    private readonly Option<bool> _noBaseline = new("--no-baseline") { Description = "Report findings the baseline file accepts, too" };
    private readonly Option<bool> _quiet = new("--quiet", "-q") { Description = "Print findings only: no summary, no progress" };
    private readonly Option<string?> _output = new("--output", "-o") { Description = "Write the report to this file instead of standard output" };
    private readonly Option<string?> _shard = new("--shard") { Description = "Lint only part i of n of the files (e.g. 2/4), chosen by a hash of each path: one part per CI machine" };
    private readonly Option<string?> _unreadable = OneOf(new Option<string?>("--unreadable-level") { Description = "Severity of FL900, a file that could not be linted (info, warning, error); default error (MSBuild passes warning)" }, "info", "warning", "error");
    private readonly Option<string?> _profile = CommonOptions.Profile();
    private readonly Option<bool> _explainSkipped = new("--explain-skipped") { Description = "List the claims judged not to need a source (first-party facts, examples) with file:line:col and the reason, on standard error" };
    private readonly Option<string> _sort = OneOf(new Option<string>("--sort") { Description = "Order of findings: position (path, line, column) or surprisal (least reconstructible claim first)", DefaultValueFactory = _ => "position" }, "position", "surprisal");
    private readonly Option<bool> _verbose = CommonOptions.Verbose();
    private readonly Option<string[]> _context = new("--context")
    {
        Description = "Grounding: every claim must be in these files, folders or globs (repeatable); a claim the context lacks is FL206",
        AllowMultipleArgumentsPerToken = true,
    };
    private readonly Option<bool> _ground = new("--ground") { Description = "Chat transcripts (.json, .jsonl): the system, user and tool messages before an answer are its context" };
    private readonly Option<string?> _stdinName = CommonOptions.StdinFilename();
    private readonly Option<bool> _staged = new("--staged") { Description = "Lint the staged (git index) content of staged files, not the working tree; paths limit which (pre-commit)" };

    /// <summary>In the order <c>--help</c> lists them.</summary>
    public IEnumerable<Option> Options =>
    [
        _format, _config, _failLevel, _noModel, _model, _device, _profile, _explainSkipped, _verbose, _context, _ground, _stdinName, _staged,
        _noBaseline, _quiet, _output, _shard, _unreadable, _sort,
    ];

    private static Option<T> OneOf<T>(Option<T> option, params string[] values)
    {
        option.AcceptOnlyFromAmong(values);
        return option;
    }

    /// <summary>The parsed options, or null (with the problem on <paramref name="stderr"/>) when <c>--shard</c> is malformed.</summary>
    public CheckOptions? Read(ParseResult parse, TextWriter stderr)
    {
        Severity? level = null;
        if (parse.GetValue(_failLevel) is { } text && SeverityNames.TryParse(text, out var parsed)) level = parsed;
        var options = new CheckOptions(parse.GetValue(Paths) ?? [], parse.GetValue(_format)!, parse.GetValue(_config), level,
            parse.GetValue(_noModel), parse.GetValue(_model), parse.GetValue(_device), parse.GetValue(_staged), parse.GetValue(_noBaseline),
            parse.GetValue(_quiet), parse.GetValue(_output))
        {
            Profile = CommonOptions.ProfileValue(parse.GetValue(_profile)),
            ExplainSkipped = parse.GetValue(_explainSkipped),
            SortBySurprisal = parse.GetValue(_sort) == "surprisal",
            Verbose = parse.GetValue(_verbose),
            Context = parse.GetValue(_context) ?? [],
            Ground = parse.GetValue(_ground),
            StdinFilename = parse.GetValue(_stdinName),
        };
        if (parse.GetValue(_shard) is { } shardText)
        {
            if (!Shard.TryParse(shardText, out var part, out var error))
            {
                stderr.WriteLine($"factlint: {error}");
                return null;
            }
            options = options with { Shard = part };
        }
        if (parse.GetValue(_unreadable) is { } unreadableText && SeverityNames.TryParse(unreadableText, out var unreadableLevel))
            options = options with { UnreadableLevel = unreadableLevel };
        return options;
    }
}
