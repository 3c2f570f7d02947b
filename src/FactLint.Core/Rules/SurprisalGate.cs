using FactLint.Core.Diagnostics;
using FactLint.Core.Surprisal;

namespace FactLint.Core.Rules;

/// <summary>
/// How a claim rule uses the language model (the rule's <c>surprisal:</c> field), on the claim's highest token surprisal:
/// below <see cref="ExemptBelow"/> bits it is common knowledge and not reported; below <see cref="MinBits"/> not reported;
/// at or above <see cref="RaiseAbove"/> the severity becomes <see cref="RaiseTo"/>. Without scores every claim is reported as configured.
/// </summary>
public sealed record SurprisalGate(double? ExemptBelow, double? MinBits, double? RaiseAbove, Severity RaiseTo = Severity.Error)
{
    public bool Suppresses(ClaimSurprisal? score) =>
        score is not null && ((ExemptBelow is { } exempt && score.MaxBits < exempt) || (MinBits is { } min && score.MaxBits < min));

    public Severity SeverityFor(ClaimSurprisal? score, Severity level) =>
        score is not null && RaiseAbove is { } raise && score.MaxBits >= raise && RaiseTo > level ? RaiseTo : level;
}
