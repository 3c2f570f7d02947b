using FactLint.Tests.Shared;

namespace FactLint.MSBuild.Tests;

/// <summary>
/// The packed FactLint.MSBuild (which publishes the CLI into tools/) and FactLint.Cli (the dotnet tool), once for all
/// end-to-end tests: taken from tests/run-all.sh, which packs them in the background (FACTLINT_TEST_FEED), or packed here
/// into a temporary feed when the tests run on their own.
/// Each test copies samples/DocsProject into its own folder and restores into a private packages folder, so a package
/// NuGet cached earlier can never stand in for the one just packed.
/// </summary>
public sealed class PackedFeedFixture : IDisposable
{
    public PackedFeedFixture()
    {
        RepositoryRoot = FindRepositoryRoot();
        Root = Directory.CreateTempSubdirectory("factlint-msbuild-e2e-").FullName;
        if (BackgroundStep.FolderFrom("FACTLINT_TEST_FEED") is { } shared)
        {
            var (exitCode, log) = BackgroundStep.Wait(shared);
            if (exitCode != 0) throw new InvalidOperationException($"packing FactLint.MSBuild and FactLint.Cli (tests/run-all.sh) failed ({exitCode}):\n{log}");
            Feed = shared;
            PackLog = log;
        }
        else
        {
            Feed = Path.Combine(Root, "feed");
            var log = new System.Text.StringBuilder();
            foreach (var project in new[] { "FactLint.MSBuild", "FactLint.Cli" })
            {
                var pack = DotnetProcess.Run(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, "src", project, project + ".csproj"),
                    "-c", "Release", "-o", Feed, "-nologo", "-v:n", "--disable-build-servers");
                log.Append(pack.Output);
                if (pack.ExitCode != 0) throw new InvalidOperationException($"dotnet pack {project} failed ({pack.ExitCode}):\n{pack.Output}");
            }
            PackLog = log.ToString();
        }
        var package = Directory.GetFiles(Feed, "FactLint.MSBuild.*.nupkg").Single();
        Version = Path.GetFileNameWithoutExtension(package)["FactLint.MSBuild.".Length..];
        _corePack = new Lazy<DotnetProcess.Result>(() => DotnetProcess.Run(RepositoryRoot, "pack", Path.Combine(RepositoryRoot, "src", "FactLint.Core", "FactLint.Core.csproj"),
            "-c", "Release", "-o", Feed, "-nologo", "--disable-build-servers"));
    }

    private readonly Lazy<DotnetProcess.Result> _corePack;

    /// <summary>Packs the FactLint.Core library into the same feed, on first use (only its tests pay for it).</summary>
    public DotnetProcess.Result PackCore() => _corePack.Value;

    public string RepositoryRoot { get; }
    public string Root { get; }
    public string Feed { get; }
    public string Version { get; }
    public string PackLog { get; }

    /// <summary>The package file of <paramref name="id"/> (FactLint.MSBuild or FactLint.Cli) in the feed.</summary>
    public string Package(string id) => Path.Combine(Feed, $"{id}.{Version}.nupkg");

    /// <summary>A fresh copy of samples/DocsProject whose nuget.config sees only the temporary feed.</summary>
    public string CopySample(string name)
    {
        var target = Path.Combine(Root, name);
        var source = Path.Combine(RepositoryRoot, "samples", "DocsProject");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            var first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj") continue;
            var destination = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
            File.Copy(file, destination);
        }
        File.WriteAllText(Path.Combine(target, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="e2e" value="{Feed}" />
              </packageSources>
            </configuration>
            """);
        return target;
    }

    /// <summary>
    /// <c>dotnet build</c> of a sample copy at normal verbosity (MSBuild names skipped targets there). Without the language model:
    /// faster, and the findings do not depend on model scores.
    /// </summary>
    public DotnetProcess.Result Build(string project, params string[] extra) =>
        DotnetProcess.Run(project, ["build", "-v:n", "-nologo", "--disable-build-servers", $"-p:FactLintVersion={Version}",
            $"-p:RestorePackagesPath={PackagesFolder}", "-p:FactLintNoModel=true", .. extra]);

    public string PackagesFolder => Path.Combine(Root, "packages");

    /// <summary>
    /// What the packaged CLI itself reports for the sample's docs (run directly, not through MSBuild), in canonical form: the
    /// integration must show exactly these, whatever the rules find this month. Needs one restore first.
    /// </summary>
    public DotnetProcess.Result RunPackagedCli(string project) =>
        DotnetProcess.Run(project, Path.Combine(PackagesFolder, "factlint.msbuild", Version.ToLowerInvariant(), "tools", "factlint.dll"),
            "check", "--no-model", "--format", "msbuild", "--quiet", "README.md", Path.Combine("docs", "guide.md"));

    internal static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "FactLint.sln"))) return dir.FullName;
        throw new InvalidOperationException("FactLint.sln not found above " + AppContext.BaseDirectory);
    }

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}
