using System.CommandLine;
using FactLint.Core.Baselines;
using FactLint.Core.Config;
using FactLint.Core.Engine;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint baseline [paths]</c>: records today's findings so that only new ones fail from now on.</summary>
internal static class BaselineCommand
{
    public static Command Create()
    {
        var paths = CommonOptions.Paths();
        var config = CommonOptions.Config();
        var output = new Option<string?>("--output", "-o") { Description = "Baseline file to write (default: the one the config names, else .factlint-baseline.json beside the config; check uses that one)" };
        var noModel = CommonOptions.NoModel();
        var profile = CommonOptions.Profile();
        var command = new Command("baseline", "Accept the current findings: write them to a baseline file that 'check' then ignores");
        command.Arguments.Add(paths);
        command.Options.Add(config);
        command.Options.Add(output);
        command.Options.Add(noModel);
        command.Options.Add(profile);
        command.SetAction(parse =>
        {
            var cwd = Directory.GetCurrentDirectory();
            using var models = new ModelHost(parse.GetValue(noModel), null, null, Console.Error);
            LintRunResult result;
            try
            {
                result = LintRun.Execute(new LintRunOptions
                {
                    Inputs = parse.GetValue(paths) is { Length: > 0 } p ? p : ["."],
                    WorkingDirectory = cwd,
                    ConfigPath = parse.GetValue(config),
                    IgnoreBaseline = true,
                    Profile = CommonOptions.ProfileValue(parse.GetValue(profile)),
                    ScorerFor = models.ScorerFor,
                });
            }
            catch (FactLint.Core.Yaml.YamlLoadException e)
            {
                return ProblemReporter.Report(e, Console.Error);
            }
            catch (ModelRequiredException e)
            {
                Console.Error.WriteLine($"factlint: {e.Message}");
                return ExitCodes.UsageOrConfig;
            }
            if (result.ConfigurationFailed)
            {
                foreach (var d in result.Diagnostics) Console.Error.WriteLine($"{d.Path}:{d.Start.Line}:{d.Start.Column}: {d.Code} {d.Message}");
                return ExitCodes.UsageOrConfig;
            }
            var governing = GoverningConfig(parse.GetValue(config), cwd);
            var used = governing.Baseline is null ? null : governing.Resolve(governing.Baseline);
            var target = parse.GetValue(output) is { } o ? Path.GetFullPath(o) : used ?? governing.Resolve(FactLintConfig.DefaultBaseline);
            var accepted = result.Diagnostics.Where(d => !d.Code.StartsWith("FL9", StringComparison.Ordinal)).ToList();
            Baseline.From(accepted, Path.GetDirectoryName(target)!).Save(target);
            Console.WriteLine(target == used
                ? $"Wrote {accepted.Count} finding(s) to {target}; 'check' hides them from now on ('check --no-baseline' shows them)."
                : $"Wrote {accepted.Count} finding(s) to {target}. 'check' does not use it yet: set 'baseline: {Path.GetRelativePath(governing.Directory, target).Replace('\\', '/')}' in {governing.FilePath ?? FactLintConfig.FileName}.");
            return ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>The config <c>check</c> would use for files in the current folder (given, found, or the defaults).</summary>
    private static FactLintConfig GoverningConfig(string? configPath, string cwd)
    {
        var path = configPath is not null ? Path.GetFullPath(configPath) : ConfigLoader.Find(cwd);
        return path is null ? FactLintConfig.Default(cwd) : ConfigLoader.Load(path);
    }
}
