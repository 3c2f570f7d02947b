using System.CommandLine;
using FactLint.Core.Config;
using FactLint.Core.Rules;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint init</c>: writes a commented starter <c>.factlint.yaml</c>; never overwrites one without <c>--force</c>.</summary>
internal static class InitCommand
{
    public const string Template = """
        # FactLint configuration: https://github.com/factlint/factlint
        # Found by walking up from each linted file; paths here are relative to this file.

        # Rule packs: 'core' is built in; add folders of your own packs.
        packs:
          - core

        # Turn rules off or change their level: off | info | warning | error
        rules:
          FL104: warning
          # FL301: info     # report high-surprisal claims (needs the model)

        include: ["**/*.md", "**/*.markdown", "**/*.txt"]
        exclude: ["vendor/**"]

        # Lowest severity that fails the run (exit code 1).
        fail_level: warning

        # Language model for surprisal: a folder with model.yaml, or 'none'. Default: the bundled model.
        # model: models/factlint-tiny
        device: auto

        # Accepted findings (see 'factlint baseline').
        # baseline: .factlint-baseline.json

        # Where source snapshots for citation checks live.
        sources: .factlint/sources

        """;

    public static Command Create()
    {
        var force = new Option<bool>("--force") { Description = "Overwrite an existing .factlint.yaml" };
        var command = new Command("init", "Write a starter .factlint.yaml in the current folder");
        command.Options.Add(force);
        command.SetAction(parse =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), FactLintConfig.FileName);
            if (File.Exists(path) && !parse.GetValue(force))
            {
                Console.Error.WriteLine($"factlint: {path} already exists; use --force to overwrite it");
                return ExitCodes.UsageOrConfig;
            }
            FactLint.Core.IO.AtomicFile.WriteAllText(path, Template);
            Console.WriteLine($"Wrote {path}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
