using FactLint.Core.Text;
using FactLint.Core.Documents;

namespace FactLint.Core.Claims.Need;

/// <summary>What a claim's sentence holds, from one walk over it (<see cref="NeedVocabulary.CuesOf"/>).</summary>
[Flags]
internal enum Cue : uint
{
    None = 0,
    Hypothetical = 1 << 0,
    Adoption = 1 << 1,
    Comparison = 1 << 2,
    Measurement = 1 << 3,
    MeasuredSize = 1 << 4,
    Release = 1 << 5,
    OwnProject = 1 << 6,
    RequirementWord = 1 << 7,
    SettingWord = 1 << 8,
    ProjectName = 1 << 9,
    ProjectActivity = 1 << 10,
}

/// <summary>
/// The cues the claim-need rules read in a claim's sentence. Each is a list of phrases matched case-insensitively at a
/// word start (<see cref="PhraseSet"/>); the vocabulary's own lists join them in <see cref="NeedVocabulary.CuesOf"/>.
/// </summary>
internal static class NeedCues
{
    // "if you earn $50,000", "suppose you bought 100 shares": the figures are the example's, not the world's.
    private static readonly string[] Hypothetical = [
        "if you", "if your", "suppose", "supposing", "assume you", "assuming you", "let's say", "let us say", "say you",
        "imagine", "hypothetical", "for a hypothetical", "in this example", "in the example", "using the previous example"];

    // Adoption figures are about the world: "downloaded 1.2 million times", "used by 1,000 companies".
    private static readonly string[] Adoption = [
        "download", "installs", "used by", "companies", "dependents", "depended upon", "stars", "per week", "a week",
        "weekly", "per month", "a month", "monthly", "in production at"];

    // Benchmarks and comparisons with other products: "2 times faster than chalk", "30k req/s".
    private static readonly string[] Comparison = [
        "faster", "slower", "times smaller", "times larger", "smaller than", "larger than", "bigger than", "lighter than",
        "compared", "comparison", "benchmark", "vs ", "vs.", "versus", "outperform", "beats", "req/s", "requests per second",
        "ops/sec", "ops/s", "operations per second", "throughput", "latency"];

    // A measurement, even of the project itself: "averages a 3.81:1 ratio", "18 ms at the median", "95 ms at p99".
    private static readonly string[] Measurement = [
        "average", "averages", "on average", "median", "p50", "p90", "p95", "p99", "percentile", "ratio", "measured", "in production"];

    // A measured size of the documented software: "118 bytes (minified and brotlied)", "~570 SLOC", "< 2KB gzipped".
    private static readonly string[] MeasuredSize = [
        "minified", "gzip", "brotli", "min+gz", "bundle size", "install size", "footprint", "sloc", "lines of code", "in size"];

    // Words that, right before a size, make it a measurement: "under 12kB", "only 2 KB", "~4 MB" (not "only if … 3 bytes").
    private static readonly string[] Approximations = ["under", "less than", "only", "just", "about", "around", "roughly", "approximately", "below", "~", "<"];

    /// <summary>
    /// Whether the words right before the claim approximate it: "under 12kB", "&lt; 2KB". A need stated roughly is a
    /// requirement, not a measurement: "needs about 2 GB of free RAM" is not approximated in this sense.
    /// </summary>
    public static bool FollowsApproximation(Claim claim)
    {
        var before = claim.Block.Text.AsSpan(0, Math.Clamp(claim.Start, 0, claim.Block.Text.Length)).TrimEnd();
        bool approximated = claim.Text.StartsWith('~');
        foreach (var word in Approximations)
            if (WholeWords.EndsWith(before, word)) { before = before[..^word.Length].TrimEnd(); approximated = true; break; }
        if (!approximated) return false;
        foreach (var verb in NeedVerbs)
            if (WholeWords.EndsWith(before, verb)) return false;
        return true;
    }

    private static readonly string[] NeedVerbs = ["need", "needs", "needed", "require", "requires", "required", "requiring"];

    private static readonly string[] Release = ["released", "release date", "was published", "shipped"];

    // "we", "our", "this library": the document's own project speaks.
    private static readonly string[] OwnProject = [
        "we ", "we'", "our ", "this project", "this library", "this package", "this module", "this tool", "this plugin",
        "this crate", "this gem", "this extension", "this app", "this release", "this version"];

    // The project's own bookkeeping in a release note: "374 commits, 165 of which are test or benchmark related".
    private static readonly string[] ProjectActivity = ["commits", "committers", "contributors", "pull requests"];

