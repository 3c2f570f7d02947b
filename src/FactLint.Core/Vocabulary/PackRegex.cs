using System.Text.RegularExpressions;
using FactLint.Core.Diagnostics;
using FactLint.Core.Yaml;

namespace FactLint.Core.Vocabulary;

/// <summary>
/// A regular expression from a rule pack. Compiled once at load. Runs on the non-backtracking engine when the
/// pattern allows it (no catastrophic backtracking possible); otherwise with a match timeout.
/// </summary>
public sealed class PackRegex
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMilliseconds(200);

    private PackRegex(string pattern, Regex regex, int? literalLength = null)
    {
        Pattern = pattern;
        Regex = regex;
        LiteralLength = literalLength;
    }

    public string Pattern { get; }
    public Regex Regex { get; }

    /// <summary>For a <see cref="Literal"/>: the only input length it can match (regex case folding maps one char to one char).</summary>
    public int? LiteralLength { get; }

    /// <summary>True when the whole of <paramref name="input"/> matches; a literal of another length is not run.</summary>
    public bool IsWholeMatch(ReadOnlySpan<char> input) => (LiteralLength is not int length || length == input.Length) && Regex.IsMatch(input);

    public static PackRegex? Compile(string pattern, YamlFields fields, YamlDotNet.RepresentationModel.YamlNode node, bool ignoreCase = true)
    {
        var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
        try
        {
            try
            {
                return new PackRegex(pattern, new Regex(pattern, options | RegexOptions.NonBacktracking, DefaultTimeout));
            }
            catch (NotSupportedException)
            {
                // Lookarounds and backreferences need the backtracking engine; the timeout bounds it.
                return new PackRegex(pattern, new Regex(pattern, options, DefaultTimeout));
            }
        }
        catch (ArgumentException e)
        {
            fields.Problem(node, EngineCodes.PackInvalidRegex, $"invalid regular expression '{pattern}': {e.Message}");
            return null;
        }
    }

    public static PackRegex Literal(string text)
    {
        var pattern = "^" + Regex.Escape(text) + "$";
        const RegexOptions options = RegexOptions.CultureInvariant | RegexOptions.IgnoreCase;
        try
        {
            return new(Regex.Escape(text), new Regex(pattern, options | RegexOptions.NonBacktracking), text.Length);
        }
        catch (NotSupportedException)
        {
            // A long literal can exceed the non-backtracking engine's automaton limit (10,000 nodes); a literal cannot
            // backtrack catastrophically, so the ordinary engine (with the usual timeout) is safe.
            return new(Regex.Escape(text), new Regex(pattern, options, DefaultTimeout), text.Length);
        }
    }
}

/// <summary>A pack regex ran past its timeout on some text.</summary>
public sealed class PackRegexTimeoutException(string ruleCode, string pattern, Exception inner)
    : Exception($"rule {ruleCode}: regular expression '{pattern}' timed out", inner)
{
    public string RuleCode { get; } = ruleCode;
    public string Pattern { get; } = pattern;
}
