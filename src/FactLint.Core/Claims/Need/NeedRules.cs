using FactLint.Core.Config;
using FactLint.Core.Documents;

namespace FactLint.Core.Claims.Need;

/// <summary>What a need rule sees of one claim: the claim, its sentence, its section, the file's profile and the words.</summary>
internal readonly ref struct NeedContext(Claim claim, ReadOnlySpan<char> sentence, SectionFacts section, ClaimProfile profile, NeedVocabulary words, Cue cues)
{
    public Claim Claim { get; } = claim;
    public ReadOnlySpan<char> Sentence { get; } = sentence;
    public SectionFacts Section { get; } = section;
    public ClaimProfile Profile { get; } = profile;
    public NeedVocabulary Words { get; } = words;
    public ClaimKind Kind => Claim.Kind;
    public bool Docs => Profile == ClaimProfile.Docs;

    /// <summary>The cue phrases and vocabulary words in the sentence, found in one walk.</summary>
    public Cue Cues { get; } = cues;

    public bool Has(Cue cue) => (Cues & cue) != 0;
}

/// <summary>One named decision: a verdict for the claim, or null to let the next rule decide.</summary>
internal delegate ClaimNeed? NeedRule(in NeedContext context);

/// <summary>
/// The claim-need rules, in the order they are asked; the first verdict wins. Examples come first (an invented budget is
/// nobody's fact), then versions (a name, even in a benchmark sentence), then what is about the world (benchmarks,
/// adoption, money, statistics, quotes), then the project's own facts.
/// </summary>
internal static class NeedRules
{
    public static readonly (string Name, NeedRule Rule)[] All =
    [
        ("example", Example),
        ("version-identifier", VersionIdentifier),
        ("release-activity", ReleaseActivity),
        ("unattributed-quote", UnattributedQuote),
        ("world-fact", WorldFact),
        ("release-history", ReleaseHistory),
        ("requirement", Requirement),
        ("setting-or-limit", SettingOrLimit),
        ("byte-layout", ByteLayout),
        ("procedure-duration", ProcedureDuration),
        ("count-in-words", CountInWords),
        ("reference-section", ReferenceSection),
        ("own-project", OwnProject),
    ];

    public const string NoContext = "claim: no first-party context";

    /// <summary>Hypotheticals, worked calculations and answers to "create a budget": the figures are the example's.</summary>
    public static ClaimNeed? Example(in NeedContext c)
    {
        if (c.Kind == ClaimKind.Quote) return null;
        if (c.Section.InventedAnswer) return ClaimNeed.NotNeeded("example/hypothetical: invented on request");
        if (c.Has(Cue.Hypothetical)) return ClaimNeed.NotNeeded("example/hypothetical");
        if (NeedCues.IsCalculation(c.Sentence)) return ClaimNeed.NotNeeded("example/hypothetical: calculation");
        return null;
    }

    /// <summary>Figures that compare with or count the outside world stay claims in every profile.</summary>
    public static ClaimNeed? WorldFact(in NeedContext c)
    {
        switch (c.Kind)
        {
            case ClaimKind.Money: return ClaimNeed.Needed("world fact: money");
            case ClaimKind.Percentage: return ClaimNeed.Needed("world fact: percentage");
            case ClaimKind.Statistic: return ClaimNeed.Needed("world fact: statistic");
            case ClaimKind.Quote: return ClaimNeed.Needed("world fact: quote");
        }
        if (c.Has(Cue.Comparison)) return ClaimNeed.Needed("world fact: benchmark or comparison");
        // Adoption counts users and downloads; a size or a span of time is never one ("the first run downloads 191 MB",
        // "about 4 weeks before the release, then weekly").
        if (c.Has(Cue.Adoption) && !NeedCues.IsStorageSize(c.Claim.Text) && !NeedCues.IsProcedureDuration(c.Claim.Text))
            return ClaimNeed.Needed("world fact: adoption figure");
        if (c.Has(Cue.Measurement)) return ClaimNeed.Needed("world fact: measurement");
        if (c.Kind == ClaimKind.Number && (c.Has(Cue.MeasuredSize)
            || NeedCues.IsStorageSize(c.Claim.Text) && NeedCues.FollowsApproximation(c.Claim)))
            return ClaimNeed.Needed("world fact: measured size");
        return null;
    }

