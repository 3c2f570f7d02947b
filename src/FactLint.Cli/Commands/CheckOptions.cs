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
    /// <summary><c>--sort surprisal</c>: least reconstructible claims first (default: path and position).</summary>
    public bool SortBySurprisal { get; init; }

    /// <summary><c>--verbose</c>: also say which model runs where.</summary>
    public bool Verbose { get; init; }
}
