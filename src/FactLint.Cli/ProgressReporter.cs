namespace FactLint.Cli;

/// <summary>A one-line progress counter on a terminal for long runs; silent when stderr is redirected (CI, MSBuild).</summary>
internal sealed class ProgressReporter(TextWriter stderr)
{
    private const int MinFiles = 200;
    private long _lastTicks;
    private bool _shown;

    public static ProgressReporter? For(TextWriter stderr, bool quiet) =>
        quiet || Console.IsErrorRedirected || !ReferenceEquals(stderr, Console.Error) ? null : new ProgressReporter(stderr);

    public void Report(int done, int total)
    {
        if (total < MinFiles) return;
        long now = Environment.TickCount64;
        if (done != total && now - Interlocked.Read(ref _lastTicks) < 100) return;
        Interlocked.Exchange(ref _lastTicks, now);
        lock (this)
        {
            stderr.Write($"\rfactlint: {done}/{total} files");
            _shown = true;
        }
    }

    public void Done()
    {
        if (_shown) stderr.Write("\r\u001b[K");
    }
}