    /// <summary>Versions name releases; in prose only a version requirement ("requires Python 3.11+") is first-party.</summary>
    public static ClaimNeed? VersionIdentifier(in NeedContext c)
    {
        bool version = c.Kind == ClaimKind.Version || c.Kind == ClaimKind.Number && NeedCues.IsDottedVersion(c.Claim.Text);
        if (!version) return null;
        if (c.Docs) return ClaimNeed.NotNeeded("first-party: version identifier");
        return c.Has(Cue.RequirementWord) ? ClaimNeed.NotNeeded("first-party: version requirement") : null;
    }

    /// <summary>The project's own changelog, NEWS or release sentence: it is the authority on its release history.</summary>
    public static ClaimNeed? ReleaseHistory(in NeedContext c)
    {
        if (!c.Docs || c.Kind is not (ClaimKind.Date or ClaimKind.Number)) return null;
        if (c.Section.Changelog)
            return ClaimNeed.NotNeeded(c.Kind == ClaimKind.Date ? "first-party: changelog release date" : "first-party: release history");
        if (c.Kind == ClaimKind.Date && c.Has(Cue.Release)) return ClaimNeed.NotNeeded("first-party: release date");
        return null;
    }

    /// <summary>
    /// Commit and contributor counts in the project's release notes, even where the sentence names benchmarks ("165 which
    /// are test or benchmark related"): its own bookkeeping, asked before the world-fact cues.
    /// </summary>
    public static ClaimNeed? ReleaseActivity(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Number && c.Section.Changelog && c.Has(Cue.ProjectActivity)
            ? ClaimNeed.NotNeeded("first-party: release history") : null;

    /// <summary>
    /// Quoted words nobody is said to have said, outside a block quote, are the software's own in docs: a component or
    /// option name, a message, a tagline, a sentence of its own reference ("Visual C++ compilers and libraries for ARM64").
    /// Attributed quotes and quoted speeches stay world facts.
    /// </summary>
    public static ClaimNeed? UnattributedQuote(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Quote && c.Claim.Attribution is null && !c.Claim.Block.InBlockQuote
            ? ClaimNeed.NotNeeded("first-party: unattributed quoted text") : null;

    /// <summary>Requirements and compatibility: "needs 2 GB of RAM", "support for ECMAScript from 2015".</summary>
    public static ClaimNeed? Requirement(in NeedContext c) =>
        c.Docs && c.Kind is ClaimKind.Number or ClaimKind.Date && c.Has(Cue.RequirementWord)
            ? ClaimNeed.NotNeeded("first-party: requirement") : null;

    /// <summary>Settings, defaults, limits and ranges of the documented software: "block_size can vary from 8 to 64".</summary>
    public static ClaimNeed? SettingOrLimit(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Number && c.Has(Cue.SettingWord)
            ? ClaimNeed.NotNeeded("first-party: setting or limit") : null;

    /// <summary>Widths and byte layouts: "an array of 32 bit integers", "17 - 24 bits | 3 bytes".</summary>
    public static ClaimNeed? ByteLayout(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Number && NeedCues.IsBitWidth(c.Claim.Text) ? ClaimNeed.NotNeeded("first-party: byte layout") : null;

    /// <summary>How long the project's procedures and policies take: "This guide takes about 15 minutes", "allow 48 hours for input".</summary>
    public static ClaimNeed? ProcedureDuration(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Number && NeedCues.IsProcedureDuration(c.Claim.Text)
            ? ClaimNeed.NotNeeded("first-party: procedure or policy duration") : null;

    /// <summary>
    /// A small count written as words in software docs counts the project's own things ("two workers", "three packages");
    /// asked after the world-fact cues, so "used by two companies" stays a claim.
    /// </summary>
    public static ClaimNeed? CountInWords(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Number && NeedCues.IsCountInWords(c.Claim.Text)
            ? ClaimNeed.NotNeeded("first-party: count in words") : null;

    /// <summary>Under Install, Usage, Options, API … the figures are the ones the project defines.</summary>
    public static ClaimNeed? ReferenceSection(in NeedContext c) =>
        c.Docs && c.Kind is ClaimKind.Number or ClaimKind.Date && c.Section.Defining
            ? ClaimNeed.NotNeeded("first-party: reference section") : null;

    /// <summary>"We", "our", "this library" or the project's name as the subject: the project's own facts.</summary>
    public static ClaimNeed? OwnProject(in NeedContext c) =>
        c.Docs && c.Kind == ClaimKind.Number
        && (c.Has(Cue.OwnProject) || c.Has(Cue.ProjectName))
            ? ClaimNeed.NotNeeded("first-party: own project") : null;
}
