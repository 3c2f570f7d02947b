using FactLint.Core.Config;
using FactLint.Core.Surprisal;

namespace FactLint.Cli;

/// <summary>
/// Loads the language model for a run (once per model folder) and says, in one line, when surprisal is skipped.
/// </summary>
internal sealed class ModelHost(bool disabled, string? modelOverride, string device, TextWriter log) : IDisposable
{
    private readonly List<string> _notices = new();

    public IReadOnlyList<string> Notices => _notices;

    public ISurprisalScorer? ScorerFor(FactLintConfig config)
    {
        if (disabled || (modelOverride is null && string.Equals(config.Model, "none", StringComparison.OrdinalIgnoreCase)))
        {
            Note("surprisal skipped (--no-model or model: none)");
            return null;
        }
        Note("surprisal skipped: the language model engine is not wired in yet");
        _ = (device, log);
        return null;
    }

    private void Note(string notice)
    {
        lock (_notices) if (!_notices.Contains(notice)) _notices.Add(notice);
    }

    public void Dispose() { }
}
