using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Yaml;

namespace FactLint.Core.Tests.Config;

public class ConfigLoaderTests
{
    [Fact]
    public void Config_is_found_by_walking_up()
    {
        var root = TestDocuments.TempDirectory();
        var nested = Directory.CreateDirectory(Path.Combine(root, "docs", "guide")).FullName;
        File.WriteAllText(Path.Combine(root, FactLintConfig.FileName), "fail_level: error\n");
        Assert.Equal(Path.Combine(root, FactLintConfig.FileName), ConfigLoader.Find(nested));
    }

    [Fact]
    public void Fields_are_read()
    {
        var dir = TestDocuments.TempDirectory();
        var path = Path.Combine(dir, FactLintConfig.FileName);
        File.WriteAllText(path, "packs: [core, my-pack]\nrules:\n  FL104: off\n  FL101: error\nfail_level: error\nmodel: none\nbaseline: base.json\n");
        var config = ConfigLoader.Load(path);
        Assert.Equal(["core", "my-pack"], config.Packs);
        Assert.False(config.Rules["FL104"].Enabled);
        Assert.Equal(Severity.Error, config.Rules["FL101"].Level);
        Assert.Equal(Severity.Error, config.FailLevel);
        Assert.Equal("none", config.Model);
        Assert.Equal(dir, config.Directory);
    }

    [Fact]
    public void Bad_values_are_config_errors_with_line()
    {
        var dir = TestDocuments.TempDirectory();
        var path = Path.Combine(dir, FactLintConfig.FileName);
        File.WriteAllText(path, "fail_level: never\nrulez: {}\n");
        var e = Assert.Throws<YamlLoadException>(() => ConfigLoader.Load(path));
        Assert.Contains(e.Problems, p => p.Code == EngineCodes.ConfigInvalid && p.Line == 1);
        Assert.Contains(e.Problems, p => p.Code == EngineCodes.PackUnknownField && p.Line == 2 && p.Message.Contains("did you mean 'rules'"));
    }

    [Fact]
    public void Profile_is_read_and_a_wrong_one_is_a_config_error()
    {
        var dir = TestDocuments.TempDirectory();
        var path = Path.Combine(dir, FactLintConfig.FileName);
        Assert.Equal(ClaimProfile.Auto, FactLintConfig.Default(dir).Profile);
        File.WriteAllText(path, "profile: docs\n");
        Assert.Equal(ClaimProfile.Docs, ConfigLoader.Load(path).Profile);
        File.WriteAllText(path, "profile: lenient\n");
        var e = Assert.Throws<YamlLoadException>(() => ConfigLoader.Load(path));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.ConfigInvalid, problem.Code);
        Assert.Contains("profile must be auto, docs, prose, strict", problem.Message);
    }
}
