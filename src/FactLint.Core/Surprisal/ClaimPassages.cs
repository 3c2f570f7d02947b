namespace FactLint.Core.Surprisal;

/// <summary>
/// The parts of a file the model scores: each claim with a bounded left context, so the cost follows the claims,
/// not the file. Each claim gets its own passage, scored from a fresh start, so its score does not depend on which
/// other claims were scored with it (check, score and the cache agree).
/// </summary>
public static class ClaimPassages
{
    /// <summary>Characters of left context before each claim (docs/surprisal-thresholds.md measures how much the gate needs).</summary>
    public const int DefaultContextChars = 40;

    /// <summary>Longest stretch past a claim's end searched for the end of its word.</summary>
    private const int WordTail = 32;

    /// <summary>One [Start, End) range of <paramref name="text"/> per claim span, in the same order.</summary>
    public static IReadOnlyList<(int Start, int End)> Plan(string text, IEnumerable<(int Start, int End)> claims, int contextChars = DefaultContextChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(contextChars);
        return claims.Select(c =>
        {
            int start = Math.Clamp(c.Start, 0, text.Length);
            return (WordStartAtOrAfter(text, Math.Max(0, start - contextChars), start), WordEndAtOrAfter(text, Math.Clamp(c.End, start, text.Length)));
        }).ToList();
    }

    /// <summary>Scores every claim's passage in one request; each claim's statistics come from its own passage only.</summary>
    public static IReadOnlyList<ClaimSurprisal?> ScoreEach(ISurprisalScorer scorer, string text, IReadOnlyList<(int Start, int End)> claims,
        int contextChars = DefaultContextChars, CancellationToken cancellationToken = default)
    {
        var passages = Plan(text, claims, contextChars);
        // Only the claim's tokens are read; the scorer may skip the context's (the model's output projection is most of the work).
        var from = passages.Select((p, i) => Math.Clamp(claims[i].Start - p.Start, 0, p.End - p.Start)).ToList();
        var scored = scorer.ScoreMany(passages.Select(p => text[p.Start..p.End]).ToList(), from, cancellationToken);
        var result = new ClaimSurprisal?[claims.Count];
        for (int i = 0; i < claims.Count; i++)
        {
            int shift = passages[i].Start;
            result[i] = ClaimSurprisal.Over(scored[i], claims[i].Start - shift, claims[i].End - shift) is { } s
                ? s with { Tokens = s.Tokens.Select(t => t with { Start = t.Start + shift, End = t.End + shift }).ToList() }
                : null;
        }
        return result;
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
