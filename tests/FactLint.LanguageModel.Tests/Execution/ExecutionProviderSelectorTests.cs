using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;
using Microsoft.ML.OnnxRuntime;

namespace FactLint.LanguageModel.Tests.Execution;

public class ExecutionProviderSelectorTests
{
    [CpuPackageFact]
    public void Auto_falls_back_to_cpu_silently_and_says_why_only_to_the_verbose_log()
    {
        var log = new List<string>();
        var verbose = new List<string>();
        using var folder = new TestModelFolder();
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Auto, Log = log.Add, Verbose = verbose.Add });

        Assert.Equal("cpu", scorer.Info.Device);
        Assert.Empty(log);
        var line = Assert.Single(verbose);
        Assert.Equal("factlint: CUDA unavailable, scoring on CPU (this ONNX Runtime build has no CUDA provider; rebuild with -p:FactLintGpu=true for Microsoft.ML.OnnxRuntime.Gpu)", line);
        Assert.NotEmpty(scorer.Score("the"));
    }

    [CpuPackageFact]
    public void Cuda_fails_clearly_when_unavailable()
    {
        using var folder = new TestModelFolder();
        var e = Assert.Throws<InvalidOperationException>(() => OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cuda }));
        Assert.StartsWith("device 'cuda' requested but unavailable: this ONNX Runtime build has no CUDA provider", e.Message);
    }

    [Fact]
    public void Cpu_logs_nothing()
    {
        var log = new List<string>();
        var (options, device) = ExecutionProviderSelector.Create(ExecutionDevice.Cpu, 2, log.Add);
        using (options)
        {
            Assert.Equal("cpu", device);
            Assert.Equal(2, options.IntraOpNumThreads);
            Assert.Equal(GraphOptimizationLevel.ORT_ENABLE_ALL, options.GraphOptimizationLevel);
        }
        Assert.Empty(log);
    }
}
