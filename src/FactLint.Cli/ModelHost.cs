using FactLint.Core.Config;
using FactLint.Core.Surprisal;
using FactLint.LanguageModel;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;

namespace FactLint.Cli;

/// <summary>The model could not be used although the user asked for it by name (exit code 2).</summary>
internal sealed class ModelRequiredException(string message) : Exception(message);

/// <summary>
/// Loads the language model for a run, once per model folder, and says in one line when surprisal is skipped.
/// The bundled model is optional: if it cannot be loaded, the run goes on without surprisal and says why.
/// A model named by <c>--model</c> or the config is required: failing to load it is an error.
/// </summary>
/// <param name="verbose">Say which model runs where (<c>--verbose</c>); otherwise a CPU fallback is silent.</param>
internal sealed class ModelHost(bool disabled, string? modelOverride, string? device, TextWriter log, bool verbose = false) : IDisposable
{
    private readonly Dictionary<string, ISurprisalScorer?> _scorers = new(StringComparer.Ordinal);
    private readonly List<string> _notices = new();

    public IReadOnlyList<string> Notices => _notices;

    public ISurprisalScorer? ScorerFor(FactLintConfig config)
    {
        if (disabled || (modelOverride is null && string.Equals(config.Model, "none", StringComparison.OrdinalIgnoreCase)))
        {
            Note("surprisal skipped (--no-model or model: none)");
            return null;
        }
        string? requested = modelOverride is not null ? Path.GetFullPath(modelOverride)
            : config.Model is not null ? config.Resolve(config.Model)
            : null;
        string key = requested ?? "<default>";
        lock (_scorers)
        {
            if (_scorers.TryGetValue(key, out var cached)) return cached;
            var scorer = Load(requested, config);
            _scorers[key] = scorer;
            return scorer;
        }
    }

    private ISurprisalScorer? Load(string? requested, FactLintConfig config)
    {
        var deviceName = device ?? config.Device;
        var options = new ScorerOptions
        {
            Device = ExecutionDeviceNames.Parse(deviceName),
            Log = Write,
            Verbose = verbose ? Write : null,
            // LintRun already runs one file per core; one thread per model call avoids oversubscribing them.
            Threads = 1,
        };
        try
        {
            var scorer = ScorerFactory.Create(requested, options, Path.Combine(FactLint.Core.IO.CacheFolder.Prepare(config.Resolve(config.Cache)), "scores"));
            if (verbose) Write($"model {scorer.Info.Name} on {scorer.Info.Device}");
            return scorer;
        }
        catch (Exception e) when (e is ModelLoadException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            if (requested is not null || deviceName == "cuda")
                throw new ModelRequiredException($"cannot use the language model: {e.Message}");
            Note($"surprisal skipped: {e.Message}");
            return null;
        }
    }

    private void Write(string line)
    {
        lock (log) log.WriteLine(line.StartsWith("factlint:", StringComparison.Ordinal) ? line : $"factlint: {line}");
    }

    private void Note(string notice)
    {
        lock (_notices) if (!_notices.Contains(notice)) _notices.Add(notice);
    }

    public void Dispose()
    {
        foreach (var scorer in _scorers.Values) scorer?.Dispose();
    }
}
