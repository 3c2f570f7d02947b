using System.CommandLine;
using FactLint.Core.Config;
using FactLint.Core.Rules;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint init</c>: writes a commented starter <c>.factlint.yaml</c>; never overwrites one without <c>--force</c>.</summary>
internal static class InitCommand
{
    public const string Template = """
        # FactLint configuration ('factlint rules' lists the rules, 'factlint explain FL101' describes one).
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
        # Where the model runs: auto (CUDA when this build and machine have it, else CPU, silently), cpu or cuda.
        # device: auto

        # Accepted findings: 'factlint baseline' writes this file and 'check' hides what it lists. 'none' turns it off.
        baseline: .factlint-baseline.json

        # Files that are sources, not documents (data your docs cite): citations to them are checked, but they are
        # linted only when named on the command line.
        source_files: []

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
            var cwd = Directory.GetCurrentDirectory();
            var path = Path.Combine(cwd, FactLintConfig.FileName);
            var existing = FactLintConfig.FileNames.Select(n => Path.Combine(cwd, n)).FirstOrDefault(File.Exists);
            if (existing is not null && (existing != path || !parse.GetValue(force)))
            {
                Console.Error.WriteLine(existing == path
                    ? $"factlint: {path} already exists; use --force to overwrite it"
                    : $"factlint: {existing} already exists and is used; edit it, or delete it and run init again");
                return ExitCodes.UsageOrConfig;
            }
            FactLint.Core.IO.AtomicFile.WriteAllText(path, Template);
            Console.WriteLine($"Wrote {path}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
