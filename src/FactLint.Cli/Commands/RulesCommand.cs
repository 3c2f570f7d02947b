using System.CommandLine;
using FactLint.Core.Diagnostics;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint rules</c>: every rule of the configured packs, and the engine's own codes.</summary>
internal static class RulesCommand
{
    public static Command Create()
    {
        var config = CommonOptions.Config();
        var docs = new Option<bool>("--docs") { Description = "Print the rule reference in Markdown (docs/rules.md is generated this way)" };
        var command = new Command("rules", "List the rules of the configured packs and the engine's own codes");
        command.Options.Add(config);
        command.Options.Add(docs);
        command.SetAction(parse =>
        {
            var profile = ProfileLoading.TryLoad(parse.GetValue(config), Console.Error, allRules: true);
            if (profile is null) return ExitCodes.UsageOrConfig;
            if (parse.GetValue(docs))
            {
                Console.Out.Write(FactLint.Core.Rules.RuleDocs.Generate(profile.Packs));
                return ExitCodes.Clean;
            }
            var enabled = ProfileLoading.TryLoad(parse.GetValue(config), Console.Error)?.Rules.Select(r => r.Code).ToHashSet() ?? [];
            Console.WriteLine($"{"CODE",-6}  {"NAME",-24}  {"LEVEL",-7}  {"PACK",-8}  {"CHECK",-16}  KINDS");
            foreach (var rule in profile.Packs.SelectMany(p => p.Rules).OrderBy(r => r.Code, StringComparer.Ordinal))
            {
                string level = enabled.Contains(rule.Code) ? rule.Level.Name() : "off";
                string kinds = rule.Kinds.Count == 0 ? "all" : string.Join(",", rule.Kinds.Select(FactLint.Core.Documents.Claim.KindName));
                Console.WriteLine($"{rule.Code,-6}  {rule.Name,-24}  {level,-7}  {rule.PackName,-8}  {rule.Extends,-16}  {kinds}");
            }
            foreach (var (code, (name, _)) in EngineCodes.All.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                Console.WriteLine($"{code,-6}  {name,-24}  {"error",-7}  {"engine",-8}  {"-",-16}  -");
            return ExitCodes.Clean;
        });
        return command;
    }
}
