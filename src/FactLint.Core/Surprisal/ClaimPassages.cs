namespace FactLint.Core.Surprisal;

/// <summary>
/// The parts of a file the model scores: each claim with a bounded left context, so the cost follows the claims,
/// not the file. Passages that touch are merged; each is scored on its own, from a fresh start.
/// </summary>
public static class ClaimPassages
{
    /// <summary>Characters of left context before each claim (docs/surprisal-thresholds.md measures how much the statistic needs).</summary>
    public const int DefaultContextChars = 160;

    /// <summary>Longest stretch past a claim's end searched for the end of its word.</summary>
    private const int WordTail = 32;

    /// <summary>Sorted, disjoint [Start, End) ranges of <paramref name="text"/> covering every claim span with its context.</summary>
    public static IReadOnlyList<(int Start, int End)> Plan(string text, IEnumerable<(int Start, int End)> claims, int contextChars = DefaultContextChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contextChars);
        var passages = new List<(int Start, int End)>();
        foreach (var (claimStart, claimEnd) in claims.OrderBy(c => c.Start))
        {
            int start = WordStartAtOrAfter(text, Math.Max(0, claimStart - contextChars), claimStart);
            int end = WordEndAtOrAfter(text, Math.Min(claimEnd, text.Length));
            if (passages.Count > 0 && start <= passages[^1].End)
                passages[^1] = (passages[^1].Start, Math.Max(passages[^1].End, end));
            else
                passages.Add((start, end));
        }
        return passages;
    }

    /// <summary>Scores the passages in one request and returns their tokens with offsets into <paramref name="text"/>, in order.</summary>
    public static IReadOnlyList<TokenSurprisal> Score(ISurprisalScorer scorer, string text, IReadOnlyList<(int Start, int End)> passages, CancellationToken cancellationToken = default)
    {
        var texts = passages.Select(p => text[p.Start..p.End]).ToList();
        var scored = scorer.ScoreMany(texts, cancellationToken);
        var tokens = new List<TokenSurprisal>(scored.Sum(s => s.Count));
        for (int i = 0; i < passages.Count; i++)
        {
            int shift = passages[i].Start;
            foreach (var t in scored[i]) tokens.Add(t with { Start = t.Start + shift, End = t.End + shift });
        }
        return tokens;
    }

    // A cut inside a word would tokenize it differently from the whole text: start after the next whitespace instead.
    private static int WordStartAtOrAfter(string text, int at, int limit)
    {
        if (at == 0 || char.IsWhiteSpace(text[at - 1])) return at;
        for (int i = at; i < limit; i++)
            if (char.IsWhiteSpace(text[i])) return i + 1;
        return limit;
    }

    private static int WordEndAtOrAfter(string text, int at)
    {
        int stop = Math.Min(text.Length, at + WordTail);
        for (int i = at; i < stop; i++)
            if (char.IsWhiteSpace(text[i])) return i;
        return stop;
    }
}
