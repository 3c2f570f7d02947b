using System.Diagnostics;
using System.Text;

namespace FactLint.Tests.Shared;

/// <summary>
/// Runs a long build step (dotnet pack, dotnet publish) under a watchdog: it is stopped only after printing nothing for a
/// while, never for being slow. Each output line can be passed on, so that a long step shows what it is doing.
/// </summary>
internal static class WatchedProcess
{
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

    /// <summary>Silence that only a hang explains, on an idle 2-core machine (stretched by <see cref="MachinePace"/>).</summary>
    public static readonly TimeSpan DefaultSilence = TimeSpan.FromMinutes(5);

    public static Result Run(ProcessStartInfo start, TimeSpan? silence = null, Action<string>? onLine = null)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        var output = new StringBuilder();
        long lastOutput = Stopwatch.GetTimestamp();
        void Take(string? line)
        {
            if (line is null) return;
            Interlocked.Exchange(ref lastOutput, Stopwatch.GetTimestamp());
            lock (output) output.AppendLine(line);
            onLine?.Invoke(line);
        }

        var watch = Stopwatch.StartNew();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Take(e.Data);
        process.ErrorDataReceived += (_, e) => Take(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        while (!process.WaitForExit(TimeSpan.FromSeconds(5)))
        {
            var limit = MachinePace.HangGuard(silence ?? DefaultSilence);
            var quiet = Stopwatch.GetElapsedTime(Interlocked.Read(ref lastOutput));
            if (quiet <= limit) continue;
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            lock (output)
                throw new TimeoutException($"{start.FileName} {string.Join(' ', start.ArgumentList)} printed nothing for {quiet.TotalMinutes:F1} min " +
                    $"(limit {limit.TotalMinutes:F1} min on this machine) after {watch.Elapsed.TotalMinutes:F1} min; it looks hung:\n{output}");
        }
        process.WaitForExit(); // drains the asynchronous readers
        lock (output) return new Result(process.ExitCode, output.ToString(), watch.Elapsed);
    }
}
