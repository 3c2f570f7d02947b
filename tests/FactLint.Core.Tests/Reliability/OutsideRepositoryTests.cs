using FactLint.Core.Baselines;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Engine;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Verification.Sources;
using FactLint.Core.Yaml;

namespace FactLint.Core.Tests.Reliability;

/// <summary>
/// Issue 22, "nothing outside the repository is read": what a config names (packs, model, baseline, source store) and
/// what a link leads to (the config itself, the default baseline, the store's sources.yaml) must stay in the repository.
/// Each outside file holds SECRET, which must never show up in a message.
/// </summary>
public sealed class OutsideRepositoryTests : IDisposable
{
    private const string Good = "We served 1,847 customers last year.\n";
    private readonly TempDir _outside = new();
    private readonly TempDir _repo = new();

    public OutsideRepositoryTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Path, ".git"));
        _repo.Write("good.md", Good);
    }

    public void Dispose()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    private string Link(string relative, string target)
    {
        var path = Path.Combine(_repo.Path, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        if (Directory.Exists(target)) Directory.CreateSymbolicLink(path, target);
        else File.CreateSymbolicLink(path, target);
        return path;
    }

    private LintRunResult Run() =>
        LintRun.Execute(new LintRunOptions
        {
            Inputs = ["."],
            WorkingDirectory = _repo.Path,
            MaxParallelism = 2,
            ServicesFor = c => new LintServices(SourceLibrary.For(c)),
        });

    private YamlProblem LoadFails(string config)
    {
        var path = _repo.Write(".factlint.yaml", config);
        var e = Assert.Throws<YamlLoadException>(() => ConfigLoader.Load(path));
        var p = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.ConfigInvalid, p.Code);
        Assert.DoesNotContain("SECRET", p.Message, StringComparison.Ordinal);
        return p;
    }

    private string OutsidePack()
    {
        _outside.Write("pack/pack.yaml", "name: SECRET\n");
        return Path.Combine(_outside.Path, "pack");
    }

    [Fact]
    public void ConfigThatIsALinkOutOfTheRepository_IsFl906_AndNotRead()
    {
        var target = _outside.Write(".factlint.yaml", "SECRET: [\n");
        Link(".factlint.yaml", target);

        var e = Assert.Throws<YamlLoadException>(() => ConfigLoader.Find(Path.Combine(_repo.Path, "sub")));
        var p = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.ConfigInvalid, p.Code);
        Assert.Equal("config is a symbolic link to a file outside the repository; not read", p.Message);
        Assert.Throws<YamlLoadException>(() => Run());
        // Named with --config it is the user's own choice.
        Assert.DoesNotContain("outside the repository", Assert.Throws<YamlLoadException>(() => ConfigLoader.Load(target)).Problems.Single().Message);
    }

    [Fact]
    public void ConfigLinkInsideTheRepository_IsRead()
    {
        _repo.Write("shared/factlint.yaml", "fail_level: error\n");
        Link(".factlint.yaml", Path.Combine(_repo.Path, "shared/factlint.yaml"));
        var found = ConfigLoader.Find(_repo.Path);
        Assert.Equal(Severity.Error, ConfigLoader.Load(found!).FailLevel);
    }

    [Fact]
    public void PackNamedOutsideTheRepository_IsFl906WithLine()
    {
        var pack = OutsidePack();
        var p = LoadFails($"fail_level: error\npacks: [core, \"{pack}\"]\n");
        Assert.Equal(2, p.Line);
        Assert.Equal($"pack '{pack}' lies outside the repository; not read (allow_outside_root: true allows it)", p.Message);
        Assert.Contains("lies outside the repository", LoadFails("packs: [../pack]\n").Message);
    }

    [Fact]
    public void PackFolderLinkingOutOfTheRepository_IsFl906()
    {
        Link("mypack", OutsidePack());
        var p = LoadFails("packs: [core, ./mypack]\n");
        Assert.Equal("pack './mypack' is a symbolic link to a place outside the repository; not read (allow_outside_root: true allows it)", p.Message);
    }

    [Fact]
    public void PackOutside_WithAllowOutsideRoot_AndTheBuiltInPackByPath_AreRead()
    {
        var pack = OutsidePack();
        var config = ConfigLoader.Load(_repo.Write(".factlint.yaml", $"allow_outside_root: true\npacks: [\"{pack}\"]\n"));
        Assert.Equal([pack], config.Packs);

        var core = PackLocator.BuiltInDirectory(PackLocator.BuiltInCore)!;
        var builtIn = ConfigLoader.Load(_repo.Write(".factlint.yaml", $"packs: [\"{core}\"]\n"));
        Assert.Single(LintProfile.Load(builtIn).Packs);
    }

    [Fact]
    public void ModelNamedOutsideTheRepository_OrLinkedOut_IsFl906()
    {
        _outside.Write("model/model.yaml", "name: SECRET\n");
        var model = Path.Combine(_outside.Path, "model");
        Assert.Equal($"model '{model}' lies outside the repository; not read (allow_outside_root: true allows it)", LoadFails($"model: \"{model}\"\n").Message);
        Link("models/linked", model);
        Assert.Contains("is a symbolic link to a place outside the repository", LoadFails("model: models/linked\n").Message);
        // 'none' and the bundled default are not paths.
        Assert.Equal("none", ConfigLoader.Load(_repo.Write(".factlint.yaml", "model: none\n")).Model);
    }

    [Fact]
    public void ModelYamlNamingFilesOutsideTheRepository_IsFl906()
    {
        var onnx = _outside.Write("SECRET.onnx", "SECRET");
        _repo.Write("models/m/model.yaml", $"name: m\nonnx: \"{onnx}\"\ntokenizer: {{kind: bpe, vocab: vocab.json, merges: merges.txt}}\n");
        Assert.Equal("model 'models/m' has a model.yaml whose 'onnx' lies outside the repository; not read (allow_outside_root: true allows it)",
            LoadFails("model: models/m\n").Message);

        var vocab = _outside.Write("vocab.json", "{\"SECRET\": 1}");
        _repo.Write("models/m/model.yaml", "name: m\nonnx: model.onnx\ntokenizer: {kind: bpe, vocab: vocab.json, merges: merges.txt}\n");
        Link("models/m/vocab.json", vocab);
        Assert.Contains("whose 'tokenizer.vocab' is a symbolic link to a place outside the repository", LoadFails("model: models/m\n").Message);

        File.Delete(Path.Combine(_repo.Path, "models/m/model.yaml"));
        Link("models/m/model.yaml", _outside.Write("model.yaml", "name: SECRET\n"));
        Assert.Contains("has a model.yaml that is a symbolic link", LoadFails("model: models/m\n").Message);
    }

    [Fact]
    public void SourceStoreNamedOutsideTheRepository_IsFl906()
    {
        Assert.Contains("source store '../store' lies outside the repository", LoadFails("sources: ../store\n").Message);
    }

    [Fact]
    public void StoreManifestLinkingOutOfTheRepository_IsFl205_AndNotRead()
    {
        var manifest = _outside.Write("sources.yaml", "sources:\n  \"@k\": {file: SECRET.txt, sha256: x}\n");
        Link(".factlint/sources/sources.yaml", manifest);
        _repo.Write("doc.md", "Rate 12.0% [@k].\n");

        var result = Run();
        var refused = Assert.Single(result.Diagnostics, d => d.Path.EndsWith("doc.md", StringComparison.Ordinal));
        Assert.Equal("FL205", refused.Code);
        Assert.Contains("the source store's sources.yaml leads outside the repository root; not read", refused.Message);
        Assert.DoesNotContain(result.Diagnostics, d => d.Message.Contains("SECRET", StringComparison.Ordinal));
        Assert.Contains(result.Diagnostics, d => d.Path.EndsWith("good.md", StringComparison.Ordinal) && d.Code == "FL101");
    }

    [Fact]
    public void BaselineNamedOutsideTheRepository_IsFl906()
    {
        Assert.Equal("baseline '../base.json' lies outside the repository; not read (allow_outside_root: true allows it)", LoadFails("baseline: ../base.json\n").Message);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void DefaultBaselineLinkingOutOfTheRepository_IsFl906Exit2(bool withConfig)
    {
        if (withConfig) _repo.Write(".factlint.yaml", "fail_level: warning\n");
        var accepted = Baseline.From([], _outside.Path);
        var target = Path.Combine(_outside.Path, "SECRET.json");
        accepted.Save(target);
        Link(FactLintConfig.DefaultBaseline, target);

        var result = Run();
        Assert.True(result.ConfigurationFailed);
        var d = Assert.Single(result.Diagnostics);
        Assert.Equal(EngineCodes.ConfigInvalid, d.Code);
        Assert.Contains("baseline is a symbolic link to a place outside the repository; not read", d.Message);
    }
}
