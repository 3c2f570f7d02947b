using System.CommandLine.Parsing;

namespace FactLint.Cli;

/// <summary>
/// <c>@name</c> reads arguments from a response file only when that file exists: the MSBuild package runs
/// <c>factlint @factlint.rsp</c>, while <c>sources add @bls2023</c> names a citation key (no file called bls2023).
/// </summary>
internal static class ResponseFiles
{
    public static bool TryExpand(string name, out IReadOnlyList<string>? tokens, out string? error)
    {
        tokens = null;
        error = null;
        if (!File.Exists(name)) return false; // not a response file: the token stays as typed, '@' included
        try
        {
            // One or more arguments per line, quoted as on a command line; blank lines and '#' comments are skipped.
            tokens = File.ReadAllLines(name).Select(l => l.Trim()).Where(l => l.Length > 0 && l[0] != '#')
                .SelectMany(CommandLineParser.SplitCommandLine).ToList();
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            error = $"cannot read response file {name}: {e.Message}";
            return false;
        }
    }
}
