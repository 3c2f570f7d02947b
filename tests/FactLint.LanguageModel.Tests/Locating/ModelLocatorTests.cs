using FactLint.LanguageModel.Locating;

namespace FactLint.LanguageModel.Tests.Locating;

public sealed class ModelLocatorTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "factlint-locator-tests", Guid.NewGuid().ToString("N"));

    public ModelLocatorTests() => Directory.CreateDirectory(_root);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    private string MakeModel(string under)
    {
        var dir = Path.Combine(_root, under, "models", "factlint-tiny");
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "model.yaml"), "name: x\n");
        return dir;
    }

    [Fact]
    public void Explicit_path_wins_even_if_missing()
    {
        MakeModel("exe");
        Assert.Equal(Path.GetFullPath("/nowhere/model"), ModelLocator.Find("/nowhere/model", "/env/model", Path.Combine(_root, "exe"), _root, out _));
    }

    [Fact]
    public void Environment_variable_comes_next()
    {
        MakeModel("exe");
        Assert.Equal(Path.GetFullPath("/env/model"), ModelLocator.Find(null, "/env/model", Path.Combine(_root, "exe"), _root, out _));
    }

    [Fact]
    public void Beside_the_executable_before_walking_up()
    {
        var exeModel = MakeModel("exe");
        MakeModel("repo");
        var cwd = Path.Combine(_root, "repo", "docs", "deep");
        Directory.CreateDirectory(cwd);
        Assert.Equal(exeModel, ModelLocator.Find(null, null, Path.Combine(_root, "exe"), cwd, out _));
    }

    [Fact]
    public void Walks_up_from_the_current_directory()
    {
        var repoModel = MakeModel("repo");
        var cwd = Path.Combine(_root, "repo", "docs", "deep");
        Directory.CreateDirectory(cwd);
        Assert.Equal(repoModel, ModelLocator.Find(null, "", Path.Combine(_root, "exe"), cwd, out _));
    }

    [Fact]
    public void Reports_where_it_looked()
    {
        var cwd = Path.Combine(_root, "empty");
        Directory.CreateDirectory(cwd);
        Assert.Null(ModelLocator.Find(null, null, Path.Combine(_root, "exe"), cwd, out var searched));
        Assert.Equal(Path.Combine(_root, "exe", "models", "factlint-tiny"), searched[0]);
        Assert.Contains(Path.Combine(cwd, "models/factlint-tiny"), searched);
    }
}
