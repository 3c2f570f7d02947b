using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.IO;

namespace FactLint.Core.Tests.Reliability;

/// <summary>Issue 22, "every input is bounded": a file that allocates past its memory budget is one FL900 line; the others keep their findings.</summary>
public sealed class MemoryBudgetTests
{
    private static LintRunResult Run(TempDir dir, long limit, long perCharacter) =>
        LintRun.Execute(new LintRunOptions
        {
            Inputs = ["."],
            WorkingDirectory = dir.Path,
            MaxParallelism = 2,
            FileMemoryLimit = limit,
            FileMemoryPerCharacter = perCharacter,
        });

    [Fact]
    public void FileOverALowBudget_IsOneFl900Line_OthersKept()
    {
        using var dir = new TempDir();
        dir.Write("good.md", "We served 1,847 customers last year.\n");
        // About 760 KB of figures: tens of MB allocated, where good.md takes well under 1 MB.
        dir.Write("big.md", string.Concat(Enumerable.Repeat("The value was 12.5% and 3,400 units.\n\n", 20_000)));

        var result = Run(dir, limit: 16L * 1024 * 1024, perCharacter: 0);
        var big = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("big.md", StringComparison.Ordinal));
        Assert.Equal(EngineCodes.FileUnreadable, big.Code);
        Assert.StartsWith("used more memory than allowed for one file (allocated ", big.Message);
        Assert.EndsWith("limit 16 MB); not linted", big.Message);
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("good.md", StringComparison.Ordinal) && d.Code == "FL101");
    }

    [Fact]
    public void DefaultBudget_GrowsWithTheFile_AndZeroMeansNone()
    {
        using var dir = new TempDir();
        dir.Write("big.md", string.Concat(Enumerable.Repeat("The value was 12.5% and 3,400 units.\n\n", 20_000)));
        Assert.DoesNotContain(Run(dir, FileMemoryBudget.DefaultLimit, FileMemoryBudget.DefaultPerCharacter).Diagnostics, d => d.Code == EngineCodes.FileUnreadable);
        Assert.DoesNotContain(Run(dir, 0, 0).Diagnostics, d => d.Code == EngineCodes.FileUnreadable);
        // The per-character part alone: 1 byte per character is far below what linting takes.
        Assert.Contains(Run(dir, 1, 1).Diagnostics, d => d.Code == EngineCodes.FileUnreadable);
    }

    [Fact]
    public void A_cited_source_is_the_runs_memory_not_the_citing_files()
    {
        using var dir = new TempDir();
        // A large source: indexing it allocates far more than the small file that cites it may.
        dir.Write("source.md", string.Concat(Enumerable.Repeat("The value was 12.5% and 3,400 units in the survey.\n\n", 20_000)));
        dir.Write("note.md", "Revenue grew 12.5% ([survey](source.md)).\n");
        var result = LintRun.Execute(new LintRunOptions
        {
            Inputs = ["note.md"],
            WorkingDirectory = dir.Path,
            MaxParallelism = 1,
            FileMemoryLimit = 16L * 1024 * 1024,
            FileMemoryPerCharacter = 0,
        });
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == EngineCodes.FileUnreadable);
    }

    [Fact]
    public void Excluded_allocations_do_not_count_and_others_still_do()
    {
        using (FileMemoryBudget.Start(4L * 1024 * 1024, 0, 0))
        {
            using (FileMemoryBudget.Exclude()) GC.KeepAlive(new byte[16 * 1024 * 1024]);
            FileMemoryBudget.Check();
            GC.KeepAlive(new byte[8 * 1024 * 1024]);
            Assert.Throws<FileMemoryLimitException>(FileMemoryBudget.Check);
        }
    }
}
