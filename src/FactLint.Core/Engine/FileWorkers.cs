using System.Runtime.ExceptionServices;

namespace FactLint.Core.Engine;

/// <summary>
/// Runs one body per file on a few threads of our own with a known, large stack. A stack overflow cannot be caught in
/// .NET and kills the process with every other file's findings; thread-pool threads have a smaller stack than the main
/// thread (40,000 nested emphasis markers overflowed one), so deep recursion in a parser depends on where it runs.
/// </summary>
internal static class FileWorkers
{
    /// <summary>Stack of each worker: reserved, not committed, so it costs address space rather than memory.</summary>
    public const int StackBytes = 64 * 1024 * 1024;

    public static void For(int count, int parallelism, Action<int> body, CancellationToken cancellationToken)
    {
        int workers = Math.Min(Math.Max(1, parallelism), count);
        if (workers == 0) return;
        int next = -1;
        Exception? failure = null;
        void Work()
        {
            int index;
            while (Volatile.Read(ref failure) is null && !cancellationToken.IsCancellationRequested && (index = Interlocked.Increment(ref next)) < count)
            {
                try { body(index); }
                catch (Exception e) { Interlocked.CompareExchange(ref failure, e, null); }
            }
        }
        var threads = new Thread[workers];
        for (int i = 0; i < workers; i++)
        {
            threads[i] = new Thread(Work, StackBytes) { IsBackground = true, Name = "factlint-file-" + i };
            threads[i].Start();
        }
        foreach (var thread in threads) thread.Join();
        if (failure is not null) ExceptionDispatchInfo.Capture(failure).Throw();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
