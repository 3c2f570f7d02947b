using FactLint.Core.Config;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Verification.Sources;

namespace FactLint.Cli.Composition;

/// <summary>
/// The one place the CLI assembles the run-wide services its commands give checks (<c>check</c>, <c>score</c>).
/// Nothing here fetches: the source library reads the repository and the snapshot store only.
/// </summary>
internal static class LintServicesFactory
{
    /// <summary>Services for one config: its source store, index cache and <c>allow_outside_root</c> setting.</summary>
    public static LintServices For(FactLintConfig config) => new(SourceLibrary.For(config));
}
