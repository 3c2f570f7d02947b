using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Verification;

/// <summary>A number found in text, with its exact value (System.Decimal: no rounding) and what marks it.</summary>
/// <param name="Start">Offset of the figure in the text it was read from.</param>
/// <param name="Currency">An ISO currency code (<see cref="Currencies.Normalise"/>) or null.</param>
public sealed record Figure(decimal Value, bool Percent, string? Currency, int Start, int Length, string Text)
{
    /// <summary>The value written out in full with thousands separators (<c>9,730,000,000</c>).</summary>
    public string Expanded => Value.ToString("#,##0.############################", CultureInfo.InvariantCulture) + (Percent ? "%" : "");

    /// <summary>Does this source figure state exactly the claimed figure? Equal value, same percent-ness, no conflicting currency.</summary>
    public bool Supports(Figure claimed) =>
        Value == claimed.Value && Percent == claimed.Percent
        && (claimed.Currency is null || Currency is null || claimed.Currency == Currency);
}

/// <summary>
/// Reads figures: <c>9.73 billion</c> = <c>9,730,000,000</c> = <c>$9.73bn</c>, <c>12 percent</c> = <c>12%</c>.
/// Arithmetic is exact decimal: <c>9.7</c> is never <c>9.73</c>.
/// </summary>
public static partial class FigureReader
{
    [GeneratedRegex(
        "(?<cur>" + Currencies.Symbols + @"|\b(?:" + Currencies.Codes + @")\s?)?" +
        @"(?<![\p{L}\p{N}_.,])(?<neg>[-−–](?=\d))?" +
        @"(?<num>\d{1,3}(?:[,\u00A0\u202F\u2009]\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)" +
        @"(?![.,]?\d)" +
        @"(?:\s?(?<scale>" + Scales.Words + @")(?!\p{L})|(?<scale>" + Scales.Letters + @")(?!\p{L}))?" +
        @"(?:\s?(?<pct>%|percent(?!age)|per\s?cent)(?!\p{L}))?" +
        @"(?:\s?(?<cur2>" + Currencies.Codes + "|" + Currencies.Words + @")(?!\p{L}))?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex FigureRegex();

    public static List<Figure> Read(string text)
    {
        var result = new List<Figure>();
        foreach (Match m in FigureRegex().Matches(text))
        {
            var num = m.Groups["num"].Value.Replace(",", "").Replace("\u00A0", "").Replace("\u202F", "").Replace("\u2009", "");
            if (!decimal.TryParse(num, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value)) continue;
            try
            {
                value *= Scales.Multiplier(m.Groups["scale"].Value);
            }
            catch (OverflowException) { continue; }
            if (m.Groups["neg"].Success) value = -value;
            string? currency = Currencies.Normalise(m.Groups["cur"].Value) ?? Currencies.Normalise(m.Groups["cur2"].Value);
            int start = m.Groups["cur"].Success ? m.Groups["cur"].Index : (m.Groups["neg"].Success ? m.Groups["neg"].Index : m.Groups["num"].Index);
            int end = m.Index + m.Length;
            result.Add(new Figure(value, m.Groups["pct"].Success, currency, start, end - start, text[start..end].TrimEnd()));
        }
        return result;
    }
}
