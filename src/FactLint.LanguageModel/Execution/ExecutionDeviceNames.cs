namespace FactLint.LanguageModel.Execution;

/// <summary>The CLI spellings of <see cref="ExecutionDevice"/>: auto, cpu, cuda.</summary>
public static class ExecutionDeviceNames
{
    public static IReadOnlyList<string> All { get; } = ["auto", "cpu", "cuda"];

    public static bool TryParse(string? name, out ExecutionDevice device)
    {
        switch (name?.Trim().ToLowerInvariant())
        {
            case "auto": device = ExecutionDevice.Auto; return true;
            case "cpu": device = ExecutionDevice.Cpu; return true;
            case "cuda" or "gpu": device = ExecutionDevice.Cuda; return true;
            default: device = ExecutionDevice.Auto; return false;
        }
    }

    public static ExecutionDevice Parse(string name) =>
        TryParse(name, out var device) ? device : throw new ArgumentException($"unknown device '{name}' (expected auto, cpu or cuda)", nameof(name));
}
