using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Cli.Commands;

/// <summary>
/// Checks <c>factlint check</c>'s inputs before linting: a path that does not exist is a usage error (exit 2, one line),
/// <c>-</c> reads standard input, and <c>--context</c> files are read into the grounding context.
/// </summary>
internal static class CheckInputs
{
    public const string StandardInputName = "<stdin>";

    /// <summary>Null when the inputs are usable; otherwise the exit code, after one line on <paramref name="stderr"/>.</summary>
    public static int? Validate(CheckOptions options, string cwd, TextWriter stderr, out InputText? standardInput, out GroundingContext? grounding,
        Stream? stdin = null)
    {
        standardInput = null;
        grounding = null;
        if (options.Paths.Contains("-"))
        {
            if (options.Paths.Count > 1) return Usage(stderr, "'-' (standard input) cannot be combined with other paths");
            var name = options.StdinFilename ?? StandardInputName;
            if (ReadStandardInput(name, stdin, stderr) is not { } text) return ExitCodes.UsageOrConfig;
            standardInput = new InputText(name, text);
        }
        else if (options.StdinFilename is not null) return Usage(stderr, "--stdin-filename needs '-' as the path (read standard input)");
        else if (!options.Staged)
        {
            // Staged mode names paths that may be deleted in the working tree; they only limit which staged files are read.
            foreach (var path in options.Paths)
                if (!Exists(path, cwd)) return Usage(stderr, $"no such file or folder: {path}");
        }

        if (options.Context.Count > 0)
        {
            var files = new List<(string, string)>();
            foreach (var entry in options.Context)
            {
                var before = files.Count;
                var missing = new List<string>();
                // Every file of a context folder counts (HTML, JSON, CSV too), not only the lint include globs.
                var everything = FactLintConfig.Default(cwd) with { Include = ["**/*"], Exclude = ["**/.git/**"] };
                foreach (var input in FileDiscovery.Expand([entry], cwd, _ => everything, missing))
                    files.Add((input.Path, Path.GetRelativePath(cwd, input.Path).Replace('\\', '/')));
                if (missing.Count > 0) return Usage(stderr, $"--context: no such file or folder: {entry}");
                if (files.Count == before) return Usage(stderr, $"--context: '{entry}' matches no file");
            }
            try
            {
                grounding = GroundingContext.FromFiles(files);
            }
            catch (SourceReadException e)
            {
                return Usage(stderr, $"--context: {e.Message}");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return Usage(stderr, $"--context: cannot read ({e.Message})");
            }
        }
        return null;
    }

    /// <summary>All of standard input, decoded as files are (BOM, UTF-16, no binary); null after one line on stderr.</summary>
    public static string? ReadStandardInput(string name, Stream? stdin, TextWriter stderr)
    {
        try
        {
            using var buffer = new MemoryStream();
            (stdin ?? Console.OpenStandardInput()).CopyTo(buffer);
            return SourceFileReader.Decode(name, buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        }
        catch (SourceReadException e)
        {
            Usage(stderr, $"standard input: {e.Problem}");
            return null;
        }
    }

    private static bool Exists(string path, string cwd)
    {
        var full = Path.GetFullPath(Path.Combine(cwd, path));
        return File.Exists(full) || Directory.Exists(full) || path.IndexOfAny(['*', '?', '[']) >= 0;
    }

    private static int Usage(TextWriter stderr, string message)
    {
        stderr.WriteLine($"factlint: {message}");
        return ExitCodes.UsageOrConfig;
    }
}
