namespace FactLint.Core.Vocabulary;

/// <summary>
/// The currencies FactLint knows, for both detection (is this money?) and verification (is it the same money?): one list,
/// so a currency that is detected can also be verified.
/// </summary>
public static class Currencies
{
    /// <summary>Regex alternatives for currency signs, longest first.</summary>
    public const string Symbols = @"US\$|A\$|C\$|NZ\$|HK\$|R\$|[$€£¥₹₩₽₺₪]";

    /// <summary>Regex alternatives for ISO-style codes (case-sensitive).</summary>
    public const string Codes = "USD|EUR|GBP|JPY|CHF|CAD|AUD|CNY|RMB|INR|SEK|NOK|DKK|PLN|BRL";

    /// <summary>Regex alternatives for currency words after an amount.</summary>
    public const string Words = @"dollars?|euros?|pounds(?:\s+sterling)?|yen|yuan|francs?|rupees?";

    /// <summary>The codes, and a stem of every word: a text with none of them (and no sign) holds no money.</summary>
    public static readonly string[] Names = [.. Codes.Split('|'), "dollar", "euro", "pound", "yen", "yuan", "franc", "rupee"];

    /// <summary>The ISO code a sign, code or word stands for; null where it is ambiguous (francs) or unknown.</summary>
    public static string? Normalise(string text)
    {
        string t = text.Trim();
        if (t.StartsWith("pounds", StringComparison.Ordinal)) return "GBP";
        return t switch
        {
            "$" or "US$" or "dollar" or "dollars" => "USD",
            "A$" => "AUD",
            "C$" => "CAD",
            "NZ$" => "NZD",
            "HK$" => "HKD",
            "R$" => "BRL",
            "€" or "euro" or "euros" => "EUR",
            "£" => "GBP",
            "¥" or "yen" => "JPY",
            "₹" or "rupee" or "rupees" => "INR",
            "₩" => "KRW",
            "₽" => "RUB",
            "₺" => "TRY",
            "₪" => "ILS",
            "yuan" or "RMB" => "CNY",
            _ when t.Length == 3 && Codes.Split('|').Contains(t) => t,
            _ => null,
        };
    }
}
