using System.Xml.Linq;

namespace FactLint.MSBuild.Tests;

/// <summary>Central package versions that must move together (Directory.Packages.props).</summary>
public sealed class PackageVersionsTests
{
    private static Dictionary<string, string> Versions()
    {
        var props = Path.Combine(PackedFeedFixture.FindRepositoryRoot(), "Directory.Packages.props");
        return XDocument.Load(props).Descendants("PackageVersion")
            .ToDictionary(e => (string)e.Attribute("Include")!, e => (string)e.Attribute("Version")!, StringComparer.OrdinalIgnoreCase);
    }

    [Fact]
    public void Cpu_and_gpu_onnx_runtime_are_pinned_to_one_version()
    {
        // -p:FactLintGpu=true swaps the CPU package for the GPU one; with different pins a GPU build would score with another runtime.
        var versions = Versions();
        Assert.Equal(versions["Microsoft.ML.OnnxRuntime"], versions["Microsoft.ML.OnnxRuntime.Gpu"]);
    }
}