    /// <summary>Each cue with its phrases.</summary>
    public static readonly (Cue Cue, string[] Phrases)[] All =
    [
        (Cue.Hypothetical, Hypothetical), (Cue.Adoption, Adoption), (Cue.Comparison, Comparison), (Cue.Measurement, Measurement),
        (Cue.MeasuredSize, MeasuredSize), (Cue.Release, Release), (Cue.OwnProject, OwnProject),
        (Cue.ProjectActivity, ProjectActivity),
    ];

    /// <summary>A worked calculation: "$40,000 / 12 = $3,333", "Income - Expenses = $1,033".</summary>
    public static bool IsCalculation(ReadOnlySpan<char> sentence)
    {
        int equals = sentence.IndexOf(" = ");
        if (equals < 0) return false;
        foreach (var op in (ReadOnlySpan<string>)[" + ", " - ", " / ", " * ", " × ", " x "])
            if (sentence.Contains(op, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>A version number standing as a bare figure: "12.17", "0.5", "1.0.2".</summary>
    public static bool IsDottedVersion(ReadOnlySpan<char> claim)
    {
        claim = claim.Trim();
        if (claim.StartsWith("v") || claim.StartsWith("V")) claim = claim[1..];
        int dots = 0;
        for (int i = 0; i < claim.Length; i++)
        {
            if (claim[i] == '.' && i > 0 && i < claim.Length - 1 && char.IsAsciiDigit(claim[i - 1])) dots++;
            else if (!char.IsAsciiDigit(claim[i])) return false;
        }
        return dots > 0;
    }

    /// <summary>A size in storage units: "12kB", "2 GB", "118 bytes".</summary>
    public static bool IsStorageSize(ReadOnlySpan<char> claim) =>
        UnitAtEnd(claim.TrimEnd(), ["kb", "mb", "gb", "tb", "kib", "mib", "gib", "bytes", "byte"]) > 0;

    /// <summary>
    /// A span of minutes to months, "15 minutes", "48 hours", "a 6-month", "14 days": in docs, how long a procedure or a
    /// policy takes. Seconds and shorter are left out (a speed of the software is measured), and so are years (history).
    /// </summary>
    public static bool IsProcedureDuration(ReadOnlySpan<char> claim)
    {
        claim = claim.Trim();
        int unit = UnitAtEnd(claim, ["minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "month", "months"]);
        return unit > 0 && claim.Length > unit && claim[^(unit + 1)] is ' ' or '-' or '\u00A0' && IsAmount(claim[..^(unit + 1)].TrimEnd());
    }

    // The length of the unit the claim ends with (case ignored), or 0. No unit of a list ends another one of it.
    private static int UnitAtEnd(ReadOnlySpan<char> claim, ReadOnlySpan<string> units)
    {
        foreach (var unit in units)
            if (claim.EndsWith(unit, StringComparison.OrdinalIgnoreCase)) return unit.Length;
        return 0;
    }

    // Only the amount may stand before the unit: "48", "1.5", "two", "twenty-four", not "4.2 million requests per" (a rate).
    private static bool IsAmount(ReadOnlySpan<char> amount)
    {
        if (amount.IsEmpty) return false;
        foreach (char c in amount)
            if (!(char.IsAsciiDigit(c) || c is ',' or '.') && !(char.IsAsciiLetter(c) || c == '-')) return false;
        return char.IsAsciiDigit(amount[0]) ? !amount.ContainsAnyInRange('A', 'z') : !amount.ContainsAnyInRange('0', '9');
    }

    /// <summary>A count spelled in words, "two workers", "a five-man team" (not "nine million people", a spelled figure).</summary>
    public static bool IsCountInWords(ReadOnlySpan<char> claim) =>
        claim.Length > 0 && char.IsLetter(claim[0]) && !claim.ContainsAnyInRange('0', '9')
        && !claim.Contains("illion", StringComparison.OrdinalIgnoreCase) && !claim.Contains("housand", StringComparison.OrdinalIgnoreCase)
        && !claim.Contains("undred", StringComparison.OrdinalIgnoreCase);

    /// <summary>A width or layout in bits and bytes: "32 bit", "17 - 24 bits", "3 bytes".</summary>
    public static bool IsBitWidth(ReadOnlySpan<char> claim) => UnitAtEnd(claim.TrimEnd(), [" bit", "-bit", " bits", " byte", " bytes"]) > 0;
}
