using FactLint.LanguageModel.Execution;
using Microsoft.ML.OnnxRuntime;

namespace FactLint.LanguageModel.Tests.Execution;

/// <summary>A fact about the default (CPU-only ONNX Runtime) build; skipped in a -p:FactLintGpu=true build, which has a CUDA provider.</summary>
public sealed class CpuPackageFactAttribute : FactAttribute
{
    public CpuPackageFactAttribute()
    {
        if (OrtEnv.Instance().GetAvailableProviders().Contains(ExecutionProviderSelector.CudaProvider))
            Skip = "ONNX Runtime here has a CUDA provider (GPU build); this test is about the CPU package";
    }
}
