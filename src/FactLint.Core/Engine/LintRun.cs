using System.Collections.Concurrent;
using FactLint.Core.Baselines;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;
using FactLint.Core.Yaml;

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

    /// <summary>Builds run-wide services for checks (e.g. the source store) for a config.</summary>
    public Func<FactLintConfig, LintEnvironment>? EnvironmentFor { get; init; }

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

/// <summary>What a run found. <see cref="Diagnostics"/> is in stable order (path, line, column, code).</summary>
public sealed record LintRunResult(IReadOnlyList<Diagnostic> Diagnostics, int FilesChecked, int ClaimCount, IReadOnlyList<string> Notices, IReadOnlyList<LintProfile> Profiles)
{
    /// <summary>True when a config or pack problem stopped the run (exit code 2).</summary>
    public bool ConfigurationFailed { get; init; }

    /// <summary>The profile each linted file got, and why, in path order.</summary>
    public IReadOnlyList<(string Path, Claims.Need.ProfileDecision Decision)> FileProfiles { get; init; } = [];

    /// <summary>Claims judged not to need a source, in path order; filled when <see cref="LintRunOptions.CollectSkipped"/> is set.</summary>
    public IReadOnlyList<SkippedClaim> Skipped { get; init; } = [];
    /// <summary>The language models that scored this run's claims (none with --no-model).</summary>
    public IReadOnlyList<ScorerInfo> Models { get; init; } = [];

    /// <summary>Claims a surprisal gate left unreported because the model reconstructs them.</summary>
    public int ExemptClaims { get; init; }
}

/// <summary>A claim the claim-need stage judged first-party: where it is, what it is, and why.</summary>
public sealed record SkippedClaim(string Path, LinePosition Start, Documents.ClaimKind Kind, string Text, string Reason);

