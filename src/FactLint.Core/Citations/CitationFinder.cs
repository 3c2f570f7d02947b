using System.Text.RegularExpressions;
using FactLint.Core.Documents;

namespace FactLint.Core.Citations;

/// <summary>
/// Finds citations written as text, which the Markdown parser does not know:
/// Pandoc keys (<c>[@smith2020, p. 4]</c>, <c>@smith2020</c>), sources such as <c>(Source: Q3 report)</c> or a <c>Source: …</c> line,
/// and author–year citations (<c>(Smith et al., 2021)</c>).
/// </summary>
public sealed partial class CitationFinder
{
    private readonly Regex _parenthetical;
    private readonly Regex _sourceSentence;
    private readonly bool _authorYear;

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CitationConventions, CitationFinder> Shared = new();

    /// <summary>The finder for a pack's conventions, built once: its two regexes were parsed again for every file.</summary>
    public static CitationFinder For(CitationConventions conventions) => Shared.GetValue(conventions, c => new CitationFinder(c));

    public CitationFinder(CitationConventions conventions)
    {
        var labels = string.Join('|', conventions.SourceLabels.OrderByDescending(l => l.Length).Select(l => Regex.Escape(l).Replace("\\ ", "\\s+")));
        _parenthetical = new Regex(@"[(\[](?:" + labels + @")\s*:\s*(?<target>[^)\]]+)[)\]]", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture);
        _authorYear = conventions.AuthorYear;
        _sourceSentence = new Regex(@"^\s*(?:\*\*|__)?(?:" + labels + @")\s*(?:\*\*|__)?\s*:\s*(?<target>\S.*)$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.Singleline);
    }

    // [@key], [see @key, p. 4; @other2019]
    [GeneratedRegex(@"\[(?<body>[^\[\]]*?(?<![\w.])@(?<key>[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)[^\[\]]*)\]", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex BracketedKeys();

    // In-text @key (not an e-mail address).
    [GeneratedRegex(@"(?<![\p{L}\p{N}_.@\[])@(?<key>\p{L}[\p{L}\p{N}_:-]*\d{4}[a-z]?)\b", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex InTextKey();

    [GeneratedRegex(@"@(?<key>[\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*?)(?=[\s,;\]]|$)(?:,\s*(?<loc>(?:p|pp|sec|ch|chap|§)\.?\s*[\d\w.–-]+))?", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex KeyInBody();

    // One author–year reference: "Smith, 2021", "Smith et al. 2021a", "Smith & Jones, 2021, p. 4", "World Bank, 2022".
    // A single name needs the comma: "(Windows 2000)" and "(Visual Studio 2022)" name products, not sources.
    private const string Author = @"\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|of|for|de|van|von|der)){0,5}";
    // An organisation's acronym needs no comma: "(IEA 2023)", "(OECD 2021)".
    private const string AuthorYearReference = "(?:" + Author + @"(?:\s+et\s+al\.?,?|\s+(?:and|&)\s+" + Author + ",?)" + @"\s+|" + Author + @",\s*|\p{Lu}{2,8}\s+)" +
        @"(?:1[5-9]|20)\d{2}[a-z]?(?:,\s*(?:p|pp)\.\s*\d+(?:[–-]\d+)?)?";

    [GeneratedRegex(@"\((?:(?:see|cf\.|e\.g\.,?)\s+)?(?<target>" + AuthorYearReference + @"(?:;\s*" + AuthorYearReference + @")*)\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex AuthorYearCitation();

    // Narrative: "Smith et al. (2021) found", "Smith and Jones (2020) report". A single name is not enough: "the Treaty of
    // Versailles (1919)" dates a name.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?<names>" + Author + @"(?:\s+et\s+al\.?|\s+(?:and|&)\s+" + Author + @"))\s+\((?<year>(?:1[5-9]|20)\d{2}[a-z]?)\)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NarrativeAuthorYear();

    // The last word of a name that dates a law, treaty or event, not an author: "(National Labor Relations Act, 1935)".
    [GeneratedRegex(@"\b" + Claims.Detectors.ClaimPatterns.LawOrEvent + @"\s*,\s*(?:1[5-9]|20)\d{2}\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex LawOrEventYear();

    private static bool NamesLawOrEvent(ReadOnlySpan<char> target) => !target.Contains(';') && LawOrEventYear().IsMatch(target);

    public void Find(ProseBlock block, List<Citation> citations)
    {
        string text = block.Text;
        if (_authorYear && text.Contains('('))
        {
            foreach (Match m in AuthorYearCitation().Matches(text))
            {
                if (NamesLawOrEvent(m.Groups["target"].ValueSpan)) continue;
                var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
                citations.Add(new Citation(CitationKind.Parenthetical, m.Index, m.Index + m.Length, m.Groups["target"].Value, s, e));
            }
            foreach (Match m in NarrativeAuthorYear().Matches(text))
            {
                var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
                citations.Add(new Citation(CitationKind.Parenthetical, m.Index, m.Index + m.Length, $"{m.Groups["names"].Value}, {m.Groups["year"].Value}", s, e));
            }
        }
        if (text.Contains('@'))
        {
            foreach (Match m in BracketedKeys().Matches(text))
            {
                foreach (Match k in KeyInBody().Matches(m.Groups["body"].Value))
                {
                    var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
                    citations.Add(new Citation(CitationKind.CitationKey, m.Index, m.Index + m.Length, k.Groups["key"].Value.TrimEnd('.'), s, e,
                        k.Groups["loc"].Success ? k.Groups["loc"].Value : null));
                }
            }
            foreach (Match m in InTextKey().Matches(text))
            {
                var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
                citations.Add(new Citation(CitationKind.CitationKey, m.Index, m.Index + m.Length, m.Groups["key"].Value, s, e));
            }
        }
        if (text.Contains(':'))
        {
            foreach (Match m in _parenthetical.Matches(text))
            {
                var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
                citations.Add(new Citation(CitationKind.Parenthetical, m.Index, m.Index + m.Length, m.Groups["target"].Value.Trim(), s, e));
            }
        }
    }

    // "a study titled "Maintenance Treatment of Opiate Addiction" was published in …": a work named by its title.
    [GeneratedRegex(@"\b(?:study|paper|article|report|review|survey|book|analysis|trial)\s+(?:titled|entitled|called)\s+[""“](?<title>[^""”]{8,200})[""”]",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex TitledWork();

    // A venue and a year in the same sentence: "published in the Journal of the American Medical Association in 2001".
    [GeneratedRegex(@"\b(?:published|journal|proceedings)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Venue();

    [GeneratedRegex(@"(?<![\p{L}\p{N}])(?:1[6-9]|20)\d{2}(?![\p{L}\p{N}])", RegexOptions.CultureInvariant)]
    private static partial Regex Year();

    /// <summary>
    /// Works named with their title, venue and year in one sentence of the block: each is a citation, and a later sentence
    /// that points back at it ("The study found …") is covered by it. The sentence is the one the splitter found.
    /// </summary>
    public static void FindTitledWorks(ProseBlock block, IReadOnlyList<(int Start, int End)> sentences, List<Citation> found)
    {
        string text = block.Text;
        if (!MayNameTitledWork(text)) return;
        foreach (Match m in TitledWork().Matches(text))
        {
            var (start, end) = CitationIndex.SentenceHolding(sentences, m.Index, text.Length);
            var sentence = text.AsSpan(start, end - start);
            if (!Venue().IsMatch(sentence) || !Year().IsMatch(sentence)) continue;
            var (s, e) = block.SourceSpan(m.Index, m.Index + m.Length);
            found.Add(new Citation(CitationKind.Parenthetical, m.Index, m.Index + m.Length, m.Groups["title"].Value, s, e));
        }
    }

    /// <summary>Whether a text holds a word that <see cref="TitledWork"/> needs ("titled", "entitled", "called").</summary>
    internal static bool MayNameTitledWork(string text) => text.AsSpan().ContainsAny(TitledWorkWords);

    // SearchValues: string.Contains with OrdinalIgnoreCase is a scalar loop, and this runs on every block of every file.
    private static readonly System.Buffers.SearchValues<string> TitledWorkWords =
        System.Buffers.SearchValues.Create(["titled", "called"], StringComparison.OrdinalIgnoreCase);

    // A sentence that points back at a work named before it: "The study surveyed …", "the aforementioned study found",
    // "the study's findings", "These findings …".
    [GeneratedRegex(@"\b(?:the|this|that|these|those)\s+(?:aforementioned\s+|same\s+|above\s+)?(?:study(?:'s)?|paper|article|report|review|survey|trial|analysis|findings|results|researchers|authors)\b",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    internal static partial Regex PointsBack();

    /// <summary>Labels of a note that names where its data came from ("Note: All population data is taken from …").</summary>
    public static readonly IReadOnlyList<string> NoteLabels = ["Note", "Notes", "NB"];

    /// <summary>Words one of which a note names before saying where its data came from ("Note: the data is taken from …").</summary>
    public static readonly IReadOnlyList<string> NoteDataWords = NoteDataWordsPattern.Split('|');

    private const string NoteDataWordsPattern = "data|figures|numbers|statistics|estimates|values|rates";

    // "Note: The data was sourced from the Bureau of Labor Statistics", "Note: figures are taken from the UN's Population
    // Division": a note that says where the data came from names its source. Not "Note: figures are estimates".
    [GeneratedRegex(@"^\s*(?:\*\*|__)?(?:Notes?|NB)\s*(?:\*\*|__)?\s*:\s*(?:\*\*|__)?(?=[^.!?]*?\b(?:" + NoteDataWordsPattern + @")\b)[^.!?]*?" +
        @"\b(?:(?:taken|sourced|obtained|drawn|compiled|retrieved|collected|derived|comes?|came)\s+from|(?:provided|published|compiled)\s+by|based\s+on)\s+(?<target>\S.*)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture | RegexOptions.Singleline)]
    private static partial Regex DataNote();

    /// <summary>The citation a "Source: …" sentence, or a note naming where its data came from, stands for.</summary>
    public Citation? SourceSentence(ProseBlock block, int start, int end)
    {
        // The label is followed by a colon: a sentence without one is not run through the regex.
        if (!block.Text.AsSpan(start, end - start).Contains(':')) return null;
        var m = _sourceSentence.Match(block.Text, start, end - start);
        if (!m.Success) m = DataNote().Match(block.Text, start, end - start);
        if (!m.Success) return null;
        var (s, e) = block.SourceSpan(start, end);
        return new Citation(CitationKind.Parenthetical, start, end, m.Groups["target"].Value.Trim().TrimEnd('.'), s, e);
    }
}
