using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Yaml;

namespace FactLint.Cli.Commands;

/// <summary>Loads the config (given, or found from the current folder) and its packs for commands that list rules.</summary>
internal static class ProfileLoading
{
    public static LintProfile? TryLoad(string? configPath, TextWriter stderr, bool allRules = false)
    {
        try
        {
            var cwd = Directory.GetCurrentDirectory();
            var path = configPath ?? ConfigLoader.Find(cwd);
            var config = path is null ? FactLintConfig.Default(cwd) : ConfigLoader.Load(path);
            if (allRules) config = config with { Rules = new Dictionary<string, RuleSetting>() };
            return LintProfile.Load(config);
        }
        catch (YamlLoadException e)
        {
            ProblemReporter.Report(e, stderr);
            return null;
        }
    }
}
