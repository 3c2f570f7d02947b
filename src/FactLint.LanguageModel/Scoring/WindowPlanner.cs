namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// Splits a token sequence into overlapping windows of at most <c>contextLength</c> tokens.
/// Each target is scored once, in the earliest window that holds it: later windows start further
/// right, so the earliest one gives it the most left context (at least <c>overlap</c> tokens once past the first window).
/// </summary>
public static class WindowPlanner
{
    /// <param name="sequenceLength">Tokens in the sequence, BOS included; targets are positions 1..n-1.</param>
    public static IReadOnlyList<ScoringWindow> Plan(int sequenceLength, int contextLength, int overlap)
    {
        if (contextLength < 2) throw new ArgumentOutOfRangeException(nameof(contextLength), "context length must be at least 2");
        // Overlap 0 would leave each window's first token without a predecessor.
        if (overlap < 1 || overlap >= contextLength) throw new ArgumentOutOfRangeException(nameof(overlap), "overlap must be in [1, context length)");
        var windows = new List<ScoringWindow>();
        if (sequenceLength < 2) return windows;

        int stride = contextLength - overlap;
        int start = 0, nextTarget = 1;
        while (true)
        {
            int end = Math.Min(start + contextLength, sequenceLength);
            windows.Add(new ScoringWindow(start, end - start, nextTarget, end));
            if (end == sequenceLength) return windows;
            nextTarget = end;
            // The last window is pulled back to end at the sequence end: full length, more context.
            start = Math.Min(start + stride, sequenceLength - contextLength);
        }
    }
}