/// <summary>Lints many files in parallel, each under the config found by walking up from it.</summary>
public static class LintRun
{
    public static LintRunResult Execute(LintRunOptions options, CancellationToken cancellationToken = default)
    {
        var notices = new ConcurrentQueue<string>();
        var configs = new ConcurrentDictionary<string, FactLintConfig>(StringComparer.Ordinal);
        FactLintConfig? forced = options.ConfigPath is null ? null : ConfigLoader.Load(Path.GetFullPath(Path.Combine(options.WorkingDirectory, options.ConfigPath)));
        // One instance for the defaults: files are grouped by config, and a fresh (unequal) record per file made one
        // profile per file, loading and compiling the packs again for each.
        var defaults = FactLintConfig.Default(options.WorkingDirectory);
        // Once per folder: walking up from every file tried five or more missing paths per file (a fifth of the run's system calls).
        var byDirectory = new ConcurrentDictionary<string, FactLintConfig>(StringComparer.Ordinal);
        FactLintConfig ConfigFor(string directory)
        {
            if (forced is not null) return forced;
            return byDirectory.GetOrAdd(directory, d =>
            {
                var path = ConfigLoader.Find(d);
                return path is null ? defaults : configs.GetOrAdd(path, ConfigLoader.Load);
            });
        }

        var missing = new List<string>();
        var read = options.ReadSource ?? (path => SourceFileReader.Read(path));
        List<FileDiscovery.Input> files;
        if (options.StandardInput is { } stdin)
        {
            var name = Path.GetFullPath(Path.Combine(options.WorkingDirectory, stdin.Name));
            files = [new FileDiscovery.Input(name, true)];
            read = path => new SourceText(path, stdin.Text);
        }
        else files = (options.InputsAreFiles
                ? options.Inputs.Select(p => Path.GetFullPath(Path.Combine(options.WorkingDirectory, p))).Distinct(StringComparer.Ordinal).Select(p => new FileDiscovery.Input(p, true))
                : FileDiscovery.Expand(options.Inputs, options.WorkingDirectory, ConfigFor, missing))
            .Where(f => options.Shard is null || options.Shard.Value.Owns(f.Path, options.WorkingDirectory)).ToList();
        var diagnostics = new List<Diagnostic>();
        foreach (var m in missing.Where(m => options.Shard is null || options.Shard.Value.Owns(m, options.WorkingDirectory))) diagnostics.Add(Diagnostic.ForFile(m, 1, 1, EngineCodes.FileUnreadable, "file-unreadable", "no such file or folder"));

        // One profile (packs, rules) and one scorer per config, shared by that config's files.
        var byConfig = files.GroupBy(f => ConfigFor(Path.GetDirectoryName(f.Path)!)).ToList();
        var profiles = new List<(LintProfile Profile, LintEnvironment Environment, ISurprisalScorer? Scorer, List<FileDiscovery.Input> Files)>();
        var configProblems = new List<Diagnostic>();
        foreach (var group in byConfig)
        {
            try
            {
                var profile = LintProfile.Load(options.Profile is { } forcedProfile ? group.Key with { Profile = forcedProfile } : group.Key);
                var scorer = options.ScorerFor?.Invoke(group.Key);
                var environment = options.EnvironmentFor?.Invoke(group.Key) ?? new LintEnvironment(group.Key.Directory);
                profiles.Add((profile, environment, scorer, group.ToList()));
            }
            catch (YamlLoadException e)
            {
                configProblems.AddRange(e.Problems.Select(p => Diagnostic.ForFile(p.Path, p.Line, p.Column, p.Code, EngineCodes.All.TryGetValue(p.Code, out var n) ? n.Name : "config", p.Message)));
            }
        }
        if (configProblems.Count > 0)
        {
            var distinct = configProblems.Distinct().ToList();
            distinct.Sort(Diagnostic.Compare);
            return new LintRunResult(distinct, 0, 0, [], []) { ConfigurationFailed = true };
        }

        int total = files.Count, done = 0, claims = 0, exempt = 0;
        // Work in path order, one result slot per file: the findings then come out already sorted (each file's are),
        // instead of collecting them in a bag and sorting hundreds of thousands at the end.
        var work = profiles.SelectMany(p => p.Files.Select(f => (p.Profile, p.Environment, p.Scorer, File: f)))
            .OrderBy(w => w.File.Path, StringComparer.Ordinal).ToList();
        var perFile = new IReadOnlyList<Diagnostic>[work.Count];
        var decisions = new Claims.Need.ProfileDecision?[work.Count];
        var skipped = options.CollectSkipped ? new List<SkippedClaim>?[work.Count] : null;
        FileWorkers.For(work.Count, options.MaxParallelism, index =>
        {
            var item = work[index];
            var (diagnostics, result, source) = LintOne(item.File.Path, read, item.Profile, item.Environment, item.Scorer, options, cancellationToken);
            perFile[index] = diagnostics;
            if (result is not null && source is not null)
            {
                decisions[index] = result.Profile;
                if (skipped is not null) skipped[index] = SkippedOf(source, result.Claims);
                Interlocked.Add(ref claims, result.ClaimCount);
                Interlocked.Add(ref exempt, result.Exempt.Count);
            }
            options.Progress?.Invoke(Interlocked.Increment(ref done), total);
        }, cancellationToken);
        foreach (var list in perFile)
            if (list is not null) foreach (var d in list) diagnostics.Add(d);

        IReadOnlyList<Diagnostic> all = diagnostics;
        foreach (var profile in profiles.Select(p => p.Profile).DistinctBy(p => p.Config.FilePath))
        {
            if (options.IgnoreBaseline || profile.Config.Baseline is null) continue;
            var path = profile.Config.Resolve(profile.Config.Baseline);
            if (!File.Exists(path)) continue;
            Baseline baseline;
            try
            {
                baseline = Baseline.Load(path, profile.Config);
            }
            catch (InvalidDataException e)
            {
                // A corrupted baseline stops the run (exit 2): linting without it would fail the build on accepted findings.
                return new LintRunResult([Diagnostic.ForFile(path, 1, 1, EngineCodes.ConfigInvalid, "config-invalid", e.Message)], 0, 0, [], []) { ConfigurationFailed = true };
            }
            var paths = profiles.Where(p => p.Profile == profile).SelectMany(p => p.Files).Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
            var governed = all.Where(d => paths.Contains(d.Path)).ToHashSet();
            var kept = baseline.Filter(governed, Path.GetDirectoryName(path)!);
            all = all.Where(d => !governed.Contains(d)).Concat(kept).ToList();
            notices.Enqueue($"baseline {path}: {governed.Count - kept.Count} known finding(s) hidden");
        }
        var sorted = all as List<Diagnostic> ?? all.ToList();
        if (!IsSorted(sorted)) sorted.Sort(Diagnostic.Compare);
        return new LintRunResult(sorted, total, claims, notices.ToList(), profiles.Select(p => p.Profile).ToList())
        {
            FileProfiles = Enumerable.Range(0, work.Count).Where(i => decisions[i] is not null).Select(i => (work[i].File.Path, decisions[i]!.Value)).ToList(),
            Skipped = skipped is null ? [] : skipped.Where(s => s is not null).SelectMany(s => s!).ToList(),
            Models = profiles.Where(p => p.Scorer is not null && p.Files.Count > 0).Select(p => p.Scorer!.Info).Distinct().ToList(),
            ExemptClaims = exempt,
        };
    }

