namespace FactLint.Tests.Shared;

/// <summary>
/// Time limits in tests guard against hangs only: a correct build must pass on any machine, however slow or busy. A limit
/// is given as what is generous on an idle 2-core machine and stretched by how much slower this machine is right now.
/// </summary>
internal static class MachinePace
{
    /// <summary>
    /// How many times slower than an idle 2-core machine this one is now: fewer cores (taskset counts), a load average above
    /// the core count (Linux), and FACTLINT_TEST_SLOWNESS for anything else (a debugger, an emulator).
    /// </summary>
    public static double Factor
    {
        get
        {
            int cores = Math.Max(1, Environment.ProcessorCount);
            double factor = Math.Max(1.0, 2.0 / cores) * Math.Max(1.0, LoadAverage() / cores);
            if (double.TryParse(Environment.GetEnvironmentVariable("FACTLINT_TEST_SLOWNESS"), System.Globalization.CultureInfo.InvariantCulture, out var extra) && extra > 0)
                factor *= extra;
            return factor;
        }
    }

    /// <summary>A hang guard: <paramref name="onIdleTwoCores"/> stretched by <see cref="Factor"/>.</summary>
    public static TimeSpan HangGuard(TimeSpan onIdleTwoCores) => onIdleTwoCores * Factor;

    /// <summary>The one-minute load average, or 0 where the system does not give it.</summary>
    private static double LoadAverage()
    {
        try
        {
            if (!File.Exists("/proc/loadavg")) return 0;
            var first = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            return double.TryParse(first, System.Globalization.CultureInfo.InvariantCulture, out var load) ? load : 0;
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }
}
