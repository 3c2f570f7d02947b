using System.Text;
using System.Text.RegularExpressions;
using FactLint.Core.Claims.Detectors;
using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Claims;

/// <summary>
/// Detectors rewritten for speed must find exactly what their original regex found. The originals live here as the
/// reference; inputs are random mixes of the words and characters the patterns care about.
/// </summary>
public class DetectorEquivalenceTests
{
    private const string Small = @"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+hundred|a\s+thousand|hundred|thousand)";

    private const string Fold = @"(?:two|three|four|five|six|seven|eight|nine|ten|hundred|thousand|\d+(?:\.\d+)?-)fold";

    private static readonly Regex OriginalStatistic = new(
        @"(?<![\p{L}\p{N}_.,])(?:" +
        Small + @"\s+(?:out\s+of|in(?:\s+every)?|of\s+every)\s+(?!(?:1[5-9]|20)\d{2}\b)" + Small + @"(?![\p{L}\p{N}])" +
        @"|(?:twice|thrice|half|(?:" + Small + @"|\d+(?:\.\d+)?)(?:\s*[x×]|\s+times|-fold|\s+fold))\s+(?:as\s+(?:many|much|likely|fast|large|high|often|long|big|expensive)|more|less|fewer|faster|slower|higher|lower|larger|smaller|bigger|cheaper|longer|shorter|likelier|more\s+likely|less\s+likely)\b" +
        @"|(?:a\s+third|a\s+quarter|a\s+fifth|one[- ](?:third|quarter|fifth|half)|two[- ]thirds|three[- ](?:quarters|fourths|fifths)|(?:two|four)[- ]fifths|nine\s+in\s+ten)\s+of\b" +
        @"|(?:doubled|tripled|quadrupled|halved)\b" +
        @"|" + Fold + @"\s+(?:increase|rise|growth|gain|jump|drop|decline|decrease|reduction|improvement|boost|speed-?up|difference)s?\b" +
        @"|(?<=\b(?:increas|decreas|ris|rose|grow|grew|fall|fell|dropp|declin|improv|jump|expand|multipl|reduc|cut|boost)\w*\s+)" + Fold + @"\b" +
        @"|(?<=\b(?:increas|decreas|ris|rose|grow|grew|fall|fell|dropp|declin|improv|jump|expand|reduc|cut|boost|shr[iau]nk|slash|plung|plummet)\w*(?:\s+\w+){0,2}\s+)by\s+(?:(?:(?:more|less|fewer)\s+than|nearly|almost|over|under|roughly|about|around|approximately)\s+)?" +
        @"(?:half|a\s+third|a\s+quarter|a\s+fifth|one[- ](?:third|quarter|fifth|half)|two[- ]thirds|three[- ](?:quarters|fourths|fifths)|(?:two|four)[- ]fifths)\b(?!\s+of\b)" +
        @"|(?:(?:more|less|fewer)\s+than|nearly|almost|over|under|roughly|about|around|approximately)\s+half\s+of\b" +
        @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    // The regex the word lookup replaced, grown with every word and mark the lookup gained since (protocol words, copyright
    // signs, numbered places, a bracket before the number).
    private static readonly Regex OriginalReferenceWordBefore = new(
        @"(?:\b(?:[Ss]ections?|[Cc]hapters?|[Ss]teps?|[Ff]igures?|[Ff]ig\.|[Tt]ables?|[Pp]ages?|p\.|pp\.|[Ll]ines?|[Ii]tems?|[Ii]ssues?|PR|[Pp]ull request|RFC|ISO|IEEE|PEP|CVE|[Nn]o\.|[Nn]umber|[Rr]ules?|[Ee]xercises?|[Aa]ppendix|[Pp]art|[Pp]hase|[Ll]evel|[Tt]ier|[Ee]pisode|[Ss]eason|[Vv]olume|[Vv]ol\.|[Ff]ootnote|[Aa]rticle|[Cc]lause|[Oo]ption|[Qq]uestion|[Tt]ask|[Ll]esson|[Mm]odule|[Ee]xample|[Ll]isting|[Ee]quation|[Ss]lide|[Tt]icket|[Bb]ug|[Bb]uild|[Rr]oom|[Ss]tage" +
        @"|[Pp]orts?|[Ss]tatus|[Cc]odes?|[Ee]rror|[Cc]opyright|[Gg]ates?|[Ff]lat|[Aa]partment|[Aa]pt\.|[Ss]uite|[Uu]nit|[Pp]latform|[Ss]eat|[Ff]loor|[Bb]uilding|[Tt]erminal|[Bb]ay|[Aa]isle|[Pp]ier" +
        @"|HTTP|Fortune|FTSE|Russell|Nikkei|DAX|Nasdaq)|[#§¶©]|\([cC]\))\s*(?:\(\s*)?$",
        RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
    [
        " ", " ", " ", "  ", "\t", ",", ".", "-", "–", "_", "x", "×", "%", "#", "§", "¶", "(", "\"", "é", "1", "3", "4", "2.5", "10", "1,000", "1999", "2024",
        "one", "One", "TWO", "three", "nine", "ten", "twelve", "a", "A", "hundred", "thousand", "twice", "Thrice", "half", "doubled", "Halved", "tripled",
        "out of", "in", "in every", "of every", "of", "times", "fold", "as many", "as", "more", "faster", "less likely", "third", "quarter",
        "fifths", "thirds", "every", "tenx", "oneself", "seventeen", "Section", "sections", "subsection", "p.", "pp.", "Fig.", "fig", "No.", "no",
        "PR", "PRs", "pull request", "Pull request", "request", "RFC", "ISO", "Vol.", "vol", "Step", "steps", "bug", "Build", "stage", "3Fig.", "etc.",
        "3x", "2.5×", "10X", "-fold", "\u00A0", "\n", "Times", "FOLD", "OUT of", "In", "Of every", "7.", "4.5.6", "x faster", "\u2009", "\u0663", "\u0663.\u0664", "ſix", "ſeven", "Twelvex", "quadrupled", "HALF",
        "fifth", "Third", "QUARTER", "a\n", "ax", "thirdly", "hundreds", "anone", "_ten", "Athousand",
        "port", "Port", "(c)", "©", "Gate", "suite", "Copyright", "HTTP", "Fortune", "apt.", "(", "one-third", "One half", "four-fifths", "fourths", "threefold", "Tenfold", "twofold", "2.5-fold", "3-fold", "hundredfold", "increase", "rises", "grew", "rose by", "Reduced", "a  third", "A\tquarter", "by", "By", "fell", "cut costs", "shrank by", "by half", "nearly", "More than", "less than", "than", "over", "about half", "nearly half of", "ALMOST", "fewer", "roughly", "Half of", "by two-thirds", "by nearly", "one-third", "a quarter", "Three quarters", "fell by",
    ];

    private static IEnumerable<string> RandomTexts(int seed, int count) => RandomPieceTexts.Generate(Pieces, seed, count, maxParts: 30);

    // ASCII text takes the detector's vectorised search (for lead pieces, or word by word); the mixed pieces mostly make
    // non-ASCII text.
    [Theory]
    [InlineData(false, true)]
    [InlineData(true, true)]
    [InlineData(true, false)]
    public void Statistic_detector_finds_what_the_unanchored_regex_found(bool asciiOnly, bool searchPieces)
    {
        bool saved = StatisticDetector.SearchPieces;
        StatisticDetector.SearchPieces = searchPieces;
        try { CompareStatistics(asciiOnly); }
        finally { StatisticDetector.SearchPieces = saved; }
    }

    private static void CompareStatistics(bool asciiOnly)
    {
        var detector = new StatisticDetector();
        int compared = 0, withMatches = 0;
        var texts = asciiOnly
            ? RandomPieceTexts.Generate(Pieces.Where(p => System.Text.Ascii.IsValid(p)).ToArray(), seed: 8, count: 20_000, maxParts: 30)
            : RandomTexts(seed: 7, count: 20_000);
        foreach (var text in texts)
        {
            foreach (var block in TestDocuments.Parse(text).Blocks)
            {
            var expected = OriginalStatistic.Matches(block.Text).Select(m => (m.Index, m.Value)).ToList();
            var claims = new List<Claim>();
            detector.Detect(block, claims);
            Assert.Equal(expected, claims.Select(c => (c.Start, c.Text)).ToList());
            compared++;
            if (expected.Count > 0) withMatches++;
            }
        }
        // The inputs must exercise the pattern, not only its misses.
        Assert.True(withMatches > compared / 10, $"only {withMatches} of {compared} inputs had a statistic");
    }

    [Fact]
    public void Reference_word_lookup_agrees_with_the_regex_it_replaced()
    {
        int compared = 0, positives = 0;
        foreach (var text in RandomTexts(seed: 11, count: 50_000))
        {
            // The detector looks at the 24 characters before a number.
            var before = text.Length > 24 ? text[^24..] : text;
            bool expected = OriginalReferenceWordBefore.IsMatch(before);
            Assert.True(expected == NumberDetector.EndsWithReferenceWord(before), $"'{before}': regex says {expected}");
            compared++;
            if (expected) positives++;
        }
        Assert.True(positives > compared / 20, $"only {positives} of {compared} inputs ended with a reference word");
    }
}

/// <summary>
/// Cheap checks that let a detector skip its regex must be necessary conditions: wherever the regex matches, the check says
/// "maybe". Inputs mix figures with the markers each check looks for, their look-alikes and case variants.
/// </summary>
public class DetectorGateTests
{
    private static readonly string[] Pieces =
    [
        " ", " ", " ", "\t", "\u00A0", ",", ".", "-", "(", "1", "12", "3.5", "1,000", "2024", "9.73", "$", "US$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "＄", "USD", "usd",
        "EUR", "Eur", "GBP", "CHF", "RMB", "dollars", "Dollars", "euro", "EUROS", "pounds sterling", "yen", "yuan", "francs", "rupees", "m", "bn", "million",
        "billion", "k", "%", "‰", "percent", "PERCENT", "per cent", "Per Cent", "percentage points", "pp", "PP", "basis points", "BASIS POINTS", "bps", "Bps",
        "ſ", "K", "İ", "ı", "Python", "python", "Node.js", ".NET", ".NET Core", "Go", "Qt", "C#", "Mac OS X", "Windows Server", "Linux", "Quarry", "R",
        "v2", "3.12", "8", "\n", "and", "the", ":", ":1", ": 1", ":\u00A01", "1:", "3.81:1", "10:30",
    ];

    // Random texts of the shared pieces, or of a test's own pieces (shorter texts, so that matches stay frequent).
    private static void AssertGate(Regex pattern, Func<string, bool> gate, int seed, string[]? pieces = null)
    {
        int matched = 0, total = 0;
        foreach (var text in RandomPieceTexts.Generate(pieces ?? Pieces, seed, 40_000, maxParts: pieces is null ? 16 : 10))
        {
            total++;
            if (!pattern.IsMatch(text)) continue;
            matched++;
            Assert.True(gate(text), $"the regex matches '{text}' but the gate skips it");
        }
        // At least 1,000 positives: the check is exercised where it matters, not only on misses.
        Assert.True(matched >= 1_000, $"only {matched} of {total} inputs matched the regex");
    }

    [Fact]
    public void Money_gate_never_skips_a_block_the_regex_matches() => AssertGate(MoneyDetector.Pattern, t => MoneyDetector.MayHoldMoney(t), seed: 3);

    [Fact]
    public void Percentage_gate_never_skips_a_block_the_regex_matches() => AssertGate(PercentageDetector.Pattern, t => PercentageDetector.MayHoldPercentage(t), seed: 5);

    [Fact]
    public void Spelled_percentage_gate_never_skips_a_block_the_regex_matches()
    {
        string[] pieces = [" ", " ", "\t", "\u00A0", "\n", "-", "forty", "Twenty", "five", "FIVE", "a hundred", "one", "nineteen", "percent", "PERCENT",
            "per cent", "Per\u00A0Cent", "per", "cent", "percentage points", "percentage", "points", "recent", "centre", "endpoint", "superpercent", "ſ", "K"];
        AssertGate(PercentageDetector.SpelledPattern, t => PercentageDetector.MayHoldSpelledPercent(t), seed: 13, pieces);
        // The detector asks a block without a digit only this precheck, so it must imply the general one.
        Assert.All(RandomPieceTexts.Generate(pieces, 13, 40_000, maxParts: 10).Where(t => PercentageDetector.MayHoldSpelledPercent(t)),
            t => Assert.True(PercentageDetector.MayHoldPercentage(t), t));
        Assert.False(PercentageDetector.MayHoldSpelledPercent("a recent endpoint in the centre"));
    }

    [Fact]
    public void Numeric_ordinal_gate_never_skips_a_block_the_regex_matches()
    {
        string[] pieces = [" ", " ", "-", ".", "2", "29", "1", "100", "٢", "2nd", "٢٩th", "th", "nd", "st", "rd", "TH", "season", "the", "and", "first", "é"];
        AssertGate(CountDetector.NumericOrdinalPattern, t => CountDetector.MayHoldNumericOrdinal(t), seed: 17, pieces);
        Assert.False(CountDetector.MayHoldNumericOrdinal("the 2 standard and 3 third-party ones"));
    }

    [Fact]
    public void Ratio_gate_never_skips_a_block_the_regex_matches() => AssertGate(NumberDetector.RatioPattern, NumberDetector.HasRatioColon, seed: 7);

    [Fact]
    public void Product_version_gate_never_skips_a_block_the_regex_matches()
    {
        var builtIn = new VersionDetector();
        AssertGate(builtIn.ProductPattern, builtIn.MayHoldProductVersion, seed: 9);
        var withPackProducts = new VersionDetector(["Quarry", "R"]);
        AssertGate(withPackProducts.ProductPattern, withPackProducts.MayHoldProductVersion, seed: 10);
    }
}

/// <summary>Random texts made of pieces, each followed by a space two times in three.</summary>
internal static class RandomPieceTexts
{
    public static IEnumerable<string> Generate(string[] pieces, int seed, int count, int maxParts)
    {
        var random = new Random(seed);
        for (int n = 0; n < count; n++)
        {
            var sb = new StringBuilder();
            int parts = random.Next(1, maxParts);
            for (int i = 0; i < parts; i++) sb.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            yield return sb.ToString();
        }
    }
}

public class VersionProductPatternTests
{
    [Fact]
    public void Generated_product_pattern_matches_the_default_product_list() =>
        Assert.Equal(VersionDetector.DefaultProductAlternation, VersionDetector.ProductAlternation([]));

    [Fact]
    public void A_pack_product_is_found_alongside_the_built_in_ones()
    {
        var detector = new VersionDetector(["Quarry"]);
        var block = TestDocuments.Parse("Quarry 4.2 needs Python 3.12.").Blocks.Single();
        var claims = new List<Claim>();
        detector.Detect(block, claims);
        Assert.Equal(["Quarry 4.2", "Python 3.12"], claims.Select(c => c.Text));
    }
}

public class NumberPartsTests
{
    // NumberDetector's pattern, with its groups, as the reference for where NumberParts says they are.
    private static readonly Regex WithGroups = new(
        ClaimPatterns.LeftBoundary + "(?<num>" + ClaimPatterns.Number + @")(?:\s(?<scale>thousand|million|billion|trillion|quadrillion|quintillion)\b|(?<scale>[kKMBT])(?![\p{L}\p{N}_]))?(?:(?:\s?|-)(?<unit>" + ClaimPatterns.Unit + "))?" + ClaimPatterns.RightBoundary,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    private static readonly string[] Pieces =
    [
        " ", " ", "  ", "\t", "-", "−", ",", ".", "1", "12", "3.5", "1,000", "1,847", "2024", "0.25", "12,34", "thousand", "million", "billion",
        "trillion", "quintillion", "thousandths", "ms", "s", "h", "hours", "minutes", "years", "GB", "MB", "KiB", "%", "per second", "/s", "per user", "users",
        "t", "tonnes", "m", "M", "B", "T", "k", "KB", "²", "\u0301", "mi", "km", "x", "×", "fold", "-fold", "bit", "°C", "K", "users per day", "a", "and", "to", "–", "(", ")", "é",
    ];

    [Fact]
    public void Number_parts_agree_with_the_regex_groups()
    {
        var random = new Random(5);
        int matches = 0, withUnit = 0, withScale = 0;
        for (int n = 0; n < 40_000; n++)
        {
            var sb = new StringBuilder();
            int parts = random.Next(1, 12);
            for (int i = 0; i < parts; i++) sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? " " : "");
            var text = sb.ToString();
            foreach (Match m in WithGroups.Matches(text))
            {
                var (numLength, unitStart) = NumberDetector.NumberParts(m.ValueSpan);
                var unit = m.Groups["unit"];
                Assert.True(m.Groups["num"].Length == numLength, $"'{m.Value}' in '{text}': num is '{m.Groups["num"].Value}', not {numLength} chars");
                Assert.True((unit.Success ? unit.Index - m.Index : -1) == unitStart, $"'{m.Value}' in '{text}': unit '{unit.Value}' (success {unit.Success}), got start {unitStart}");
                matches++;
                if (unit.Success) withUnit++;
                if (m.Groups["scale"].Success) withScale++;
            }
        }
        Assert.True(matches > 10_000 && withUnit > 1_000 && withScale > 100, $"{matches} matches, {withUnit} with a unit, {withScale} with a scale");
    }
}

public class SpelledFigureTests
{
    // The regex the scale-word-first scan replaced, as the reference.
    private const string OneToNine = "one|two|three|four|five|six|seven|eight|nine";
    private static readonly Regex Reference = new(
        @"(?<![\p{L}\p{N}_-])(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:" + OneToNine + "))?" +
        "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + OneToNine + ")" +
        @"(?:\s+hundred)?\s+(?:thousand|million|billion|trillion|quadrillion|quintillion)(?![\p{L}\p{N}_-])(?:\s(?:" + ClaimPatterns.Unit + @")(?![\p{L}\p{N}_]))?" +
        // "a million copies": "a" only before a million or more and a unit.
        @"|(?<![\p{L}\p{N}_-])a(?:\s+hundred)?\s+(?:million|billion|trillion|quadrillion|quintillion)(?![\p{L}\p{N}_-])\s(?:" + ClaimPatterns.Unit + @")(?![\p{L}\p{N}_])",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);

    private static readonly string[] Pieces =
    [
        " ", "  ", "\t", "-", "_", "two", "Two", "forty", "forty-five", "Ninety-nine", "eleven", "hundred", "Hundred", "thousand", "million",
        "Million", "billion", "trillion", "trillions", "quadrillion", "Quintillion", "millionaire", "people", "homes", "users", "h", "ms", "a", "and", "twenty", "1", "é", ",",
    ];

    [Fact]
    public void The_scale_word_scan_finds_what_the_regex_found()
    {
        var random = new Random(11);
        int matches = 0;
        for (int n = 0; n < 60_000; n++)
        {
            var sb = new StringBuilder();
            int parts = random.Next(1, 10);
            for (int i = 0; i < parts; i++) sb.Append(Pieces[random.Next(Pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            var text = sb.ToString();
            // The scan reads scale words as written in running text: a capital only on the first letter.
            var expected = Reference.Matches(text).Where(m => m.Value.Contains("illion") || m.Value.Contains("housand"))
                .Select(m => (m.Index, m.Length)).OrderBy(x => x).ToList();
            var block = TestDocuments.Parse(text.Trim().Length == 0 ? "x" : text).Blocks;
            if (block.Count != 1 || block[0].Text != text) continue;
            var claims = new List<Claim>();
            NumberDetector.DetectSpelled(block[0], claims);
            var actual = claims.Select(c => (c.Start, c.End - c.Start)).OrderBy(x => x).ToList();
            Assert.True(expected.SequenceEqual(actual), $"'{text}': regex {string.Join(",", expected)}, scan {string.Join(",", actual)}");
            matches += expected.Count;
        }
        // Texts that Markdown reads differently (list markers, emphasis) are skipped: about one match in two texts remains.
        Assert.True(matches > 800, $"{matches} matches");
    }
}
