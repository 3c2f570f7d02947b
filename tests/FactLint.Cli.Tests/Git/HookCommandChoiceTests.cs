using FactLint.Cli.Commands;
using FactLint.Cli.Git;

namespace FactLint.Cli.Tests.Git;

/// <summary>What command the installed hook runs: a local tool through any tool manifest, never a NuGet cache path.</summary>
public sealed class HookCommandChoiceTests : IDisposable
{
    private readonly TempGitRepository _repo = new();

    public void Dispose() => _repo.Dispose();

    private const string Manifest = """{ "version": 1, "isRoot": true, "tools": { "factlint.cli": { "version": "0.1.0", "commands": [ "factlint" ] } } }""";

    [Theory]
    [InlineData("dotnet-tools.json")]
    [InlineData(".config/dotnet-tools.json")]
    public void A_manifest_at_the_root_or_in_config_makes_the_hook_run_the_local_tool(string manifest)
    {
        _repo.Write(manifest, Manifest);
        Assert.Equal("dotnet tool run factlint", PreCommitHook.DefaultCommand(_repo.Root, "/opt/factlint", "/usr/bin/dotnet", factlintOnPath: true));

        Assert.Equal(ExitCodes.Clean, HookCommand.Install(_repo.Root, null, withModel: false, force: false, TextWriter.Null, TextWriter.Null));
        Assert.Contains("exec dotnet tool run factlint check --staged --no-model", File.ReadAllText(Path.Combine(_repo.Root, ".git", "hooks", "pre-commit")));
    }

    [Fact]
    public void Without_a_manifest_a_program_in_the_nuget_cache_is_refused_with_what_to_do()
    {
        var cache = Path.Combine(Path.GetTempPath(), "home", ".nuget", "packages", "factlint.cli", "0.1.0", "tools", "net10.0", "any");
        var e = Assert.Throws<GitException>(() => PreCommitHook.DefaultCommand(_repo.Root, cache, "/usr/bin/dotnet", factlintOnPath: false));
        Assert.Contains("dotnet tool install --local FactLint.Cli", e.Message);
        Assert.Contains("--command", e.Message);

        Assert.Equal("factlint", PreCommitHook.DefaultCommand(_repo.Root, cache, "/usr/bin/dotnet", factlintOnPath: true));
        Assert.Equal("'/usr/bin/dotnet' '/opt/factlint/factlint.dll'", PreCommitHook.DefaultCommand(_repo.Root, "/opt/factlint", "/usr/bin/dotnet", factlintOnPath: false));
    }
}
