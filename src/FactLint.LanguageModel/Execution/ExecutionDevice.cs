namespace FactLint.LanguageModel.Execution;

/// <summary>Where the model runs. Auto tries CUDA and falls back to the CPU.</summary>
public enum ExecutionDevice
{
    Auto,
    Cpu,
    Cuda,
}
