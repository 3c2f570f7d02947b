namespace FactLint.Core.Vocabulary;

/// <summary>
/// Numbers written as words, for the detectors that read them: each list once, as a regex alternation (for generated
/// patterns, which need constants) and as the words themselves.
/// </summary>
public static class NumberWords
{
    /// <summary>Regex alternatives "two" to "nine": the ones that count more than one thing ("threefold", "two games").</summary>
    public const string TwoToNinePattern = "two|three|four|five|six|seven|eight|nine";

    /// <summary>Regex alternatives "one" to "nine".</summary>
    public const string OnesPattern = "one|" + TwoToNinePattern;

    /// <summary>Regex alternatives "ten" to "nineteen".</summary>
    public const string TeensPattern = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen";

    /// <summary>Regex alternatives "twenty" to "ninety".</summary>
    public const string TensPattern = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

    public static readonly IReadOnlyList<string> Ones = OnesPattern.Split('|');
    public static readonly IReadOnlyList<string> Teens = TeensPattern.Split('|');
    public static readonly IReadOnlyList<string> Tens = TensPattern.Split('|');
}
