namespace FactLint.Core.IO;

/// <summary>A file used more memory than its budget (<see cref="LintRunOptions.FileMemoryLimit"/>).</summary>
/// <remarks>
/// A cancellation, so that code which turns other exceptions into a finding (a failing model is FL907) lets it through
/// to <c>LintRun.LintOne</c>, which makes it the file's one FL900 line.
/// </remarks>
public sealed class FileMemoryLimitException(long allocated, long limit)
    : OperationCanceledException($"used more memory than allowed for one file (allocated {allocated / (1024 * 1024)} MB, limit {limit / (1024 * 1024)} MB)")
{
    public long Allocated { get; } = allocated;
    public long Limit { get; } = limit;
}

/// <summary>
/// The memory budget of the file being linted on this thread: bytes allocated since it started
/// (<see cref="GC.GetAllocatedBytesForCurrentThread"/>, garbage included), checked cooperatively at the points where the
/// time budget is (after parsing, after claim detection, between rules). Each file runs on one worker thread, so a
/// thread-static budget is that file's; work a file hands to other threads is not counted.
/// </summary>
public static class FileMemoryBudget
{
    /// <summary>
    /// Default fixed part: small files allocate up to about 6 MB (a 7 KB file with many quotes); docs/reliability.md has
    /// the measurements.
    /// </summary>
    public const long DefaultLimit = 256L * 1024 * 1024;

    /// <summary>
    /// Default part per character of the file: linting allocates up to about 400 bytes per character (a 4 MB file of
    /// cited figures, 1.6 GB); quadratic work on a shape Markdig or a rule handles badly goes far past it.
    /// </summary>
    public const long DefaultPerCharacter = 1024;

    [ThreadStatic] private static long _start;
    [ThreadStatic] private static long _limit;

    /// <summary>
    /// Starts the budget for a file of <paramref name="characters"/> on this thread: <paramref name="limit"/> plus
    /// <paramref name="perCharacter"/> per character. Disposing ends it. A limit of 0 or less means none.
    /// </summary>
    public static Scope Start(long limit, long perCharacter, int characters)
    {
        _start = GC.GetAllocatedBytesForCurrentThread();
        _limit = limit <= 0 ? 0 : limit + Math.Max(0, perCharacter) * characters;
        return new Scope();
    }

    /// <summary>Bytes allocated on this thread since <see cref="Start"/>.</summary>
    public static long Allocated => GC.GetAllocatedBytesForCurrentThread() - _start;

    /// <summary>Throws <see cref="FileMemoryLimitException"/> when the file on this thread is over its budget.</summary>
    public static void Check()
    {
        if (_limit <= 0) return;
        long allocated = Allocated;
        if (allocated > _limit) throw new FileMemoryLimitException(allocated, _limit);
    }

    /// <summary>
    /// Leaves what this thread allocates until disposal out of the file's budget: work shared by every file of the run (a
    /// cited source is read and indexed once, by whichever file cites it first), which would otherwise make one file's
    /// verdict depend on the order the workers reach it.
    /// </summary>
    public static Uncounted Exclude() => new(GC.GetAllocatedBytesForCurrentThread());

    public readonly struct Uncounted(long from) : IDisposable
    {
        public void Dispose() => _start += GC.GetAllocatedBytesForCurrentThread() - from;
    }

    public readonly struct Scope : IDisposable
    {
        public void Dispose() => _limit = 0;
    }
}
