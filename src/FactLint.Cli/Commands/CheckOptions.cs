using FactLint.Core.Diagnostics;

namespace FactLint.Cli.Commands;

/// <summary>The parsed options of <c>factlint check</c>.</summary>
internal sealed record CheckOptions(
    IReadOnlyList<string> Paths,
    string Format,
    string? ConfigPath,
    Severity? FailLevel,
    bool NoModel,
    string? ModelPath,
    string? Device,
    bool Staged,
    bool NoBaseline,
    bool Quiet,
    string? OutputFile)
{
    /// <summary><c>--shard i/n</c>: lint only this part of the files.</summary>
    public FactLint.Core.Engine.Shard? Shard { get; init; }

    /// <summary><c>--unreadable-level</c>: the severity of FL900 (a file that could not be linted); null keeps error.</summary>
    public Severity? UnreadableLevel { get; init; }
    /// <summary><c>--profile</c>: overrides the config's profile.</summary>
    public FactLint.Core.Config.ClaimProfile? Profile { get; init; }

    /// <summary><c>--explain-skipped</c>: list the claims judged not to need a source, with the reason.</summary>
    public bool ExplainSkipped { get; init; }

    /// <summary><c>--sort surprisal</c>: least reconstructible claims first (default: path and position).</summary>
    public bool SortBySurprisal { get; init; }

    /// <summary><c>--verbose</c>: say which profile each file got and why, and which model runs where.</summary>
    public bool Verbose { get; init; }
    /// <summary>Files, folders or globs of context the checked text must be grounded in (<c>--context</c>); empty: no grounding.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Chat transcripts: earlier system, user and tool messages are each answer's context.</summary>
    public bool Ground { get; init; }

    /// <summary>The name standard input (<c>-</c>) is shown under and looks up its config with.</summary>
    public string? StdinFilename { get; init; }
}
