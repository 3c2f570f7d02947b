using FactLint.Core.Config;
using FactLint.Core.IO;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Core.Engine;

/// <summary>What a run was asked to do.</summary>
public sealed record LintRunOptions
{
    public required IReadOnlyList<string> Inputs { get; init; }
    public string WorkingDirectory { get; init; } = Directory.GetCurrentDirectory();

    /// <summary>A config file that overrides discovery (<c>--config</c>).</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Ignore the baseline file even if the config names one.</summary>
    public bool IgnoreBaseline { get; init; }

    /// <summary>Gives the language model for a config, or null to skip surprisal. The caller owns (and disposes) the scorers.</summary>
    public Func<FactLintConfig, ISurprisalScorer?>? ScorerFor { get; init; }

    /// <summary>Reads a file's text; the pre-commit hook swaps in the staged (index) content.</summary>
    public Func<string, SourceText>? ReadSource { get; init; }

    /// <summary>
    /// Inputs are files, each linted as named and read through <see cref="ReadSource"/> even when the working tree no longer
    /// has it (<c>--staged</c> reads the index); no folder walk, no existence check.
    /// </summary>
    public bool InputsAreFiles { get; init; }

    /// <summary>Builds run-wide services for checks (e.g. the source store) for a config; null gives <see cref="LintServices.ForFolder"/> of the config's folder.</summary>
    public Func<FactLintConfig, LintServices>? ServicesFor { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Time budget for one file; past it the file is one FL900 line and the run goes on.</summary>
    public TimeSpan FileTimeLimit { get; init; } = DefaultFileTimeLimit;

    // Wall-clock time: generous, because a shared CI machine can be many times slower than an idle one.
    public static readonly TimeSpan DefaultFileTimeLimit = TimeSpan.FromSeconds(60);

    /// <summary>Memory budget for one file: bytes allocated while linting it, this plus <see cref="FileMemoryPerCharacter"/> per character (<see cref="FileMemoryBudget"/>); past it the file is one FL900 line. 0: none.</summary>
    public long FileMemoryLimit { get; init; } = FileMemoryBudget.DefaultLimit;
    public long FileMemoryPerCharacter { get; init; } = FileMemoryBudget.DefaultPerCharacter;

    /// <summary>Lint only this part of the files (<c>--shard i/n</c>); null lints them all.</summary>
    public Shard? Shard { get; init; }
    /// <summary>Overrides every config's <c>profile</c> (<c>--profile</c>).</summary>
    public Config.ClaimProfile? Profile { get; init; }

    /// <summary>Collect the claims judged not to need a source (<c>--explain-skipped</c>).</summary>
    public bool CollectSkipped { get; init; }
    /// <summary>Text to lint as one file (<c>check -</c>); its name is shown in findings and locates the config. Inputs are then ignored.</summary>
    public InputText? StandardInput { get; init; }

    /// <summary>The context every file must be grounded in (<c>--context</c>); null when not checking grounding.</summary>
    public GroundingContext? Grounding { get; init; }

    /// <summary>Chat transcripts: each answer's earlier system, user and tool messages are its context (<c>--ground</c>).</summary>
    public bool GroundTranscripts { get; init; }

    /// <summary>Called after each file with (done, total).</summary>
    public Action<int, int>? Progress { get; init; }
}

/// <summary>Text that is not read from a file (standard input), named for messages and config lookup.</summary>
public sealed record InputText(string Name, string Text);
