namespace FactLint.Core.Vocabulary;

/// <summary>Scale words and letters after a number (<c>9.73 billion</c>, <c>$40m</c>), for detection and verification alike.</summary>
public static class Scales
{
    /// <summary>Regex alternatives for scale words.</summary>
    public const string Words = "thousand|million|billion|trillion|bn|mn|tn";

    /// <summary>A scale letter glued to the number (<c>40m</c>, <c>3.2K</c>).</summary>
    public const string Letters = "[kKmMbB]";

    /// <summary>What a scale word or letter multiplies by; 1 for none.</summary>
    public static decimal Multiplier(string scale) => scale switch
    {
        "thousand" or "k" or "K" => 1_000m,
        "million" or "mn" or "m" or "M" => 1_000_000m,
        "billion" or "bn" or "b" or "B" => 1_000_000_000m,
        "trillion" or "tn" => 1_000_000_000_000m,
        _ => 1m,
    };
}
