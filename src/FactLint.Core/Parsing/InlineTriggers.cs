namespace FactLint.Core.Parsing;

/// <summary>
/// What a paragraph's raw text must contain for a claim detector to find anything in it: a necessary condition, declared
/// by the detector itself, as a Markdig parser declares its opening characters. The inline-parse gate asks the union of
/// the loaded detectors' triggers, so a new detector cannot be silently starved of paragraphs.
/// </summary>
public sealed record InlineTriggers
{
    /// <summary>The detector can match any text (a pack's own pattern): no paragraph may be skipped.</summary>
    public static readonly InlineTriggers AnyText = new() { MatchesAnyText = true };

    public bool MatchesAnyText { get; init; }

    /// <summary>Characters any of which may open a match (digits, quote marks).</summary>
    public string Characters { get; init; } = "";

    /// <summary>Whole ASCII words, case-insensitive, that may open a match ("twice", "third").</summary>
    public IReadOnlyList<string> Words { get; init; } = [];

    /// <summary>Pieces that open a match anywhere inside an ASCII word ("illion" in "two million").</summary>
    public IReadOnlyList<string> WordParts { get; init; } = [];

    /// <summary>
    /// Words that open a match only in a paragraph that also holds one of their companions: "three" with "games" ("three
    /// home games"), where "three" alone is far too common to open a paragraph.
    /// </summary>
    public IReadOnlyList<WordPair> WordPairs { get; init; } = [];

    /// <summary>A straight single quote with no letter or digit before it may open a match.</summary>
    public bool OpeningApostrophe { get; init; }

    /// <summary>Any non-ASCII character may open a match (curly quotes, currency signs).</summary>
    public bool NonAscii { get; init; }

    /// <summary>Every trigger of both.</summary>
    public InlineTriggers Union(InlineTriggers other) => new()
    {
        MatchesAnyText = MatchesAnyText || other.MatchesAnyText,
        Characters = new string(Characters.Union(other.Characters).ToArray()),
        Words = Words.Union(other.Words, StringComparer.OrdinalIgnoreCase).ToArray(),
        WordParts = WordParts.Union(other.WordParts, StringComparer.OrdinalIgnoreCase).ToArray(),
        WordPairs = [.. WordPairs, .. other.WordPairs],
        OpeningApostrophe = OpeningApostrophe || other.OpeningApostrophe,
        NonAscii = NonAscii || other.NonAscii,
    };
}

/// <summary>Any of <see cref="Words"/> opens a match where one of <see cref="With"/> is in the same paragraph (ASCII words, case-insensitive).</summary>
public sealed record WordPair(IReadOnlyList<string> Words, IReadOnlyList<string> With);
