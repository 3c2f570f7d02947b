using FactLint.Core.Yaml;

namespace FactLint.Cli.Commands;

/// <summary>Prints config and pack problems the way findings are printed: <c>path:line:col: CODE message</c>.</summary>
internal static class ProblemReporter
{
    public static int Report(YamlLoadException e, TextWriter stderr)
    {
        foreach (var p in e.Problems) stderr.WriteLine($"{p.Path}:{p.Line}:{p.Column}: {p.Code} {p.Message}");
        return ExitCodes.UsageOrConfig;
    }
}
