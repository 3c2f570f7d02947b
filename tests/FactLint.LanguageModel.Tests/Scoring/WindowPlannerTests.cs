using FactLint.LanguageModel.Scoring;

namespace FactLint.LanguageModel.Tests.Scoring;

public class WindowPlannerTests
{
    [Theory]
    [InlineData(1, 4, 1)]
    [InlineData(2, 4, 1)]
    [InlineData(4, 4, 1)]
    [InlineData(5, 4, 1)]
    [InlineData(100, 8, 3)]
    [InlineData(100, 8, 1)]
    [InlineData(100, 8, 7)]
    [InlineData(257, 256, 128)]
    public void Every_target_is_scored_once_from_the_window_with_most_left_context(int n, int context, int overlap)
    {
        var windows = WindowPlanner.Plan(n, context, overlap);

        var scoredBy = new int[n];
        Array.Fill(scoredBy, -1);
        for (int i = 0; i < windows.Count; i++)
        {
            var w = windows[i];
            Assert.InRange(w.Length, 1, context);
            Assert.True(w.Start < w.FirstTarget && w.EndTarget <= w.End);
            for (int t = w.FirstTarget; t < w.EndTarget; t++)
            {
                Assert.Equal(-1, scoredBy[t]);
                scoredBy[t] = i;
            }
        }
        for (int t = 1; t < n; t++)
        {
            Assert.NotEqual(-1, scoredBy[t]);
            int best = windows.Where(w => w.Start < t && t < w.End).Max(w => t - w.Start);
            Assert.Equal(best, t - windows[scoredBy[t]].Start);
            if (scoredBy[t] > 0) Assert.True(t - windows[scoredBy[t]].Start >= overlap);
        }
    }

    [Fact]
    public void Last_window_is_pulled_back_to_full_length()
    {
        var windows = WindowPlanner.Plan(10, 4, 1);
                Assert.Equal([new ScoringWindow(0, 4, 1, 4), new ScoringWindow(3, 4, 4, 7), new ScoringWindow(6, 4, 7, 10)], windows);
    }
}
