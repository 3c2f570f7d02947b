using System.Text.RegularExpressions;
using FactLint.Core.Markdown;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Verbatim quotes: <c>"…," said X</c>, <c>According to X, "…"</c>, unattributed quoted sentences, and block quotes.
/// Short quoted terms (scare quotes, names of things) are not claims.
/// </summary>
public sealed partial class QuoteDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Quote;

    /// <summary>Fewest words in an attributed quote.</summary>
    public int MinWordsAttributed { get; init; } = 3;

    /// <summary>Fewest words in a quote nobody is said to have said.</summary>
    public int MinWordsUnattributed { get; init; } = 6;

    private const string Name = @"(?<who>(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|de|van|von|der|la))*)";
    private const string Verb = @"(?:said|says|wrote|writes|told\s+\w+|explained|explains|noted|notes|added|adds|stated|states|claimed|claims|argued|argues|remarked|recalled|insisted|warned|announced|tweeted|posted|replied|answered|put\s+it)";

    [GeneratedRegex(@"\G\s*[,:]?\s*(?:" + Verb + @"\s+" + Name + "|" + Name + @"\s+" + Verb + @")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AttributionAfter();

    [GeneratedRegex(@"(?:(?:[Aa]ccording\s+to|[Aa]s)\s+" + Name + @"(?:\s+" + Verb + @")?|" + Name + @"\s+" + Verb + @"(?:\s+that)?)\s*[,:]?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AttributionBefore();

    // "— Jane Doe" closing a block quote.
    [GeneratedRegex(@"\s*(?:—|–|--|~)\s*(?<who>[^\n—–]{2,80})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BlockQuoteSignature();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        int found = claims.Count;
        foreach (var (start, end) in QuotedSpans(text))
        {
            // One token with no white space ("https://registry.example.com/npm/path", "foo-bar.baz") is a name, not words.
            if (!HasWhiteSpace(text.AsSpan(start, end - start).Trim())) continue;
            int words = CountWords(text.AsSpan(start, end - start));
            string? who = AttributionOf(text, start, end);
            if (words < (who is null && !block.InBlockQuote ? MinWordsUnattributed : MinWordsAttributed)) continue;
            // Unattributed quoted text holding inline code is an error message or UI string, not someone's words.
            if (who is null && text.AsSpan(start, end - start).Contains(ProsePlaceholder.Opaque)) continue;
            var (s, e) = Trim(text, start, end);
            claims.Add(new Claim(ClaimKind.Quote, block, s, e, text[s..e], who));
        }

        // A block quote without inner quotation marks is itself the quote (GitHub alerts such as [!NOTE] are not, nor are
        // call-outs such as "> **Note:** …" or Node.js's "> Stability: 1 - Experimental").
        // List items in a block quote are quoted steps or notes (an algorithm, a changelog), not someone's words.
        if (block.InBlockQuote && block.Kind != ProseBlockKind.ListItem && claims.Count == found
            && !text.TrimStart().StartsWith("[!", StringComparison.Ordinal) && !IsCallout(text))
        {
            int end = text.Length;
            string? who = null;
            var signature = BlockQuoteSignature().Match(text);
            if (signature.Success && signature.Index > 0)
            {
                who = signature.Groups["who"].Value.Trim();
                end = signature.Index;
            }
            var (s, e) = Trim(text, 0, end);
            if (e > s && CountWords(text.AsSpan(s, e - s)) >= MinWordsUnattributed)
                claims.Add(new Claim(ClaimKind.Quote, block, s, e, text[s..e], who));
        }
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalloutLabels = new HashSet<string>(
        ["Note", "Notes", "NB", "Tip", "Hint", "Info", "Important", "Warning", "Caution", "Danger", "Attention", "Deprecated", "Stability"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the text opens with a call-out label and a colon ("Note:", "WARNING :", "⚠️ Warning:", ":warning: Note:").</summary>
    internal static bool IsCallout(string text)
    {
        var rest = SkipLeadingIcons(text.AsSpan().TrimStart());
        int colon = rest.IndexOf(':');
        return colon > 0 && CalloutLabels.Contains(rest[..colon].TrimEnd());
    }

    // Emoji (symbols, surrogate pairs, variation selectors, joiners) and :shortcode: icons before a call-out label.
    private static ReadOnlySpan<char> SkipLeadingIcons(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (text[0] == ':' && text.Length > 2)
            {
                int close = text[1..].IndexOf(':') + 1;
                if (close > 1 && close <= 40 && !text[1..close].ContainsAnyExcept(ShortcodeChars))
                {
                    text = text[(close + 1)..].TrimStart();
                    continue;
                }
            }
            char c = text[0];
            if (!char.IsSurrogate(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
                break;
            text = text[1..].TrimStart();
        }
        return text;
    }

    private static readonly System.Buffers.SearchValues<char> ShortcodeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_+-");

    private static readonly System.Buffers.SearchValues<char> QuoteOpeners = System.Buffers.SearchValues.Create("\"“„«");

    /// <summary>Inner spans of "…", “…”, „…“ and «…» pairs.</summary>
    internal static IEnumerable<(int Start, int End)> QuotedSpans(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // Jump to the next opening mark (a vectorised search instead of a switch on every character).
            int next = text.AsSpan(i).IndexOfAny(QuoteOpeners);
            if (next < 0) yield break;
            i += next;
            char close = text[i] switch
            {
                '"' => '"',
                '“' => '”',
                '„' => '“',
                '«' => '»',
                _ => '\0',
            };
            if (close == '\0') continue;
            // A straight quote glued to a word on its left closes something, it does not open (inch marks, 12").
            if (text[i] == '"' && i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
            int j = text.IndexOf(close, i + 1);
            if (text[i] == '„' && j < 0) j = text.IndexOf('”', i + 1);
            if (j < 0) yield break;
            yield return (i + 1, j);
            i = j;
        }
    }

    private static string? AttributionOf(string text, int start, int end)
    {
        var after = AttributionAfter().Match(text, Math.Min(end + 1, text.Length));
        if (after.Success && after.Index == Math.Min(end + 1, text.Length)) return CleanName(after.Groups["who"].Value);
        int from = Math.Max(0, start - 1 - 80);
        var before = AttributionBefore().Match(text[from..Math.Max(from, start - 1)]);
        if (before.Success) return CleanName(before.Groups["who"].Value);
        return null;
    }

    // Names may hold initials ("J. Smith"), but the sentence's full stop is not part of them.
    private static string CleanName(string name) => name.Trim().TrimEnd('.', ',', ';', ':');

    private static (int Start, int End) Trim(string text, int start, int end)
    {
        while (start < end && char.IsWhiteSpace(text[start])) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is ',')) end--;
        return (start, end);
    }

    private static bool HasWhiteSpace(ReadOnlySpan<char> span)
    {
        foreach (char c in span)
            if (char.IsWhiteSpace(c)) return true;
        return false;
    }

    private static int CountWords(ReadOnlySpan<char> span)
    {
        int words = 0;
        bool inWord = false;
        foreach (char c in span)
        {
            bool letter = char.IsLetterOrDigit(c);
            if (letter && !inWord) words++;
            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }
        return words;
    }
}
