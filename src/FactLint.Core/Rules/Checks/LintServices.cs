using FactLint.Core.Config;
using FactLint.Core.IO;
using FactLint.Core.Verification.Sources;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// Run-wide services checks use, built once per config and shared by its files. The CLI builds them from the config in
/// <c>FactLint.Cli/Composition/LintServicesFactory.cs</c>; other callers use <see cref="ForFolder"/>.
/// </summary>
public sealed record LintServices(SourceLibrary Sources)
{
    /// <summary>
    /// Default services for a folder (fixtures, the library, tests): the default source store under it, no between-run
    /// cache, nothing outside the repository.
    /// </summary>
    public static LintServices ForFolder(string directory)
    {
        var config = FactLintConfig.Default(directory);
        return new(new SourceLibrary(RepositoryBounds.FindRoot(config.Directory) ?? config.Directory, config.Resolve(config.Sources), null, false));
    }
}
