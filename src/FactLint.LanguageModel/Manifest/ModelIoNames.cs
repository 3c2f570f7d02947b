namespace FactLint.LanguageModel.Manifest;

/// <summary>Graph input/output names from model.yaml's <c>inputs:</c> and <c>outputs:</c>.</summary>
/// <param name="AttentionMask">Null when the manifest does not name one.</param>
/// <param name="PositionIds">Null when the manifest does not name one.</param>
public sealed record ModelIoNames(string InputIds, string? AttentionMask, string? PositionIds, string Logits);
