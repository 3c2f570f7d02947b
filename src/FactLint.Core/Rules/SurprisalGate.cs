using FactLint.Core.Diagnostics;
using FactLint.Core.Surprisal;

namespace FactLint.Core.Rules;

/// <summary>Which number stands for a claim's surprisal: its total bits (−log₂ of the claim's probability), the highest token, or the mean.</summary>
public enum SurprisalStatistic { Sum, Max, Mean }

/// <summary>
/// How a claim rule uses the language model (the rule's <c>surprisal:</c> field), on the claim's <see cref="Statistic"/>:
/// below <see cref="ExemptBelow"/> bits it is common knowledge and not reported; below <see cref="MinBits"/> not reported;
/// at or above <see cref="RaiseAbove"/> the severity becomes <see cref="RaiseTo"/>. Without scores every claim is reported as configured.
/// </summary>
public sealed record SurprisalGate(double? ExemptBelow, double? MinBits, double? RaiseAbove, Severity RaiseTo = Severity.Error, SurprisalStatistic Statistic = SurprisalStatistic.Sum)
{
    public double ValueOf(ClaimSurprisal score) => Statistic switch
    {
        SurprisalStatistic.Max => score.MaxBits,
        SurprisalStatistic.Mean => score.MeanBits,
        _ => score.SumBits,
    };

    public bool Suppresses(ClaimSurprisal? score) =>
        score is not null && ((ExemptBelow is { } exempt && ValueOf(score) < exempt) || (MinBits is { } min && ValueOf(score) < min));

    public Severity SeverityFor(ClaimSurprisal? score, Severity level) =>
        score is not null && RaiseAbove is { } raise && ValueOf(score) >= raise && RaiseTo > level ? RaiseTo : level;
}
