using FactLint.Core.Citations;
using FactLint.Core.Claims;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Rules;
using FactLint.Core.Vocabulary;
using FactLint.Core.Yaml;

namespace FactLint.Core.Engine;

/// <summary>Everything needed to lint files under one config: its packs, the enabled rules, the detectors.</summary>
public sealed class LintProfile
{
    private LintProfile(FactLintConfig config, IReadOnlyList<RulePack> packs, IReadOnlyList<Rule> rules, ClaimDetection detection, CitationConventions citations)
    {
        Need = new Claims.Need.ClaimNeedStage(Claims.Need.NeedVocabulary.With(packs.Select(p => p.NeedWords)), config.Profile);
        Config = config;
        Packs = packs;
        Rules = rules;
        Detection = detection;
        Citations = citations;
        KnownCodes = packs.SelectMany(p => p.Rules).SelectMany(r => new[] { r.Code, r.Name })
            .Concat(EngineCodes.All.SelectMany(e => new[] { e.Key, e.Value.Name }))
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        // Null when a detector (a pack's own claim pattern) can match any text: every paragraph is parsed then.
        // Data notes ("Note: figures are taken from …") cite like source labels.
        InlineGate = Parsing.InlineParseGate.For(detection.Triggers, citations.SourceLabels, CitationFinder.NoteLabels, CitationFinder.NoteDataWords);
    }

    public FactLintConfig Config { get; }
    public IReadOnlyList<RulePack> Packs { get; }

    /// <summary>Enabled rules with the config's severities applied.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>Codes and rule names of every rule in the packs (enabled or not) and of the engine: what suppressions may name.</summary>
    public IReadOnlySet<string> KnownCodes { get; }

    public ClaimDetection Detection { get; }

    /// <summary>Decides which claims need an outside source (the config's profile, the packs' first-party words).</summary>
    public Claims.Need.ClaimNeedStage Need { get; }
    public CitationConventions Citations { get; }

    /// <summary>Leaves paragraphs that cannot hold a claim out of inline parsing; null when a pack adds claim patterns.</summary>
    public Parsing.InlineParseGate? InlineGate { get; private init; }

    /// <summary>The same profile parsing every paragraph (tests compare the two).</summary>
    internal LintProfile WithoutInlineGate() => new(Config, Packs, Rules, Detection, Citations) { InlineGate = null };

    /// <summary>Loads the config's packs. Throws <see cref="YamlLoadException"/> with every problem found.</summary>
    public static LintProfile Load(FactLintConfig config)
    {
        var problems = new List<YamlProblem>();
        var packs = new List<RulePack>();
        foreach (var entry in config.Packs)
        {
            var directory = PackLocator.Resolve(entry, config);
            if (directory is null)
            {
                problems.Add(new YamlProblem(EngineCodes.ConfigInvalid, config.FilePath ?? config.Directory, 1, 1,
                    $"pack '{entry}' not found (looked for {PackLoader.ManifestFile} in {config.Resolve(entry)})"));
                continue;
            }
            if (PackLoader.TryLoad(directory, problems) is { } pack) packs.Add(pack);
        }
        if (problems.Count > 0) throw new YamlLoadException(problems);

        var rules = new List<Rule>();
        foreach (var rule in packs.SelectMany(p => p.Rules))
        {
            bool enabled = rule.Enabled;
            var level = rule.Level;
            if (config.Rules.TryGetValue(rule.Code, out var setting) || config.Rules.TryGetValue(rule.Name, out setting))
            {
                enabled = setting.Enabled;
                level = setting.Level ?? level;
            }
            if (!enabled) continue;
            rules.Add(level == rule.Level ? rule : CopyWithLevel(rule, level));
        }

        var common = packs.SelectMany(p => p.CommonClaims).ToList();
        var detectors = ClaimDetection.DefaultDetectors(packs.SelectMany(p => p.VersionProducts)).ToList();
        foreach (var (kind, regex) in packs.SelectMany(p => p.ClaimPatterns))
            detectors.Add(new Claims.Detectors.PatternClaimDetector(kind, regex));
        var detection = new ClaimDetection(detectors, common.Count == 0 ? null : claim => IsCommonClaim(common, claim.Text.AsSpan().Trim()));
        var citations = packs.Count > 0 ? packs[0].Citations : new CitationConventions();
        return new LintProfile(config, packs, rules, detection, citations);
    }

    // Every claim is asked: a loop over the pack's entries, and literals of another length are not run at all.
    private static bool IsCommonClaim(List<PackRegex> common, ReadOnlySpan<char> text)
    {
        foreach (var entry in common)
            if (entry.IsWholeMatch(text)) return true;
        return false;
    }

    private static Rule CopyWithLevel(Rule rule, Severity level) => new()
    {
        Code = rule.Code,
        Name = rule.Name,
        Extends = rule.Extends,
        Level = level,
        Message = rule.Message,
        Link = rule.Link,
        Description = rule.Description,
        Enabled = true,
        Scope = rule.Scope,
        Kinds = rule.Kinds,
        Exceptions = rule.Exceptions,
        Check = rule.Check,
        PackName = rule.PackName,
        FilePath = rule.FilePath,
    };
}