    private static List<SkippedClaim> SkippedOf(SourceText source, IReadOnlyList<Documents.Claim> claims)
    {
        var list = new List<SkippedClaim>();
        foreach (var claim in claims)
            if (claim.Need.FirstParty)
                list.Add(new SkippedClaim(source.Path, source.PositionOf(claim.SourceSpan.Start), claim.Kind, claim.Text, claim.Need.Reason ?? ""));
        return list;
    }

    /// <summary>One file, in isolation: whatever goes wrong becomes one FL900 line on that file, never lost findings elsewhere.</summary>
    internal static (IReadOnlyList<Diagnostic> Diagnostics, FileResult? Result, SourceText? Source) LintOne(string path, Func<string, SourceText> read, LintProfile profile,
        LintEnvironment environment, ISurprisalScorer? scorer, LintRunOptions options, CancellationToken runToken)
    {
        var timeLimit = options.FileTimeLimit;
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(runToken);
        if (timeLimit > TimeSpan.Zero && timeLimit != Timeout.InfiniteTimeSpan) budget.CancelAfter(timeLimit);
        Diagnostic Fl900(string problemPath, string problem) => Diagnostic.ForFile(problemPath, 1, 1, EngineCodes.FileUnreadable, "file-unreadable", problem);
        try
        {
            var source = read(path);
            using var memory = FileMemoryBudget.Start(options.FileMemoryLimit, options.FileMemoryPerCharacter, source.Text.Length);
            var result = Parsing.ChatTranscript.IsTranscript(source.Path)
                ? TranscriptLinter.Lint(source, profile, environment, scorer, options.Grounding, options.GroundTranscripts, budget.Token)
                : FileLinter.Lint(source, profile, environment, scorer, budget.Token, options.Grounding);
            return (result.Diagnostics, result, source);
        }
        catch (SourceReadException e) { return ([Fl900(e.Path, e.Problem)], null, null); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ([Fl900(path, $"cannot read file ({e.Message})")], null, null);
        }
        catch (FileMemoryLimitException e) { return ([Fl900(path, $"{e.Message}; not linted")], null, null); }
        catch (OperationCanceledException) when (!runToken.IsCancellationRequested)
        {
            return ([Fl900(path, $"took longer than the {timeLimit.TotalSeconds:0} s limit for one file; not linted")], null, null);
        }
        catch (InsufficientExecutionStackException)
        {
            return ([Fl900(path, "too deeply nested to lint (recursion limit); not linted")], null, null);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug on one odd file must not lose every other file's results: report it on that file and go on.
            return ([Fl900(path, $"internal error while linting this file ({e.GetType().Name}: {e.Message}); please report it")], null, null);
        }
    }

    // Usually true (files in path order, each file's findings sorted); a missing input or a baseline can break it.
    private static bool IsSorted(List<Diagnostic> diagnostics)
    {
        for (int i = 1; i < diagnostics.Count; i++)
            if (Diagnostic.Compare(diagnostics[i - 1], diagnostics[i]) > 0) return false;
        return true;
    }
}
