using FactLint.Core.Rules;

namespace FactLint.Cli.Tests.Commands;

public class RuleDocsTests
{
    [Fact]
    public void Committed_rule_reference_is_up_to_date()
    {
        var root = CliRunner.RepositoryRoot();
        var generated = RuleDocs.Generate([PackLoader.Load(Path.Combine(root, "rules", "core"))]);
        var committed = File.ReadAllText(Path.Combine(root, "docs", "rules.md")).ReplaceLineEndings("\n");
        Assert.True(generated == committed, "docs/rules.md is stale: regenerate it with 'factlint rules --docs > docs/rules.md'");
    }
}
