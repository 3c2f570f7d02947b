using FactLint.LanguageModel.Caching;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;

namespace FactLint.LanguageModel.Tests;

public class ScorerFactoryTests
{
    [Fact]
    public void Creates_a_cached_scorer_for_an_explicit_model()
    {
        using var folder = new TestModelFolder();
        var cacheDir = Path.Combine(folder.Directory, "cache");
        using var scorer = ScorerFactory.Create(folder.Directory, new ScorerOptions { Device = ExecutionDeviceNames.Parse("cpu") }, cacheDir);

        var cached = Assert.IsType<CachingSurprisalScorer>(scorer);
        Assert.Equal(scorer.Score("the in"), scorer.Score("the in"));
        Assert.Equal(1, cached.Hits);
        Assert.Single(Directory.GetFiles(cacheDir));
    }

    [Fact]
    public void Without_a_cache_directory_scores_directly()
    {
        using var folder = new TestModelFolder();
        using var scorer = ScorerFactory.Create(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cpu });
        Assert.IsType<OnnxSurprisalScorer>(scorer);
    }

    [Fact]
    public void A_missing_explicit_model_is_an_error_not_a_fallback()
    {
        var e = Assert.Throws<ModelLoadException>(() => ScorerFactory.Create("/no/such/model"));
        Assert.Equal("/no/such/model: model folder not found", e.Message);
    }

    [Theory]
    [InlineData("auto", ExecutionDevice.Auto)]
    [InlineData("CPU", ExecutionDevice.Cpu)]
    [InlineData("cuda", ExecutionDevice.Cuda)]
    public void Device_names_parse(string name, ExecutionDevice expected) => Assert.Equal(expected, ExecutionDeviceNames.Parse(name));

    [Fact]
    public void Unknown_device_name_is_refused() => Assert.False(ExecutionDeviceNames.TryParse("tpu", out _));

    [Fact]
    public void Cancellation_stops_scoring()
    {
        using var folder = new TestModelFolder();
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cpu, ContextLength = 8, WindowOverlap = 4 });
        Assert.Throws<OperationCanceledException>(() => scorer.Score("the in the in the in the in", new CancellationToken(canceled: true)));
    }
}
