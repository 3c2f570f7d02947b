using System.CommandLine;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Rules;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint explain FL101</c>: what a rule does, why, and an example.</summary>
internal static class ExplainCommand
{
    public static Command Create()
    {
        var code = new Argument<string>("code") { Description = "Rule code (FL101) or name (unsourced-number)" };
        var config = CommonOptions.Config();
        var command = new Command("explain", "Explain a rule");
        command.Arguments.Add(code);
        command.Options.Add(config);
        command.SetAction(parse =>
        {
            var wanted = parse.GetValue(code)!;
            if (EngineCodes.All.TryGetValue(wanted.ToUpperInvariant(), out var engine))
            {
                Console.WriteLine($"{wanted.ToUpperInvariant()} ({engine.Name})\n\n{engine.Summary}");
                return ExitCodes.Clean;
            }
            var profile = ProfileLoading.TryLoad(parse.GetValue(config), Console.Error, allRules: true);
            if (profile is null) return ExitCodes.UsageOrConfig;
            var rule = profile.Packs.SelectMany(p => p.Rules).FirstOrDefault(r =>
                r.Code.Equals(wanted, StringComparison.OrdinalIgnoreCase) || r.Name.Equals(wanted, StringComparison.OrdinalIgnoreCase));
            if (rule is null)
            {
                Console.Error.WriteLine($"factlint: no rule '{wanted}' in the configured packs; 'factlint rules' lists them");
                return ExitCodes.UsageOrConfig;
            }
            Console.WriteLine($"{rule.Code} ({rule.Name}) — pack '{rule.PackName}', extends '{rule.Extends}', level {rule.Level.Name()}{(rule.Enabled ? "" : ", off by default")}");
            Console.WriteLine();
            Console.WriteLine($"Message: {rule.Message}");
            if (rule.Kinds.Count > 0) Console.WriteLine($"Claim kinds: {string.Join(", ", rule.Kinds.Select(FactLint.Core.Documents.Claim.KindName))}");
            Console.WriteLine();
            Console.WriteLine(rule.Description.TrimEnd());
            if (rule.Link is not null) Console.WriteLine($"\nMore: {rule.Link}");
            Console.WriteLine($"\nDefined in: {rule.FilePath}");
            return ExitCodes.Clean;
        });
        return command;
    }
}
