using Microsoft.ML.OnnxRuntime;

namespace FactLint.LanguageModel.Execution;

/// <summary>
/// Builds session options for a device. The CPU NuGet package (the default build) has no CUDA
/// provider; build with <c>-p:FactLintGpu=true</c> to link Microsoft.ML.OnnxRuntime.Gpu instead.
/// </summary>
public static class ExecutionProviderSelector
{
    public const string CudaProvider = "CUDAExecutionProvider";

    /// <summary>Session options for <paramref name="device"/>; returns the device actually used ("cpu" or "cuda").</summary>
    /// <param name="intraOpThreads">Threads inside one operator; 0 lets ONNX Runtime choose (one per core).</param>
    /// <param name="log">Receives the one line explaining why <c>auto</c> fell back to CPU (the CLI shows it under --verbose); may be null.</param>
    public static (SessionOptions Options, string Device) Create(ExecutionDevice device, int intraOpThreads, Action<string>? log, int cudaDeviceId = 0)
    {
        var options = new SessionOptions
        {
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            // Windows have a fixed length, so memory patterns and the arena pay off across runs.
            EnableMemoryPattern = true,
            EnableCpuMemArena = true,
            InterOpNumThreads = 1,
            LogSeverityLevel = OrtLoggingLevel.ORT_LOGGING_LEVEL_ERROR,
        };
        if (intraOpThreads > 0) options.IntraOpNumThreads = intraOpThreads;
        // Files are linted in parallel: idle ONNX Runtime workers spinning for work would only take cores from them.
        options.AddSessionConfigEntry("session.intra_op.allow_spinning", "0");
        if (device == ExecutionDevice.Cpu) return (options, "cpu");

        var reason = TryAppendCuda(options, cudaDeviceId);
        if (reason is null) return (options, "cuda");
        if (device == ExecutionDevice.Cuda)
        {
            options.Dispose();
            throw new InvalidOperationException($"device 'cuda' requested but unavailable: {reason}");
        }
        // Falling back is the normal case on a machine without CUDA: say so only when asked.
        log?.Invoke($"factlint: CUDA unavailable, scoring on CPU ({reason})");
        return (options, "cpu");
    }

    /// <summary>Null when CUDA was appended, else why not.</summary>
    private static string? TryAppendCuda(SessionOptions options, int deviceId)
    {
        string[] providers;
        try { providers = OrtEnv.Instance().GetAvailableProviders(); }
        catch (Exception e) { return $"cannot list ONNX Runtime providers: {e.Message}"; }
        if (!providers.Contains(CudaProvider))
            return "this ONNX Runtime build has no CUDA provider; rebuild with -p:FactLintGpu=true for Microsoft.ML.OnnxRuntime.Gpu";
        try
        {
            options.AppendExecutionProvider_CUDA(deviceId);
            return null;
        }
        catch (Exception e) when (e is OnnxRuntimeException or EntryPointNotFoundException or DllNotFoundException)
        {
            // Typically missing CUDA/cuDNN libraries or no GPU.
            return FirstLine(e.Message);
        }
    }

    private static string FirstLine(string s) => s.Split('\n', 2)[0].Trim();
}
