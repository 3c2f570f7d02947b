namespace FactLint.Tests.Shared;

/// <summary>
/// A build step tests/run-all.sh started in the background (a packed feed, a native publish): a folder that gets <c>log</c>
/// at once and <c>status</c> (the exit code) when the step ends. Tests wait for it rather than build the same thing again.
/// </summary>
internal static class BackgroundStep
{
    /// <summary>The step's folder from <paramref name="variable"/>, or null when the tests run on their own (they build it then).</summary>
    public static string? FolderFrom(string variable) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } dir ? dir : null;

    /// <summary>Waits until the step ends; it is taken as hung only when its log stops growing for a long while.</summary>
    /// <returns>The step's exit code and log.</returns>
    public static (int ExitCode, string Log) Wait(string folder)
    {
        var status = Path.Combine(folder, "status");
        var log = Path.Combine(folder, "log");
        long lastLength = -1;
        var lastChange = DateTime.UtcNow;
        while (!File.Exists(status))
        {
            long length = File.Exists(log) ? new FileInfo(log).Length : 0;
            if (length != lastLength) (lastLength, lastChange) = (length, DateTime.UtcNow);
            var limit = MachinePace.HangGuard(WatchedProcess.DefaultSilence);
            if (DateTime.UtcNow - lastChange > limit)
                throw new TimeoutException($"the background step in {folder} printed nothing for {limit.TotalMinutes:F1} min; it looks hung:\n{Tail(log)}");
            Thread.Sleep(TimeSpan.FromSeconds(2));
        }
        return (int.Parse(File.ReadAllText(status).Trim(), System.Globalization.CultureInfo.InvariantCulture), File.Exists(log) ? File.ReadAllText(log) : "");
    }

    private static string Tail(string log)
    {
        if (!File.Exists(log)) return "(no log)";
        var text = File.ReadAllText(log);
        return text.Length > 4000 ? text[^4000..] : text;
    }
}
