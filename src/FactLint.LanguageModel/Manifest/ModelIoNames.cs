namespace FactLint.LanguageModel.Manifest;

/// <summary>Graph input/output names from model.yaml's <c>inputs:</c> and <c>outputs:</c>.</summary>
/// <param name="AttentionMask">Null when the manifest does not name one.</param>
/// <param name="PositionIds">Null when the manifest does not name one.</param>
/// <param name="LogitPositions">
/// Optional int64 [n] input of the flat positions (batch entry × sequence length + position) whose logits the graph
/// outputs, as [n, vocab]; null when the manifest does not name one (a graph input called <c>logit_positions</c> is still used).
/// </param>
public sealed record ModelIoNames(string InputIds, string? AttentionMask, string? PositionIds, string Logits, string? LogitPositions = null);
