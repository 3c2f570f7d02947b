using FactLint.Core.Diagnostics;
using FactLint.Core.Rules;
using FactLint.Core.Yaml;

namespace FactLint.Core.Tests.Rules;

/// <summary>pack.yaml <c>claims: first_party:</c>: the words a pack adds to the claim-need stage.</summary>
public class PackFirstPartyWordsTests
{
    private static string Pack(string manifest)
    {
        var dir = TestDocuments.TempDirectory();
        File.WriteAllText(Path.Combine(dir, "pack.yaml"), manifest);
        return dir;
    }

    [Fact]
    public void First_party_words_are_read()
    {
        var pack = PackLoader.Load(Pack(
            "name: t\nclaims:\n  first_party:\n    section_headings: [Knobs]\n    changelog_headings: [Journal]\n" +
            "    requirement_words: [wants]\n    setting_words: [dial]\n    project_names: [Zorb]\n"));
        Assert.Equal(["Knobs"], pack.NeedWords.SectionHeadings);
        Assert.Equal(["Journal"], pack.NeedWords.ChangelogHeadings);
        Assert.Equal(["wants"], pack.NeedWords.RequirementWords);
        Assert.Equal(["dial"], pack.NeedWords.SettingWords);
        Assert.Equal(["Zorb"], pack.NeedWords.ProjectNames);
    }

    [Fact]
    public void Unknown_first_party_fields_are_reported_with_a_suggestion()
    {
        var e = Assert.Throws<YamlLoadException>(() => PackLoader.Load(Pack("name: t\nclaims:\n  first_party:\n    project_name: [Zorb]\n")));
        var problem = Assert.Single(e.Problems);
        Assert.Equal(EngineCodes.PackUnknownField, problem.Code);
        Assert.Equal(4, problem.Line);
        Assert.Contains("did you mean 'project_names'", problem.Message);
    }

    [Fact]
    public void A_pack_without_first_party_words_adds_none() =>
        Assert.True(PackLoader.Load(Pack("name: t\n")).NeedWords.IsEmpty);
}
