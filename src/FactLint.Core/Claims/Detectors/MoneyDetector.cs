using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Vocabulary;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Amounts of money: <c>$9.73 billion</c>, <c>€40m</c>, <c>USD 12.5 million</c>, <c>300 euros</c>.</summary>
public sealed partial class MoneyDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Money;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new() { Characters = ClaimPatterns.Digits };

    private const string Symbol = "(?:" + Currencies.Symbols + "|(?:" + Currencies.Codes + @")\s?)";
    private const string CurrencyWord = "(?:" + Currencies.Words + "|" + Currencies.Codes + ")";

    // A range is one claim: "$5–10 million", "$5 to $10 million".
    [GeneratedRegex(@"(?<![\p{L}\p{N}_])" + Symbol + Number + @"(?:(?:\s?[–—-]\s?|\s+to\s+)" + Symbol + "?" + Number + @")?(?:\s?" + Scale + @")?(?![\p{L}\p{N}_]|[.,]\d)" +
        "|" + LeftBoundary + Number + @"(?:\s?" + Scale + @")?\s" + CurrencyWord + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex MoneyRegex();

    internal static Regex Pattern => MoneyRegex();

    // Every match holds a currency symbol, code or word (the regex is case-sensitive): a block with none is skipped
    // without running the regex at each of its numbers.
    private static readonly System.Buffers.SearchValues<string> CurrencyNames = System.Buffers.SearchValues.Create(Currencies.Names, StringComparison.Ordinal);

    // The other symbols are '£', '¥' and the Currency Symbols block (€ ₹ ₩ ₽ ₺ ₪): two vectorised searches, where one search
    // for the whole set has none.
    internal static bool MayHoldMoney(ReadOnlySpan<char> text) =>
        text.ContainsAny('$', '£', '¥') || text.ContainsAnyInRange('\u20A0', '\u20CF') || text.ContainsAny(CurrencyNames);

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        if (!block.HoldsDigit || !MayHoldMoney(block.Text)) return;
        // EnumerateMatches: no Match objects (the claim needs only the span).
        foreach (var m in MoneyRegex().EnumerateMatches(block.Text))
            claims.Add(Claim.At(ClaimKind.Money, block, m.Index, m.Index + m.Length));
    }
}
