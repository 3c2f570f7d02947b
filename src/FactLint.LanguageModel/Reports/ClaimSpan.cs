namespace FactLint.LanguageModel.Reports;

/// <summary>A claim to list in a report: its character span [Start, End) in the scored text and a label (e.g. "percentage").</summary>
public readonly record struct ClaimSpan(int Start, int End, string Label);
