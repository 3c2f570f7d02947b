using FactLint.Core.Text;

namespace FactLint.Core.Claims.Need;

/// <summary>Words a pack adds to the claim-need vocabulary (pack.yaml, <c>claims: first_party:</c>).</summary>
public sealed record NeedWords
{
    /// <summary>Headings of sections whose figures the project defines: Install, Usage, Options, API.</summary>
    public IReadOnlyList<string> SectionHeadings { get; init; } = [];

    /// <summary>Headings (and file names) of the project's release history: Changelog, Release notes, NEWS.</summary>
    public IReadOnlyList<string> ChangelogHeadings { get; init; } = [];

    /// <summary>Words that make a sentence a requirement or compatibility statement: requires, or later, supports.</summary>
    public IReadOnlyList<string> RequirementWords { get; init; } = [];

    /// <summary>Words that make a sentence define a setting, default or limit: default, maximum, can vary from.</summary>
    public IReadOnlyList<string> SettingWords { get; init; } = [];

    /// <summary>Names of the documented project; a sentence about it ("Acme stores 4 copies") states its own facts.</summary>
    public IReadOnlyList<string> ProjectNames { get; init; } = [];

    public bool IsEmpty => SectionHeadings.Count + ChangelogHeadings.Count + RequirementWords.Count + SettingWords.Count + ProjectNames.Count == 0;
}

/// <summary>
/// The words the claim-need stage reads: the built-in lists plus every pack's <see cref="NeedWords"/>. Matching is
/// case-insensitive and starts at a word boundary, so a stem ("requir") finds "requires" and "required".
/// </summary>
public sealed class NeedVocabulary
{
    public static readonly NeedWords BuiltIn = new()
    {
        SectionHeadings =
        [
            "install", "installation", "installing", "requirements", "prerequisites", "dependencies", "usage", "how to use",
            "getting started", "quick start", "quickstart", "configuration", "configuring", "config", "options", "settings",
            "api", "cli", "command line", "command-line", "parameters", "arguments", "methods", "properties", "flags",
            "environment variables", "reference", "examples", "example", "faq", "compatibility", "supported", "support",
            "building", "build", "compiling", "testing", "tests", "contributing", "development", "setup", "upgrading",
            "migration", "migrating", "troubleshooting", "limits", "limitations", "encoding", "decoding", "format",
        ],
        ChangelogHeadings =
        [
            "changelog", "change log", "changes", "release notes", "releases", "release history", "version history",
            "what's new", "whats new", "news", "history", "breaking changes", "deprecations", "new features", "bug fixes",
            "lts", "support policy", "end of life",
        ],
        RequirementWords =
        [
            "requir", "or later", "or higher", "or newer", "or above", "or greater", "and later", "and above", "and newer",
            "at least", "minimum", "support", "compatib", "tested in", "tested on", "tested with", "works with", "works on",
            "runs on", "run on", "needs", "depends on", "deprecat", "removed in", "added in", "introduced in", "available in",
            "available from", "upgrad", "migrat", "changed between", "changed in", "was changed", "built with",
        ],
        SettingWords =
        [
            "default", "set to", "sets the", "setting", "configur", "option", "flag", "maximum", "minimum", "max ", "min ",
            "limit", "range", "can vary", "varies from", "between", "up to", "at most", "must be", "should be", "can be",
            "is stored", "are stored", "stored in", "level", "timeout", "port", "buffer", "block", "chunk", "threshold",
            "enabled", "disabled", "allowed", "accepts", "returns", "argument", "parameter",
        ],
        ProjectNames = [],
    };

    // A request to make something up ("Q: Create a basic budget …"): the answer's figures are invented.
    internal static readonly string[] RequestVerbs = ["create", "design", "make", "draft", "plan", "prepare", "build", "devise", "invent", "compose"];
    internal static readonly string[] InventedThings = ["budget", "plan", "schedule", "example", "sample", "template", "itinerary", "menu", "scenario", "mock", "hypothetical"];

    public NeedVocabulary(IEnumerable<NeedWords> words)
    {
        var all = words.ToList();
        _headings = new PhraseSet(NonBlank(all.SelectMany(w => w.ChangelogHeadings)).Select(p => (p, ChangelogHeading))
            .Concat(NonBlank(all.SelectMany(w => w.SectionHeadings)).Select(p => (p, SectionHeading))));
        _cues = new PhraseSet(NeedCues.All.SelectMany(c => c.Phrases.Select(p => (p, (uint)c.Cue)))
            .Concat(NonBlank(all.SelectMany(w => w.RequirementWords)).Select(p => (p, (uint)Cue.RequirementWord)))
            .Concat(NonBlank(all.SelectMany(w => w.SettingWords)).Select(p => (p, (uint)Cue.SettingWord)))
            .Concat(NonBlank(all.SelectMany(w => w.ProjectNames)).Select(p => (p, (uint)Cue.ProjectName))));
    }

    // Every cue phrase and vocabulary word in one set: a claim's sentence is walked once for all of them.
    private readonly PhraseSet _cues;

    /// <summary>The cues and vocabulary words a sentence holds at word starts.</summary>
    internal Cue CuesOf(ReadOnlySpan<char> sentence) => (Cue)_cues.FlagsAtWordStarts(sentence);

    /// <summary>The built-in vocabulary alone.</summary>
    public static NeedVocabulary Default { get; } = new([BuiltIn]);

    /// <summary>The built-in vocabulary extended by packs' words.</summary>
    public static NeedVocabulary With(IEnumerable<NeedWords> packWords)
    {
        var extra = packWords.Where(w => !w.IsEmpty).ToList();
        return extra.Count == 0 ? Default : new NeedVocabulary([BuiltIn, .. extra]);
    }

    internal const uint ChangelogHeading = 1, SectionHeading = 2;

    // Changelog and defining-section heading words in one set: a heading is walked once for both.
    private readonly PhraseSet _headings;

    /// <summary><see cref="ChangelogHeading"/> and <see cref="SectionHeading"/>, for the words a heading holds.</summary>
    internal uint HeadingKinds(ReadOnlySpan<char> heading) => _headings.FlagsAtWordStarts(heading);

    // PhraseSet matches case-insensitively and merges repeats; a blank word would match at every word start.
    private static IEnumerable<string> NonBlank(IEnumerable<string> words) => words.Where(w => w.Trim().Length > 0);

}
