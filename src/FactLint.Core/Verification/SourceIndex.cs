using FactLint.Core.Verification.Sources;

namespace FactLint.Core.Verification;

/// <summary>One source's figures, dates and words, built once per run and searched by every claim that cites it.</summary>
public sealed class SourceIndex
{
    /// <summary>Bumped whenever extraction or reading changes, so cached indexes are rebuilt.</summary>
    public const int FormatVersion = 1;

    private readonly Dictionary<decimal, List<Figure>> _byValue = new();
    private readonly Lazy<(List<Word> Words, Dictionary<string, List<int>> Exact, Dictionary<string, List<int>> Folded)> _words;

    public SourceIndex(SourceDocument document, IReadOnlyList<Figure> figures, IReadOnlyList<DateMention> dates)
    {
        Document = document;
        Figures = figures;
        Dates = dates;
        foreach (var f in figures)
        {
            if (!_byValue.TryGetValue(f.Value, out var list)) _byValue[f.Value] = list = new List<Figure>();
            list.Add(f);
        }
        _words = new(() =>
        {
            var words = Words.Split(document.Text);
            return (words, QuoteMatcher.Positions(words, folded: false), QuoteMatcher.Positions(words, folded: true));
        });
    }

    public static SourceIndex Build(SourceDocument document) =>
        new(document, FigureReader.Read(document.Text), DateReader.Read(document.Text));

    public SourceDocument Document { get; }
    public IReadOnlyList<Figure> Figures { get; }
    public IReadOnlyList<DateMention> Dates { get; }
    public List<Word> WordList => _words.Value.Words;
    public Dictionary<string, List<int>> WordPositions(bool folded) => folded ? _words.Value.Folded : _words.Value.Exact;

    public IReadOnlyList<Figure> WithValue(decimal value) => _byValue.TryGetValue(value, out var list) ? list : [];

    public static bool InRange(int offset, (int Start, int End)? range) => range is not { } r || (offset >= r.Start && offset < r.End);
}
