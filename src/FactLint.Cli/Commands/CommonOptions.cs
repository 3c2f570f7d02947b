using System.CommandLine;
using FactLint.Core.Output;

namespace FactLint.Cli.Commands;

/// <summary>Options several commands share, declared once.</summary>
internal static class CommonOptions
{
    public static Option<string?> Config() => new("--config", "-c")
    {
        Description = "Config file to use instead of the .factlint.yaml found by walking up from each file",
    };

    public static Option<string> Format() =>
        new Option<string>("--format", "-f")
        {
            Description = "Output format",
            DefaultValueFactory = _ => "text",
        }.AcceptOnlyFromAmongNames(OutputFormats.Names);

    public static Option<bool> NoModel() => new("--no-model")
    {
        Description = "Do not load the language model (surprisal is skipped)",
    };

    public static Option<string?> Model() => new("--model")
    {
        Description = "Model folder (with model.yaml) to use instead of the configured or bundled one",
    };

    /// <summary>No default: unset means the config's <c>device:</c> (itself <c>auto</c> by default).</summary>
    public static Option<string?> Device()
    {
        var option = new Option<string?>("--device")
        {
            Description = "Where the model runs: auto tries CUDA and falls back to CPU (default: the config's device, else auto)",
        };
        option.AcceptOnlyFromAmong("auto", "cpu", "cuda");
        return option;
    }

    /// <summary>No default: unset means the config's <c>profile:</c> (itself <c>auto</c> by default).</summary>
    public static Option<string?> Profile()
    {
        var option = new Option<string?>("--profile")
        {
            Description = "Which claims need a source: docs (a project's own facts are not claims), prose, strict (every figure), auto (per file; default: the config's profile, else auto)",
        };
        option.AcceptOnlyFromAmong(FactLint.Core.Config.ClaimProfiles.Names);
        return option;
    }

    /// <summary>The parsed <c>--profile</c>, or null when not given.</summary>
    public static FactLint.Core.Config.ClaimProfile? ProfileValue(string? text) =>
        FactLint.Core.Config.ClaimProfiles.TryParse(text, out var profile) ? profile : null;
    public static Option<bool> Verbose() => new("--verbose", "-v")
    {
        Description = "Say which profile each file was linted under and why, and which model runs where (e.g. 'model factlint-tiny on cpu'), on standard error",
    };

    public static Argument<string[]> Paths() => new("paths")
    {
        Description = "Files, folders or globs (default: the current folder)",
        Arity = ArgumentArity.ZeroOrMore,
    };

    /// <summary>Paths, with a token that looks like an option refused (an unknown option must not be read as a file name).</summary>
    public static Argument<string[]> StrictPaths()
    {
        var paths = Paths();
        paths.Validators.Add(result =>
        {
            foreach (var token in result.Tokens)
                if (token.Value.Length > 1 && token.Value[0] == '-')
                {
                    result.AddError($"unknown option '{token.Value}'");
                    return;
                }
        });
        return paths;
    }

    public static Option<string?> StdinFilename() => new("--stdin-filename")
    {
        Description = "With '-' (read standard input): the file name to show in findings and to find the config from",
    };

    private static Option<string> AcceptOnlyFromAmongNames(this Option<string> option, IEnumerable<string> names)
    {
        option.AcceptOnlyFromAmong(names.ToArray());
        return option;
    }
}
