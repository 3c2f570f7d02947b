using FactLint.Core.Diagnostics;
using FactLint.Core.IO;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;

namespace FactLint.Core.Engine;

/// <summary>What the files of a run gave, in path order.</summary>
internal sealed record ParallelLintResult(List<Diagnostic> Diagnostics, int ClaimCount, int ExemptClaims,
    IReadOnlyList<(string Path, Claims.Need.ProfileDecision Decision)> FileProfiles, IReadOnlyList<SkippedClaim> Skipped);

/// <summary>
/// A run's second step: lints every file on <see cref="FileWorkers"/> threads. Files go in path order, one result slot
/// each, so the findings come out already sorted (each file's are) instead of being collected in a bag and sorted at the end.
/// </summary>
internal static class ParallelLint
{
    public static ParallelLintResult Run(RunConfiguration run, LintRunOptions options, CancellationToken cancellationToken)
    {
        var work = run.Groups.SelectMany(g => g.Files.Select(f => (Group: g, File: f)))
            .OrderBy(w => w.File.Path, StringComparer.Ordinal).ToList();
        int total = run.FileCount, done = 0, claims = 0, exempt = 0;
        var perFile = new IReadOnlyList<Diagnostic>[work.Count];
        var decisions = new Claims.Need.ProfileDecision?[work.Count];
        var skipped = options.CollectSkipped ? new List<SkippedClaim>?[work.Count] : null;
        FileWorkers.For(work.Count, options.MaxParallelism, index =>
        {
            var (group, file) = work[index];
            var (diagnostics, result, source) = LintOne(file.Path, run.Read, group.Profile, group.Services, group.Scorer, options, cancellationToken);
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

        var all = new List<Diagnostic>(run.Missing);
        foreach (var list in perFile)
            if (list is not null) all.AddRange(list);
        return new ParallelLintResult(all, claims, exempt,
            Enumerable.Range(0, work.Count).Where(i => decisions[i] is not null).Select(i => (work[i].File.Path, decisions[i]!.Value)).ToList(),
            skipped is null ? [] : skipped.Where(s => s is not null).SelectMany(s => s!).ToList());
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
        LintServices services, ISurprisalScorer? scorer, LintRunOptions options, CancellationToken runToken)
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
                ? TranscriptLinter.Lint(source, profile, services, scorer, options.Grounding, options.GroundTranscripts, budget.Token)
                : FileLinter.Lint(source, profile, services, scorer, budget.Token, options.Grounding);
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
}
