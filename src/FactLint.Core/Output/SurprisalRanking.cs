using FactLint.Core.Diagnostics;
using FactLint.Core.Surprisal;

namespace FactLint.Core.Output;

/// <summary>
/// Orders findings by how little the model reconstructs their claim: the worst token rank first (the gate's
/// statistic), then the highest token bits. Findings without a score come last, in their usual order.
/// </summary>
public static class SurprisalRanking
{
    /// <summary>The name of the gate's statistic in JSON and SARIF.</summary>
    public const string StatisticName = "max_token_rank";

    /// <summary>Least reconstructible first; a stable sort, so ties keep path/line order.</summary>
    public static IReadOnlyList<Diagnostic> Order(IReadOnlyList<Diagnostic> diagnostics) =>
        diagnostics.Select((d, i) => (d, i)).OrderBy(x => x.d, Comparer).ThenBy(x => x.i).Select(x => x.d).ToList();

    /// <summary>1-based place of each scored finding in <see cref="Order"/>; unscored findings have none.</summary>
    public static IReadOnlyDictionary<Diagnostic, int> Ranks(IReadOnlyList<Diagnostic> diagnostics)
    {
        var ranks = new Dictionary<Diagnostic, int>(ReferenceEqualityComparer.Instance);
        foreach (var d in Order(diagnostics))
            if (d.Surprisal is not null) ranks[d] = ranks.Count + 1;
        return ranks;
    }

    private static readonly Comparer<Diagnostic> Comparer = Comparer<Diagnostic>.Create((a, b) =>
    {
        if (a.Surprisal is not { } x) return b.Surprisal is null ? 0 : 1;
        if (b.Surprisal is not { } y) return -1;
        int c = y.MaxRank.CompareTo(x.MaxRank);
        return c != 0 ? c : y.MaxBits.CompareTo(x.MaxBits);
    });

    /// <summary>Writes <c>{statistic, value, max_bits, sum_bits, tokens, rank}</c> for a scored finding.</summary>
    public static void Write(System.Text.Json.Utf8JsonWriter json, string property, ClaimSurprisal score, int rank)
    {
        json.WriteStartObject(property);
        json.WriteString("statistic", StatisticName);
        json.WriteNumber("value", score.MaxRank);
        json.WriteNumber("max_bits", Math.Round(score.MaxBits, 3));
        json.WriteNumber("sum_bits", Math.Round(score.SumBits, 3));
        json.WriteNumber("tokens", score.Tokens.Count);
        json.WriteNumber("rank", rank);
        json.WriteEndObject();
    }
}
