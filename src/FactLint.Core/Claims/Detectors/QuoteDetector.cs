using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Verbatim quotes: <c>"…," said X</c>, <c>According to X, "…"</c>, unattributed quoted sentences, and block quotes.
/// Short quoted terms (scare quotes, names of things) are not claims.
/// </summary>
public sealed partial class QuoteDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Quote;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new() { Characters = "\"", OpeningApostrophe = true, NonAscii = true };

    /// <summary>Fewest words in an attributed quote.</summary>
    public int MinWordsAttributed { get; init; } = 3;

    /// <summary>Fewest words in a quote nobody is said to have said.</summary>
    public int MinWordsUnattributed { get; init; } = 6;

    // A name, a pronoun standing for one ("\"We are thrilled,\" she told reporters"), or a group that speaks ("the researchers").
    private const string Name = @"(?<who>(?:[Tt]he\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|of|de|van|von|der|la))*|(?:[Ss]he|[Hh]e|[Tt]hey)(?![\p{L}])" +
        @"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:researchers|scientists|authors|analysts|officials|experts|critics|company|report|study|paper|court|judge|spokesperson|spokesman|spokeswoman|minister|committee|agency)(?![\p{L}]))";
    // "said", "famously noted", "once said": an adverb may stand before the verb.
    private const string Verb = @"(?:(?:\p{Ll}+ly|once|also|later|then|often|again|memorably)\s+)?(?:said|says|wrote|writes|told\s+\w+|explained|explains|noted|notes|added|adds|stated|states|claimed|claims|argued|argues|remarked|recalled|insisted|warned|announced|tweeted|posted|replied|answered|put\s+it" +
        // Past tenses of reporting what someone asked for or called something: "Reagan urged Gorbachev to "tear down this
        // wall"", "the PSF listed it among "notable community parsers"" (past only: "The CLI lists "…"" describes software).
        @"|urged|asked|demanded|promised|vowed|pledged|declared|listed|ranked|praised|labell?ed|branded|quipped|joked|conceded|admitted|predicted|concluded)";

    // "The CEO, Jane Smith, said": a short phrase between commas after the name.
    private const string Appositive = @"(?:\s*,\s*[^,""“”.!?;]{2,40}?,)?";

    [GeneratedRegex(@"\G\s*[,:]?\s*(?:" + Verb + @"\s+" + Name + "|" + Name + Appositive + @"\s+" + Verb + @")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AttributionAfter();

    // "According to X, …", "X said that …", "X wrote that the effect was …", "X said the projections were …" (a few words
    // of the sentence between), and "X (once) described the computer as …".
    [GeneratedRegex(@"(?:(?:[Aa]ccording\s+to|[Aa]s)\s+" + Name + @"(?:\s+" + Verb + @")?|" + Name + Appositive + @"\s+" + Verb + @"(?:\s+that)?(?:\s+[^\s""“”.!?;]+){0,8}" +
        @"|" + Name + @"\s+(?:once\s+)?(?:described|describes|called|calls|dubbed|dubs|termed|terms)\s+[^""“”]{1,60}?\s+as)\s*[,:]?\s*$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AttributionBefore();

    // "— Jane Doe" closing a block quote: a dash after white space (not the one in "4.7–24×") and a capitalised name (not
    // "— see below").
    [GeneratedRegex(@"\s*(?<=^|\s)(?:—|–|--|~)\s*(?<who>\p{Lu}[^\n—–]{1,79})$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BlockQuoteSignature();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        int found = claims.Count;
        string? lastWho = null;
        int lastEnd = -1;
        foreach (var (start, end) in QuotedSpans(text))
        {
            // One token with no white space ("https://registry.example.com/npm/path", "foo-bar.baz") is a name, not words.
            if (!HasWhiteSpace(text.AsSpan(start, end - start).Trim())) continue;
            int words = CountWords(text.AsSpan(start, end - start));
            string? who = AttributionOf(text, start, end) ?? ContinuedSpeaker(text, lastWho, lastEnd, start)
                ?? (block.InBlockQuote ? SignatureRightAfter(text, end) : null);
            (lastWho, lastEnd) = (who, end);
            if (words < (who is null && !block.InBlockQuote ? MinWordsUnattributed : MinWordsAttributed)) continue;
            // Unattributed quoted text holding inline code is an error message or UI string, not someone's words; so is
            // quoted code, and a quoted title (a reverted commit, a CVE, an error message).
            if (who is null && (text.AsSpan(start, end - start).Contains(ProsePlaceholder.Opaque)
                || LooksLikeCode(text.AsSpan(start, end - start)) || IsQuotedTitle(text, start, end) || IsTitleCase(text.AsSpan(start, end - start)))) continue;
            var (s, e) = Trim(text, start, end);
            claims.Add(new Claim(ClaimKind.Quote, block, s, e, text[s..e], who));
        }

        // A block quote without inner quotation marks is itself the quote (GitHub alerts such as [!NOTE] are not, nor are
        // call-outs such as "> **Note:** …" or Node.js's "> Stability: 1 - Experimental").
        // Only its paragraphs: list items in a block quote are quoted steps or notes (an algorithm, a changelog), its table
        // cells are figures and its headings are titles, not someone's words.
        if (block.Kind == ProseBlockKind.BlockQuote && claims.Count == found
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
            // Unsigned, with inline code or quoted code in it: a note in the docs, not someone's words.
            else if (text.Contains(ProsePlaceholder.Opaque) || LooksLikeCode(text))
                return;
            var (s, e) = Trim(text, 0, end);
            if (e > s && CountWords(text.AsSpan(s, e - s)) >= MinWordsUnattributed)
                claims.Add(new Claim(ClaimKind.Quote, block, s, e, text[s..e], who));
        }
    }

    private static readonly System.Buffers.SearchValues<char> QuoteOpeners = System.Buffers.SearchValues.Create("\"“„«‘'");

    /// <summary>Inner spans of "…", “…”, „…“, «…», ‘…’ and '…' pairs.</summary>
    internal static IEnumerable<(int Start, int End)> QuotedSpans(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            // Jump to the next opening mark (a vectorised search instead of a switch on every character).
            int next = text.AsSpan(i).IndexOfAny(QuoteOpeners);
            if (next < 0) yield break;
            i += next;
            if (text[i] is '‘' or '\'')
            {
                // ’ and ' are also apostrophes: the quote closes at the first one that is not inside a word ("don’t").
                // A straight one opens only before a letter ("'90s" is a year) and not after one ("it's").
                if (i > 0 && char.IsLetterOrDigit(text[i - 1])) continue;
                char closing = text[i] == '‘' ? '’' : '\'';
                if (closing == '\'' && (i + 1 >= text.Length || !char.IsLetter(text[i + 1])
                    || (i > 0 && !char.IsWhiteSpace(text[i - 1]) && text[i - 1] is not ('(' or '[')))) continue;
                int k = i + 1;
                for (; k < text.Length; k++)
                    if (text[k] == closing && !(char.IsLetter(text[k - 1]) && k + 1 < text.Length && char.IsLetter(text[k + 1]))) break;
                if (k >= text.Length) continue;
                yield return (i + 1, k);
                i = k;
                continue;
            }
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

    /// <summary>
    /// The speaker of a quote that opens the sentence after an attributed one: in <c>"…," the mayor said. "We can't wait."</c>
    /// the second quote is the mayor's too. Only when one short sentence (the attribution) stands between.
    /// </summary>
    private static string? ContinuedSpeaker(string text, string? lastWho, int lastEnd, int start)
    {
        if (lastWho is null || start - 1 - lastEnd > 80) return null;
        var between = text.AsSpan(lastEnd + 1, start - 1 - (lastEnd + 1)).TrimEnd();
        return between.Length > 0 && between[^1] is '.' or '!' or '?' && between.Count('.') + between.Count('!') + between.Count('?') == 1 ? lastWho : null;
    }

    /// <summary>The signer of a quoted block quote: <c>&gt; "…"</c> then <c>&gt; — Jane Doe, 2023</c>.</summary>
    private static string? SignatureRightAfter(string text, int end)
    {
        var signature = BlockQuoteSignature().Match(text, Math.Min(end + 1, text.Length));
        return signature.Success && signature.Index == Math.Min(end + 1, text.Length) ? signature.Groups["who"].Value.Trim() : null;
    }

    /// <summary>
    /// Where a block quote's closing signature starts (<c>— Jane Doe, 2023</c>), or -1. The signature belongs to the quote's
    /// attribution: a year or figure in it is not a claim of its own (ClaimDetection drops those).
    /// </summary>
    internal static int SignatureStart(ProseBlock block)
    {
        if (!block.InBlockQuote) return -1;
        var signature = BlockQuoteSignature().Match(block.Text);
        return signature.Success && signature.Index > 0 ? signature.Index : -1;
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
