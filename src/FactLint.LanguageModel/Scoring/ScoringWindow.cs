namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// One model call's slice of the sequence: positions [Start, Start + Length). It reports targets
/// [FirstTarget, EndTarget), each predicted from the logits one position before it.
/// </summary>
public readonly record struct ScoringWindow(int Start, int Length, int FirstTarget, int EndTarget)
{
    public int End => Start + Length;
}
