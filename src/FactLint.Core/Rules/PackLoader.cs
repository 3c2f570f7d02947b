using System.Text.RegularExpressions;
using FactLint.Core.Citations;
using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.IO;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Vocabulary;
using FactLint.Core.Yaml;

namespace FactLint.Core.Rules;

/// <summary>
/// Loads a rule pack: a folder with <c>pack.yaml</c> (name, claim and citation conventions) and one YAML file per rule.
/// Problems come back with file and line; a pack with problems is not used.
/// </summary>
public static partial class PackLoader
{
    public const string ManifestFile = "pack.yaml";
    public const int MaxRuleFiles = 500;

    private static readonly string[] RuleFields =
        ["code", "name", "extends", "level", "message", "link", "description", "scope", "kinds", "exceptions", "enabled"];

    [GeneratedRegex(@"^FL\d{3}$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();

    public static RulePack Load(string directory)
    {
        var problems = new List<YamlProblem>();
        var pack = TryLoad(directory, problems);
        if (problems.Count > 0 || pack is null) throw new YamlLoadException(problems);
        return pack;
    }

    public static RulePack? TryLoad(string directory, List<YamlProblem> problems)
    {
        directory = Path.GetFullPath(directory);
        string manifestPath = Path.Combine(directory, ManifestFile);
        if (!File.Exists(manifestPath))
        {
            problems.Add(new YamlProblem(EngineCodes.PackInvalidValue, directory, 1, 1, $"not a rule pack: no {ManifestFile} in this folder"));
            return null;
        }
        int before = problems.Count;
        if (LinksOutside(manifestPath, directory))
        {
            problems.Add(new YamlProblem(EngineCodes.PackInvalidValue, manifestPath, 1, 1, "pack.yaml is a link to a file outside the pack; a pack may only read its own folder"));
            return null;
        }
        var manifest = YamlDocumentReader.LoadMappingFile(manifestPath, problems);
        if (manifest is null) return null;
        var fields = new YamlFields(manifestPath, manifest, problems);
        string name = fields.String("name") ?? Path.GetFileName(directory);
        string description = fields.String("description") ?? "";
        var claimFields = fields.Mapping("claims");
        // Read before ReadClaims reports the fields of 'claims' nobody asked for.
        var needWords = ReadFirstParty(claimFields?.Mapping("first_party"));
        var (common, products, patterns) = ReadClaims(claimFields);
        var citations = ReadCitations(fields.Mapping("citations"));
        fields.ReportUnknown(["name", "description", "claims", "citations"]);

        var rules = LoadRules(directory, name, problems);
        if (rules is null) return null;
        if (problems.Count > before) return null;
        return new RulePack
        {
            Name = name,
            Directory = directory,
            Description = description,
            Rules = rules,
            CommonClaims = common,
            VersionProducts = products,
            ClaimPatterns = patterns,
            Citations = citations,
            NeedWords = needWords,
        };
    }

    // Every *.yaml beside pack.yaml, in name order; null when the pack has more than MaxRuleFiles.
    private static List<Rule>? LoadRules(string directory, string packName, List<YamlProblem> problems)
    {
        var ruleFiles = System.IO.Directory.EnumerateFiles(directory, "*.yaml")
            .Where(f => !Path.GetFileName(f).Equals(ManifestFile, StringComparison.OrdinalIgnoreCase))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (ruleFiles.Count > MaxRuleFiles)
        {
            problems.Add(new YamlProblem(EngineCodes.PackInvalidValue, directory, 1, 1, $"pack has {ruleFiles.Count} rule files, more than the limit of {MaxRuleFiles}"));
            return null;
        }
        var rules = new List<Rule>();
        foreach (var file in ruleFiles)
        {
            if (LinksOutside(file, directory))
            {
                problems.Add(new YamlProblem(EngineCodes.PackInvalidValue, file, 1, 1, "rule file is a link to a file outside the pack; a pack may only read its own folder"));
                continue;
            }
            var rule = LoadRule(file, packName, problems);
            if (rule is null) continue;
            var clash = rules.FirstOrDefault(r => r.Code == rule.Code);
            if (clash is not null)
                problems.Add(new YamlProblem(EngineCodes.PackInvalidValue, file, 1, 1, $"code {rule.Code} is already used by {Path.GetFileName(clash.FilePath)}"));
            else rules.Add(rule);
        }
        return rules;
    }

    // claims: first_party: { section_headings, changelog_headings, requirement_words, setting_words, project_names }
    private static Claims.Need.NeedWords ReadFirstParty(YamlFields? words)
    {
        if (words is null) return new();
        List<string> Read(string key) => words.StringList(key).Select(w => w.Value).ToList();
        var result = new Claims.Need.NeedWords
        {
            SectionHeadings = Read("section_headings"),
            ChangelogHeadings = Read("changelog_headings"),
            RequirementWords = Read("requirement_words"),
            SettingWords = Read("setting_words"),
            ProjectNames = Read("project_names"),
        };
        words.ReportUnknown(["section_headings", "changelog_headings", "requirement_words", "setting_words", "project_names"]);
        return result;
    }

    // A pack is data inside its folder: a rule file that is a symbolic link out of it (e.g. to /etc/passwd) is not read.
    // Both sides are compared with their links followed, so a pack reached through a linked folder keeps its own links; a
    // link loop counts as leaving.
    private static bool LinksOutside(string file, string directory)
    {
        try
        {
            // A loop throws here; RealPath would stop at its hop limit and keep the path as written.
            if (new FileInfo(file).LinkTarget is not null) _ = new FileInfo(file).ResolveLinkTarget(returnFinalTarget: true);
            return !RepositoryBounds.Contains(directory, file);
        }
        catch (IOException)
        {
            return true;
        }
    }

    private static Rule? LoadRule(string file, string packName, List<YamlProblem> problems)
    {
        int before = problems.Count;
        var mapping = YamlDocumentReader.LoadMappingFile(file, problems);
        if (mapping is null) return null;
        var f = new YamlFields(file, mapping, problems);

        string? code = f.String("code", required: true);
        if (code is not null && !CodePattern().IsMatch(code))
            f.Problem(f.Get("code"), EngineCodes.PackInvalidValue, $"code must look like FL123, got '{code}'");
        string name = f.String("name") ?? Path.GetFileNameWithoutExtension(file);
        string? extends = f.String("extends", required: true);
        Func<YamlFields, ICheck?>? parser = null;
        if (extends is not null && !CheckTypes.TryGet(extends, out parser))
            f.Problem(f.Get("extends"), EngineCodes.PackInvalidValue, $"unknown check type '{extends}' (known: {string.Join(", ", CheckTypes.Names.Order())})");

        var level = Severity.Warning;
        var levelText = f.String("level");
        if (levelText is not null && !SeverityNames.TryParse(levelText, out level))
            f.Problem(f.Get("level"), EngineCodes.PackInvalidValue, $"level must be info, warning or error, got '{levelText}'");

        string message = f.String("message", required: true) ?? "";
        var scope = ReadEnumSet<ProseBlockKind>(f, "scope", ScopeNames) ?? Rule.DefaultScope;
        var kinds = ReadEnumSet<ClaimKind>(f, "kinds", KindNames) ?? new HashSet<ClaimKind>();
        var exceptions = f.StringList("exceptions").Select(e => PackRegex.Compile(e.Value, f, e.Node)).OfType<PackRegex>().ToList();
        bool enabled = f.Bool("enabled") ?? true;
        string? link = f.String("link");
        string description = f.String("description") ?? "";

        ICheck? check = parser?.Invoke(f);
        // Check types read their own fields; anything still unread is unknown.
        f.ReportUnknown(RuleFields);
        if (problems.Count > before || check is null || code is null || extends is null) return null;

        return new Rule
        {
            Code = code,
            Name = name,
            Extends = extends,
            Level = level,
            Message = message,
            Link = link,
            Description = description,
            Enabled = enabled,
            Scope = scope,
            Kinds = kinds,
            Exceptions = exceptions,
            Check = check,
            PackName = packName,
            FilePath = file,
        };
    }

    private static readonly Dictionary<string, ProseBlockKind> ScopeNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["paragraph"] = ProseBlockKind.Paragraph,
        ["heading"] = ProseBlockKind.Heading,
        ["list"] = ProseBlockKind.ListItem,
        ["table"] = ProseBlockKind.TableCell,
        ["blockquote"] = ProseBlockKind.BlockQuote,
        ["footnote"] = ProseBlockKind.FootnoteDefinition,
    };

    private static readonly Dictionary<string, ClaimKind> KindNames =
        Enum.GetValues<ClaimKind>().ToDictionary(Claim.KindName, k => k, StringComparer.OrdinalIgnoreCase);

    private static HashSet<T>? ReadEnumSet<T>(YamlFields f, string key, Dictionary<string, T> names)
    {
        if (!f.Has(key)) return null;
        var set = new HashSet<T>();
        foreach (var (value, node) in f.StringList(key))
        {
            if (names.TryGetValue(value, out var item)) set.Add(item);
            else f.Problem(node, EngineCodes.PackInvalidValue, $"unknown {key} '{value}' (known: {string.Join(", ", names.Keys)})");
        }
        return set;
    }

    private static (IReadOnlyList<PackRegex>, IReadOnlyList<string>, IReadOnlyList<(ClaimKind, PackRegex)>) ReadClaims(YamlFields? claims)
    {
        if (claims is null) return ([], [], []);
        var common = new List<PackRegex>();
        foreach (var (value, node) in claims.StringList("common"))
            common.Add(PackRegex.Literal(value));
        foreach (var (value, node) in claims.StringList("common_patterns"))
            if (PackRegex.Compile("^(?:" + value + ")$", claims, node) is { } regex) common.Add(regex);
        var products = claims.StringList("version_products").Select(p => p.Value).ToList();
        var patterns = new List<(ClaimKind, PackRegex)>();
        var patternNode = claims.Get("patterns");
        if (patternNode is YamlDotNet.RepresentationModel.YamlSequenceNode sequence)
        {
            foreach (var item in sequence)
            {
                if (item is not YamlDotNet.RepresentationModel.YamlMappingNode m)
                {
                    claims.Problem(item, EngineCodes.PackInvalidValue, "each claim pattern must be a mapping with 'kind' and 'regex'");
                    continue;
                }
                var pf = new YamlFields(claims.Path, m, claims.Problems);
                var kindText = pf.String("kind", required: true);
                var regexText = pf.String("regex", required: true);
                pf.ReportUnknown(["kind", "regex"]);
                if (kindText is null || regexText is null) continue;
                if (!KindNames.TryGetValue(kindText, out var kind))
                {
                    pf.Problem(pf.Get("kind"), EngineCodes.PackInvalidValue, $"unknown claim kind '{kindText}'");
                    continue;
                }
                if (PackRegex.Compile(regexText, pf, pf.Get("regex")!, ignoreCase: false) is { } regex) patterns.Add((kind, regex));
            }
        }
        else if (patternNode is not null)
        {
            claims.Problem(patternNode, EngineCodes.PackInvalidValue, "'patterns' must be a list");
        }
        claims.ReportUnknown(["common", "common_patterns", "version_products", "patterns", "first_party"]);
        return (common, products, patterns);
    }

    private static CitationConventions ReadCitations(YamlFields? citations)
    {
        var conventions = new CitationConventions();
        if (citations is null) return conventions;
        var reach = citations.String("reach");
        if (reach is not null)
        {
            if (reach.Equals("paragraph", StringComparison.OrdinalIgnoreCase)) conventions = conventions with { Reach = CitationReachKind.Paragraph };
            else if (!reach.Equals("sentence", StringComparison.OrdinalIgnoreCase))
                citations.Problem(citations.Get("reach"), EngineCodes.PackInvalidValue, $"reach must be sentence or paragraph, got '{reach}'");
        }
        var labels = citations.StringList("source_labels");
        if (labels.Count > 0) conventions = conventions with { SourceLabels = labels.Select(l => l.Value).ToList() };
        if (citations.Bool("source_line_covers_neighbour") is { } neighbour) conventions = conventions with { SourceLineCoversNeighbour = neighbour };
        if (citations.Bool("see_sentence_covers_previous") is { } see) conventions = conventions with { SeeSentenceCoversPrevious = see };
        if (citations.Bool("row_citation_covers_row") is { } row) conventions = conventions with { RowCitationCoversRow = row };
        if (citations.Bool("author_year") is { } authorYear) conventions = conventions with { AuthorYear = authorYear };
        if (citations.Bool("numbered_references") is { } numbered) conventions = conventions with { NumberedReferences = numbered };
        if (citations.Bool("titled_works") is { } titled) conventions = conventions with { TitledWorks = titled };
        citations.ReportUnknown(["reach", "source_labels", "source_line_covers_neighbour", "see_sentence_covers_previous", "row_citation_covers_row", "author_year", "numbered_references", "titled_works"]);
        return conventions;
    }
}
