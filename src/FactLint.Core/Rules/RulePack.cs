using System.Text.RegularExpressions;
using FactLint.Core.Citations;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Rules;

/// <summary>A loaded rule pack: its rules and the conventions they share.</summary>
public sealed class RulePack
{
    public required string Name { get; init; }
    public required string Directory { get; init; }
    public string Description { get; init; } = "";
    public required IReadOnlyList<Rule> Rules { get; init; }

    /// <summary>Claim texts the pack treats as common knowledge (matched case-insensitively against the whole claim).</summary>
    public IReadOnlyList<PackRegex> CommonClaims { get; init; } = [];

    /// <summary>Extra product names after which a number is a version (<c>Markdig 0.31</c>).</summary>
    public IReadOnlyList<string> VersionProducts { get; init; } = [];

    /// <summary>Extra claim patterns, by kind.</summary>
    public IReadOnlyList<(Documents.ClaimKind Kind, PackRegex Regex)> ClaimPatterns { get; init; } = [];

    public CitationConventions Citations { get; init; } = new();
}
