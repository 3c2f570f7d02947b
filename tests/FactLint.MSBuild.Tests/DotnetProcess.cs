using System.Diagnostics;
using FactLint.Tests.Shared;

namespace FactLint.MSBuild.Tests;

/// <summary>Runs <c>dotnet</c> with a clean MSBuild environment (the test host's MSBuild variables would leak into the child build).</summary>
public static class DotnetProcess
{
    public sealed record Result(int ExitCode, string Output, TimeSpan Elapsed);

    public static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        foreach (var key in start.Environment.Keys.ToList())
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase) || key == "DOTNET_HOST_PATH")
                start.Environment.Remove(key);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";

        // No limit on how long a step takes; only a long silence (stretched on a slow machine) stops it as hung.
        var result = WatchedProcess.Run(start);
        return new Result(result.ExitCode, result.Output, result.Elapsed);
    }
}
