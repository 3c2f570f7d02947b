using FactLint.Core.Diagnostics;
using FactLint.Core.Documents;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Rules;

/// <summary>One rule from a pack: the fields every check type shares, and its check.</summary>
public sealed class Rule
{
    public required string Code { get; init; }
    public required string Name { get; init; }
    public required string Extends { get; init; }
    public required Severity Level { get; init; }
    public required string Message { get; init; }
    public string? Link { get; init; }
    public string Description { get; init; } = "";
    public bool Enabled { get; init; } = true;

    /// <summary>The blocks the rule looks at.</summary>
    public required IReadOnlySet<ProseBlockKind> Scope { get; init; }

    /// <summary>The claim kinds the rule covers; empty means all.</summary>
    public required IReadOnlySet<ClaimKind> Kinds { get; init; }

    /// <summary>Claims whose text matches one of these are not reported by this rule.</summary>
    public IReadOnlyList<PackRegex> Exceptions { get; init; } = [];

    public required ICheck Check { get; init; }
    public required string PackName { get; init; }
    public required string FilePath { get; init; }

    public bool Covers(Claim claim) =>
        Scope.Contains(claim.Block.Kind)
        && (Kinds.Count == 0 || Kinds.Contains(claim.Kind))
        && !IsException(claim.Text);

    public bool IsException(string text)
    {
        foreach (var exception in Exceptions)
        {
            try
            {
                if (exception.Regex.IsMatch(text)) return true;
            }
            catch (System.Text.RegularExpressions.RegexMatchTimeoutException e)
            {
                throw new PackRegexTimeoutException(Code, exception.Pattern, e);
            }
        }
        return false;
    }

    /// <summary>Fills <c>{claim}</c>, <c>{kind}</c> and any other named value into the message.</summary>
    public string FormatMessage(IReadOnlyDictionary<string, string> values)
    {
        var text = Message;
        if (!text.Contains('{')) return text;
        // A Dictionary is enumerated through its struct enumerator (the interface boxes one for every finding).
        if (values is Dictionary<string, string> dictionary)
            foreach (var (key, value) in dictionary) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        else
            foreach (var (key, value) in values) text = text.Replace("{" + key + "}", value, StringComparison.Ordinal);
        return text;
    }

    public static readonly IReadOnlySet<ProseBlockKind> DefaultScope = new HashSet<ProseBlockKind>
    {
        ProseBlockKind.Paragraph, ProseBlockKind.ListItem, ProseBlockKind.TableCell, ProseBlockKind.BlockQuote,
    };
}
