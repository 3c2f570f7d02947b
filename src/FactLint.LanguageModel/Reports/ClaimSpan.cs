using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Reports;

/// <summary>A claim to list in a report: its character span [Start, End) in the scored text and a label (e.g. "percentage").</summary>
/// <param name="Decision">What the linter did with it ("reported", "exempt", "not reported"); null when unknown.</param>
/// <param name="Score">Its scores as the gate saw them (the claim's passage); null to take them from the report's tokens.</param>
public readonly record struct ClaimSpan(int Start, int End, string Label, string? Decision = null, ClaimSurprisal? Score = null);
