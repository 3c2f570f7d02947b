using System.IO.Compression;

namespace FactLint.MSBuild.Tests;

/// <summary>
/// Both packages carry ONNX Runtime only for the platforms a .NET tool or an MSBuild build runs on: no iOS or Android
/// builds, no Windows import libraries (docs/integrations.md gives the sizes).
/// </summary>
public sealed class PackageContentsTests(PackedFeedFixture feed) : IClassFixture<PackedFeedFixture>
{
    private static readonly string[] Desktop = ["linux-x64", "linux-arm64", "win-x64", "win-arm64", "osx-x64", "osx-arm64"];

    [Theory]
    [InlineData("FactLint.Cli")]
    [InlineData("FactLint.MSBuild")]
    public void Package_holds_onnx_runtime_for_desktop_and_server_platforms_only(string id)
    {
        using var zip = ZipFile.OpenRead(feed.Package(id));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        var runtimes = names.Select(n => n.Split('/')).Where(p => p.Length > 3 && p[^4] == "runtimes").Select(p => p[^3]).Distinct().Order().ToList();

        Assert.Contains("linux-x64", runtimes);
        Assert.Contains("win-x64", runtimes);
        Assert.All(runtimes, rid => Assert.Contains(rid, Desktop));
        Assert.DoesNotContain(names, n => n.EndsWith(".lib", StringComparison.OrdinalIgnoreCase) || n.EndsWith(".aar", StringComparison.Ordinal) || n.Contains("xcframework", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("/libonnxruntime.so", StringComparison.Ordinal));
        Assert.Contains(names, n => n.EndsWith("/models/factlint-tiny/model.yaml", StringComparison.Ordinal));
    }
}
