namespace FactLint.Core.Surprisal;

/// <summary>Surprisal of one claim: the statistics over the model tokens that overlap its span.</summary>
/// <param name="MaxRank">The worst rank among its tokens (1 = every token was the model's first choice); 0 when ranks are unknown.</param>
public sealed record ClaimSurprisal(double SumBits, double MeanBits, double MaxBits, IReadOnlyList<TokenSurprisal> Tokens, int MaxRank = 0)
{
    /// <summary>Aggregates the tokens overlapping [start, end); null when no token overlaps.</summary>
    public static ClaimSurprisal? Over(IReadOnlyList<TokenSurprisal> tokens, int start, int end)
    {
        // Tokens are sorted by Start: binary search the first token that ends after the span start.
        int lo = 0, hi = tokens.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (tokens[mid].End <= start) lo = mid + 1; else hi = mid;
        }
        var hit = new List<TokenSurprisal>();
        for (int i = lo; i < tokens.Count && tokens[i].Start < end; i++)
        {
            if (tokens[i].End > start) hit.Add(tokens[i]);
        }
        if (hit.Count == 0) return null;
        double sum = 0, max = double.NegativeInfinity;
        int rank = 0;
        foreach (var t in hit) { sum += t.Bits; max = Math.Max(max, t.Bits); rank = Math.Max(rank, t.Rank); }
        return new ClaimSurprisal(sum, sum / hit.Count, max, hit, rank);
    }
}
