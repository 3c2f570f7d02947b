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
    /// <summary>Files, folders or globs of context the checked text must be grounded in (<c>--context</c>); empty: no grounding.</summary>
    public IReadOnlyList<string> Context { get; init; } = [];

    /// <summary>Chat transcripts: earlier system, user and tool messages are each answer's context.</summary>
    public bool Ground { get; init; }

    /// <summary>The name standard input (<c>-</c>) is shown under and looks up its config with.</summary>
    public string? StdinFilename { get; init; }
}
