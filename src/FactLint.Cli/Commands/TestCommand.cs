using System.CommandLine;
using FactLint.Core.Testing;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint test &lt;pack&gt;</c>: runs a pack's fixtures against their committed snapshots.</summary>
internal static class TestCommand
{
    public static Command Create()
    {
        var pack = new Argument<string>("pack") { Description = "Pack folder (holding pack.yaml and tests/)" };
        var accept = new Option<bool>("--accept") { Description = "Promote received output to .verified.txt" };
        var noModel = CommonOptions.NoModel();
        var command = new Command("test", "Run a rule pack's snapshot fixtures");
        command.Arguments.Add(pack);
        command.Options.Add(accept);
        command.Options.Add(noModel);
        command.SetAction(parse =>
        {
            var dir = parse.GetValue(pack)!;
            if (!File.Exists(Path.Combine(dir, FactLint.Core.Rules.PackLoader.ManifestFile)))
            {
                Console.Error.WriteLine($"factlint: {dir}: not a rule pack (no pack.yaml)");
                return ExitCodes.UsageOrConfig;
            }
            IReadOnlyList<FixtureOutcome> outcomes;
            try
            {
                outcomes = FixtureRunner.Run(dir, parse.GetValue(accept));
            }
            catch (FactLint.Core.Yaml.YamlLoadException e)
            {
                return ProblemReporter.Report(e, Console.Error);
            }
            foreach (var o in outcomes)
            {
                var name = Path.GetRelativePath(Directory.GetCurrentDirectory(), o.FixturePath);
                Console.WriteLine($"{o.Status.ToString().ToLowerInvariant(),-8} {name}");
                if (o.Status is FixtureStatus.Failed or FixtureStatus.New)
                    Console.WriteLine(SnapshotDiff.Describe(o.Verified ?? "", o.Received));
            }
            int failed = outcomes.Count(o => o.Status is FixtureStatus.Failed or FixtureStatus.New);
            Console.WriteLine($"{outcomes.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
        });
        return command;
    }
}
