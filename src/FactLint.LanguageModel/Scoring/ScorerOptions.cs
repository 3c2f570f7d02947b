using FactLint.LanguageModel.Execution;

namespace FactLint.LanguageModel.Scoring;

/// <summary>How <see cref="OnnxSurprisalScorer"/> runs. Defaults suit a laptop CPU.</summary>
public sealed record ScorerOptions
{
    public ExecutionDevice Device { get; init; } = ExecutionDevice.Auto;

    /// <summary>Intra-op threads; 0 lets ONNX Runtime use one per core.</summary>
    public int Threads { get; init; }

    /// <summary>At most this many windows per model call.</summary>
    public int BatchSize { get; init; } = 64;

    /// <summary>At most this many padded positions per model call (a window longer than this runs alone); bounds the logits buffer.</summary>
    public int BatchTokens { get; init; } = 1024;

    /// <summary>Window length in tokens (BOS included); null uses the manifest's context_length, larger values are refused.</summary>
    public int? ContextLength { get; init; }

    /// <summary>Tokens shared by consecutive windows = minimum left context after the first window; null is half the window.</summary>
    public int? WindowOverlap { get; init; }

    /// <summary>Receives diagnostics (one line each), e.g. an ignored corrupt cache entry; the CLI passes stderr.</summary>
    public Action<string>? Log { get; init; }

    /// <summary>Receives lines only worth showing on request (<c>--verbose</c>), e.g. why <c>auto</c> runs on CPU.</summary>
    public Action<string>? Verbose { get; init; }

    public static ScorerOptions Default { get; } = new();
}
