using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Statistical phrasing: <c>3 out of 4</c>, <c>one in five</c>, <c>twice as many</c>, <c>3.5 times faster</c>, <c>two-thirds of</c>, <c>a threefold rise</c>.</summary>
public sealed partial class StatisticDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Statistic;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new()
    {
        Characters = ClaimPatterns.Digits,
        // The lead words but "a", which opens a statistic only before one of the fraction words.
        Words = [.. LeadWords.Where(w => w != "a"), "third", "thirds", "quarter", "quarters", "fifth", "fifths", "fourths"],
    };

    // The small counts a share is written with ("one in five", "three out of four").
    private const string UpToTwelve = NumberWords.OnesPattern + "|ten|eleven|twelve";

    private const string Small = @"(?:\d+(?:\.\d+)?|" + UpToTwelve + @"|a\s+hundred|a\s+thousand|hundred|thousand)";

    // The number words that take "fold" ("threefold"): in the pattern, and as lead words with "fold" glued on.
    private const string FoldNumbers = NumberWords.TwoToNinePattern + "|ten|hundred|thousand";
    private const string Fold = @"(?:" + FoldNumbers + @"|\d+(?:\.\d+)?-)fold";

    // Words before "half of" that make it a share: "nearly half of", "more than half of".
    internal const string HalfQualifiers = @"(?:more|less|fewer)\s+than|nearly|almost|over|under|roughly|about|around|approximately";

    // A fraction written in words: "a third", "two-thirds", "three quarters".
    private const string Fraction = @"(?:a\s+third|a\s+quarter|a\s+fifth|one[- ](?:third|quarter|fifth|half)|two[- ]thirds|three[- ](?:quarters|fourths|fifths)|(?:two|four)[- ]fifths)";

    // Anchored (\G): tried only where a statistic can start. Unanchored, its first characters (digits and ten common letters)
    // made the engine try almost every word: the costliest detector on the benchmark corpus.
    [GeneratedRegex(
        @"\G(?<![\p{L}\p{N}_.,])(?:" +
        // A change by half: "attrition fell by half", "cut costs by half" (the claim takes in the "by", see TryAt). First, so
        // that "by half" wins where a scan from the left would meet "by" first.
        @"(?=(?:half|" + Fraction + @")\b)(?<=\b(?:increas|decreas|ris|rose|grow|grew|fall|fell|dropp|declin|improv|jump|expand|reduc|cut|boost|shr[iau]nk|slash|plung|plummet)\w*(?:\s+\w+){0,2}\s+by\s+(?:(?:" + HalfQualifiers + @")\s+)?)(?:half|" + Fraction + @")\b(?!\s+of\b)|" +
        // A share around half: "nearly half of", "more than half of" (the claim takes in the qualifier, see TryAt). A bare
        // "half of" is not: "the second half of the year".
        @"(?=half\s+of\b)(?<=(?<![\p{L}\p{N}_.,])(?:" + HalfQualifiers + @")\s+)half\s+of\b|" +
        Small + @"\s+(?:out\s+of|in(?:\s+every)?|of\s+every)\s+(?!(?:1[5-9]|20)\d{2}\b)" + Small + @"(?![\p{L}\p{N}])" +
        @"|(?:twice|thrice|half|(?:" + Small + @"|\d+(?:\.\d+)?)(?:\s*[x×]|\s+times|-fold|\s+fold))\s+(?:as\s+(?:many|much|likely|fast|large|high|often|long|big|expensive)|more|less|fewer|faster|slower|higher|lower|larger|smaller|bigger|cheaper|longer|shorter|likelier|more\s+likely|less\s+likely)\b" +
        @"|(?:" + Fraction + @"|nine\s+in\s+ten)\s+of\b" +
        @"|(?:doubled|tripled|quadrupled|halved)\b" +
        // A multiplier of a change: "a threefold increase", "a 3-fold rise", "grew tenfold" (not "the purpose is twofold").
        @"|" + Fold + @"\s+(?:increase|rise|growth|gain|jump|drop|decline|decrease|reduction|improvement|boost|speed-?up|difference)s?\b" +
        // (The lookahead first: the lookbehind runs right to left over the word before, so only where a fold word is.)
        @"|(?=" + Fold + @"\b)(?<=\b(?:increas|decreas|ris|rose|grow|grew|fall|fell|dropp|declin|improv|jump|expand|multipl|reduc|cut|boost)\w*\s+)" + Fold + @"\b" +
        @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex StatisticAt();

    // Every word a statistic can open with (the pattern's first words); a number opens one too.
    private static readonly HashSet<string> LeadWords = new(
        [.. UpToTwelve.Split('|'), "a", "hundred", "thousand", "twice", "thrice", "half", "doubled", "tripled", "quadrupled", "halved",
         .. FoldNumbers.Split('|').Select(n => n + "fold")],
        StringComparer.OrdinalIgnoreCase);

    // In ASCII text, a piece of every word a statistic can open with (a fold word holds its number), and of the words that
    // follow "a" ("a third of", "a hundred times"). Pieces rare inside other words: "thi" (this) or "ele" (release) would make
    // the search stop at most words. Only "one" and "ten" stay common (none, often). See SearchPieces.
    internal static readonly string[] OpeningPieces =
        ["one", "two", "hree", "four", "five", "six", "seven", "eight", "nine", "ten", "leven", "welve", "undred", "ousand",
         "wice", "hrice", "half", "halv", "oubled", "ripled", "drupled", "hird", "uarter", "ifth"];

    private static readonly System.Buffers.SearchValues<string> LeadPieces = System.Buffers.SearchValues.Create(OpeningPieces, StringComparison.OrdinalIgnoreCase);

    private static readonly System.Buffers.SearchValues<char> AsciiLetters = System.Buffers.SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    // Digits and the lead words' first letters, both cases: where the per-word walk stops.
    private static readonly System.Buffers.SearchValues<char> AsciiStarts = System.Buffers.SearchValues.Create(
        "0123456789" + string.Concat(LeadWords.Select(w => w[0]).Distinct().Select(c => $"{char.ToUpperInvariant(c)}{char.ToLowerInvariant(c)}")));

    /// <summary>
    /// Whether ASCII text is searched for lead pieces (true) or walked word by word. The piece search pays off with 256-bit
    /// vectors (the JIT on AVX2 machines, and the native x64 build, which assumes AVX2: half the detector's time on the docs
    /// corpus); on 128-bit ones (a native build for older CPUs) it cost as much as the walk, or more. Tests set it to check both paths.
    /// </summary>
    internal static bool SearchPieces { get; set; } = System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated;

    private static readonly int MaxLeadWordLength = LeadWords.Max(w => w.Length);

    // For each first letter a-z, a bit per length that a lead word (or a lead word with "x" glued on) has; 0 for letters
    // no lead word starts with.
    private static readonly long[] LeadShapes = BuildLeadShapes();

    private static long[] BuildLeadShapes()
    {
        var shapes = new long[26];
        foreach (var word in LeadWords)
            shapes[char.ToLowerInvariant(word[0]) - 'a'] |= (1L << word.Length) | (1L << (word.Length + 1));
        return shapes;
    }

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWordLookup = LeadWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        // In ASCII text only digits and lead words can open a statistic: jump between them with vectorised searches.
        // Elsewhere 'ſ', the kelvin sign and non-ASCII digits can too, so the walk visits every word.
        if (!System.Text.Ascii.IsValid(block.Text)) DetectAnyText(block, claims);
        else if (SearchPieces) DetectAscii(block, claims);
        else DetectAsciiByWords(block, claims);
    }

    private static void DetectAscii(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        int i = 0, digit = -2, word = -2;
        while (true)
        {
            // The next digit and the next lead word at or after i, each searched again only once passed.
            if (digit != -1 && digit < i) { int d = text.AsSpan(i).IndexOfAnyInRange('0', '9'); digit = d < 0 ? -1 : i + d; }
            if (word != -1 && word < i) word = NextLeadWord(text, i);
            int at = digit < 0 ? word : word < 0 ? digit : Math.Min(digit, word);
            if (at < 0) return;
            i = TryAt(block, claims, at, char.IsAsciiLetter(text[at]));
        }
    }

    private static void DetectAsciiByWords(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        int i = 0;
        while (i < text.Length)
        {
            int next = text.AsSpan(i).IndexOfAny(AsciiStarts);
            if (next < 0) return;
            i += next;
            // Inside a word (a letter before it): no statistic starts here; go to the word's end.
            if (i > 0 && char.IsAsciiLetter(text[i - 1]) && char.IsAsciiLetter(text[i]))
            {
                int rest = text.AsSpan(i).IndexOfAnyExcept(AsciiLetters);
                i = rest < 0 ? text.Length : i + rest;
                continue;
            }
            i = TryAt(block, claims, i, char.IsAsciiLetter(text[i]));
        }
    }

    /// <summary>
    /// Where the next word that may open a statistic starts, at or after <paramref name="from"/>: a word that holds a lead
    /// piece, or the "a" before one (white space between), or -1. The caller checks the word itself.
    /// </summary>
    private static int NextLeadWord(string text, int from)
    {
        for (int i = from; i < text.Length;)
        {
            int hit = text.AsSpan(i).IndexOfAny(LeadPieces);
            if (hit < 0) return -1;
            hit += i;
            int start = hit;
            while (start > 0 && char.IsAsciiLetter(text[start - 1])) start--;
            // A word the walk has passed (it stands inside it): look further.
            if (start < from) { i = hit + 1; continue; }
            int a = start;
            while (a > 0 && char.IsWhiteSpace(text[a - 1])) a--;
            // "a third of": the statistic opens at the "a" (when the walk has not passed it yet).
            if (a < start && a - 1 >= from && (text[a - 1] | 0x20) == 'a' && (a == 1 || !char.IsAsciiLetter(text[a - 2]))) return a - 1;
            return start;
        }
        return -1;
    }

    /// <summary>
    /// Tries a statistic at <paramref name="start"/> (a word, or a digit) and adds it; returns where the walk goes on: past
    /// the statistic, or past the word (a digit counts as a word of one character).
    /// </summary>
    private static int TryAt(ProseBlock block, List<Claim> claims, int start, bool letter)
    {
        string text = block.Text;
        int wordEnd = start + 1;
        if (letter) while (wordEnd < text.Length && char.IsLetter(text[wordEnd])) wordEnd++;
        int end = IsCandidate(text, start, wordEnd, letter) ? MatchAt(text, start) : -1;
        if (end < 0) return wordEnd;
        // The claim takes in the words its lookbehind checked: "by" in "fell by half" and "fell by nearly two-thirds" (a bare
        // fraction after "by"), the qualifier in "nearly half of" and "more than half of" (the only one that matches "half" then "of").
        int claimStart = start;
        bool endsWithOf = text.AsSpan(end - 2, 2).Equals("of", StringComparison.OrdinalIgnoreCase);
        if (!endsWithOf && BareFraction().IsMatch(text.AsSpan(start, end - start)) && ChangeBy(text, start) is var by and >= 0)
            claimStart = by;
        else if (end - start >= 4 && text.AsSpan(start, 4).Equals("half", StringComparison.OrdinalIgnoreCase) && endsWithOf)
        {
            claimStart = WordBefore(text, start);
            if (text.AsSpan(claimStart, 4).Equals("than", StringComparison.OrdinalIgnoreCase)) claimStart = WordBefore(text, claimStart);
        }
        // The words taken in may be the end of the statistic just found ("thrice more than half of"): that one stands.
        if (claimStart < start && claims.Count > 0 && claims[^1] is { Kind: ClaimKind.Statistic } last && ReferenceEquals(last.Block, block) && last.End > claimStart)
            return end;
        claims.Add(Claim.At(ClaimKind.Statistic, block, claimStart, end));
        return end;
    }

    // "by" and a qualifier ("by nearly ") right before start: where "by" starts, or -1.
    [GeneratedRegex(@"\bby\s+(?:(?:" + HalfQualifiers + @")\s+)?$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ByBefore();

    [GeneratedRegex(@"^(?:half|" + Fraction + @")$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BareFraction();

    private static int ChangeBy(string text, int start)
    {
        int from = Math.Max(0, start - 40);
        var m = ByBefore().Match(text, from, start - from);
        return m.Success ? m.Index : -1;
    }

    // The start of the word before the white space before start.
    private static int WordBefore(string text, int start)
    {
        int i = start;
        while (i > 0 && char.IsWhiteSpace(text[i - 1])) i--;
        while (i > 0 && char.IsLetter(text[i - 1])) i--;
        return i;
    }

    // \G: the first match, if any, starts at start. EnumerateMatches allocates no Match object.
    private static int MatchAt(string text, int start)
    {
        foreach (var m in StatisticAt().EnumerateMatches(text, start)) return m.Index + m.Length;
        return -1;
    }

    private static void DetectAnyText(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        int i = 0;
        while (i < text.Length)
        {
            char c = text[i];
            bool letter = char.IsLetter(c);
            if (!letter && !char.IsDigit(c)) { i++; continue; }
            i = TryAt(block, claims, i, letter);
        }
    }

    /// <summary>
    /// Whether the text after the number at <paramref name="start"/> lets a statistic go on: every alternative that opens
    /// with a number continues with white space then "out of", "in", "of every", "x", "times" or "fold", or with "x", "×"
    /// or "-fold". Most numbers fail here, and the regex is not run for them.
    /// </summary>
    internal static bool CanFollowNumber(string text, int start)
    {
        int j = start;
        while (j < text.Length && char.IsDigit(text[j])) j++;
        if (j + 1 < text.Length && text[j] == '.' && char.IsDigit(text[j + 1]))
            for (j += 2; j < text.Length && char.IsDigit(text[j]); j++) { }
        if (j >= text.Length) return false;
        char next = text[j];
        if (next is 'x' or 'X' or '×' or '-') return true;
        if (!char.IsWhiteSpace(next)) return false;
        while (j < text.Length && char.IsWhiteSpace(text[j])) j++;
        return j < text.Length && text[j] is 'o' or 'O' or 'i' or 'I' or 't' or 'T' or 'f' or 'F' or 'x' or 'X' or '×';
    }

    private static bool IsCandidate(string text, int start, int wordEnd, bool letter)
    {
        if (start > 0 && text[start - 1] is var p && (char.IsLetter(p) || char.IsNumber(p) || p is '_' or '.' or ','))
            return false;
        if (!letter) return CanFollowNumber(text, start);
        var word = text.AsSpan(start, wordEnd - start);
        // Most words cannot open a statistic: check the first letter and the length (equal ignoring case means equal length)
        // before hashing the word. ('ſ' is an 's' to the case-insensitive lookup; word[0] | 0x20 is a-z only for ASCII letters.)
        if (word.Length > MaxLeadWordLength + 1) return false;
        int first = (word[0] == 'ſ' ? 's' : word[0] | 0x20) - 'a';
        if ((uint)first >= 26 || (LeadShapes[first] & (1L << word.Length)) == 0) return false;
        // "tenx faster": a number word glued to its "x".
        return LeadWordLookup.Contains(word) || (word.Length > 1 && word[^1] is 'x' or 'X' && LeadWordLookup.Contains(word[..^1]));
    }
}
