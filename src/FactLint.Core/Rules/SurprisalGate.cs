using FactLint.Core.Diagnostics;
using FactLint.Core.Surprisal;

namespace FactLint.Core.Rules;

/// <summary>Which number stands for a claim's surprisal: its total bits, the highest token, the mean, or the worst token rank.</summary>
public enum SurprisalStatistic { Sum, Max, Mean, Rank }

/// <summary>
/// How a claim rule uses the language model (the rule's <c>surprisal:</c> field).
/// The reconstruction test (<see cref="ExemptTopK"/>, <see cref="ExemptMinProbability"/>) exempts a claim only when the
/// model would have written every one of its tokens itself: each within its top k, each with at least that probability.
/// Length cannot pass it, unlike a threshold on summed bits. The threshold fields (<see cref="ExemptBelow"/>,
/// <see cref="MinBits"/>, <see cref="RaiseAbove"/>) apply to <see cref="Statistic"/>; the core pack sets none of them.
/// Without scores every claim is reported as configured.
/// </summary>
public sealed record SurprisalGate(double? ExemptBelow, double? MinBits, double? RaiseAbove, Severity RaiseTo = Severity.Error, SurprisalStatistic Statistic = SurprisalStatistic.Sum)
{
    /// <summary>Exempt a claim whose every token is within the model's top <c>k</c> (and above <see cref="ExemptMinProbability"/>).</summary>
    public int? ExemptTopK { get; init; }

    /// <summary>With <see cref="ExemptTopK"/>: the probability every claim token must reach; 0 when unset.</summary>
    public double? ExemptMinProbability { get; init; }

    public double ValueOf(ClaimSurprisal score) => Statistic switch
    {
        SurprisalStatistic.Max => score.MaxBits,
        SurprisalStatistic.Mean => score.MeanBits,
        SurprisalStatistic.Rank => score.MaxRank,
        _ => score.SumBits,
    };

    /// <summary>True when the model reproduces the claim: every token within the top k with at least the floor probability.</summary>
    public bool Reconstructs(ClaimSurprisal score)
    {
        if (ExemptTopK is not { } k) return false;
        // p >= floor  <=>  bits <= -log2(floor); a floor of 0 admits any probability.
        double maxBits = ExemptMinProbability is double floor && floor > 0 ? -Math.Log2(floor) : double.PositiveInfinity;
        foreach (var t in score.Tokens)
            if (t.Rank < 1 || t.Rank > k || t.Bits > maxBits) return false;
        return score.Tokens.Count > 0;
    }

    public bool Suppresses(ClaimSurprisal? score) =>
        score is not null && (Reconstructs(score) || (ExemptBelow is { } exempt && ValueOf(score) < exempt) || (MinBits is { } min && ValueOf(score) < min));

    public Severity SeverityFor(ClaimSurprisal? score, Severity level) =>
        score is not null && RaiseAbove is { } raise && ValueOf(score) >= raise && RaiseTo > level ? RaiseTo : level;
}
