using System.Text.RegularExpressions;
using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Output;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Core.Testing;

/// <summary>Outcome of one rule fixture.</summary>
public sealed record FixtureOutcome(string FixturePath, FixtureStatus Status, string Received, string? Verified);

public enum FixtureStatus { Passed, Failed, New, Accepted }

/// <summary>
/// Snapshot tests for rule packs: each <c>tests/*.md</c> fixture of a pack is linted with that pack (every rule on),
/// and the findings in text format are compared with the committed <c>.verified.txt</c> beside it.
/// A fixture named after a code (<c>FL101.md</c>, <c>FL101-tables.md</c>) shows only that code's findings.
/// On a difference <c>.received.txt</c> is written; accepting promotes it.
/// A file beside a fixture named <c>FL206.context.md</c> (any extension) is that fixture's grounding context, as with
/// <c>factlint check FL206.md --context FL206.context.md</c>; it is not a fixture itself.
/// </summary>
public static partial class FixtureRunner
{
    public const string FixturesFolder = "tests";

    [GeneratedRegex(@"^(FL\d{3})(?:[-_.].*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeFromName();

    public static IReadOnlyList<FixtureOutcome> Run(string packDirectory, bool accept, ISurprisalScorer? scorer = null, Func<FactLintConfig, LintServices>? servicesFor = null)
    {
        packDirectory = Path.GetFullPath(packDirectory);
        var fixturesDir = Path.Combine(packDirectory, FixturesFolder);
        if (!Directory.Exists(fixturesDir)) return [];
        // Fixtures test detection under the strict profile (every figure); a fixture about first-party facts names its
        // profile with a <!-- factlint-profile: docs --> comment.
        var config = FactLintConfig.Default(fixturesDir) with { Packs = [packDirectory], Profile = ClaimProfile.Strict };
        var loaded = LintProfile.Load(config);
        // Fixtures exercise every rule, including those a pack ships switched off.
        var profile = LintProfile.Load(config with
        {
            Rules = loaded.Packs.SelectMany(p => p.Rules).ToDictionary(r => r.Code, r => new RuleSetting(true, null)),
        });
        var services = servicesFor?.Invoke(config) ?? LintServices.ForFolder(fixturesDir);

        var outcomes = new List<FixtureOutcome>();
        foreach (var fixture in Directory.EnumerateFiles(fixturesDir, "*.*", SearchOption.AllDirectories)
                     .Where(f => f.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || (f.EndsWith(".txt", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".verified.txt", StringComparison.OrdinalIgnoreCase) && !f.EndsWith(".received.txt", StringComparison.OrdinalIgnoreCase)))
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}sources{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Where(f => !IsContextFile(f))
                     .Order(StringComparer.Ordinal))
        {
            outcomes.Add(RunOne(fixture, profile, services, scorer, accept));
        }
        return outcomes;
    }

    private static bool IsContextFile(string path) =>
        Path.GetFileNameWithoutExtension(path).EndsWith(ContextSuffix, StringComparison.Ordinal);

    private const string ContextSuffix = ".context";

    private static GroundingContext? ContextOf(string fixture)
    {
        var directory = Path.GetDirectoryName(fixture)!;
        var stem = Path.GetFileNameWithoutExtension(fixture) + ContextSuffix;
        var files = Directory.EnumerateFiles(directory, stem + ".*").Order(StringComparer.Ordinal)
            .Select(f => (f, Path.GetRelativePath(directory, f).Replace('\\', '/'))).ToList();
        return files.Count == 0 ? null : GroundingContext.FromFiles(files);
    }

    private static FixtureOutcome RunOne(string fixture, LintProfile profile, LintServices services, ISurprisalScorer? scorer, bool accept)
    {
        var name = Path.GetFileNameWithoutExtension(fixture);
        var code = CodeFromName().Match(name) is { Success: true } m ? m.Groups[1].Value : null;
        var result = FileLinter.Lint(SourceFileReader.Read(fixture), profile, services, scorer, grounding: ContextOf(fixture));
        var diagnostics = result.Diagnostics.Where(d => code is null || d.Code == code).ToList();

        var writer = new StringWriter { NewLine = "\n" };
        new TextFormatter().Write(diagnostics, new OutputContext(Path.GetDirectoryName(fixture)!, profile.Rules, 1, "fixture"), writer);
        string received = writer.ToString();

        string stem = Path.Combine(Path.GetDirectoryName(fixture)!, name);
        string verifiedPath = stem + ".verified.txt", receivedPath = stem + ".received.txt";
        string? verified = File.Exists(verifiedPath) ? File.ReadAllText(verifiedPath).ReplaceLineEndings("\n") : null;
        if (verified == received)
        {
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return new FixtureOutcome(fixture, FixtureStatus.Passed, received, verified);
        }
        if (accept)
        {
            IO.AtomicFile.WriteAllText(verifiedPath, received);
            if (File.Exists(receivedPath)) File.Delete(receivedPath);
            return new FixtureOutcome(fixture, FixtureStatus.Accepted, received, verified);
        }
        File.WriteAllText(receivedPath, received);
        return new FixtureOutcome(fixture, verified is null ? FixtureStatus.New : FixtureStatus.Failed, received, verified);
    }
}
