using FactLint.Core.Citations;
using FactLint.Core.Claims;
using FactLint.Core.Config;
using FactLint.Core.Documents;
using FactLint.Core.Engine;
using FactLint.Core.Parsing;
using FactLint.Core.Text;

namespace FactLint.Core.Tests;

/// <summary>Small helpers that turn Markdown strings into the engine's objects.</summary>
internal static class TestDocuments
{
    public static ProseDocument Parse(string markdown, string path = "doc.md") =>
        FileLinter.Parse(new SourceText(path, markdown));

    /// <summary>The built-in profile's inline-parse gate.</summary>
    public static InlineParseGate BuiltInGate { get; } = LintProfile.Load(FactLintConfig.Default(Path.GetTempPath())).InlineGate!;

    /// <summary>A document parsed as a linted file is: paragraphs the built-in gate rules out are left unparsed.</summary>
    public static ProseDocument ParseGated(string markdown, string path = "doc.md") =>
        FileLinter.Parse(new SourceText(path, markdown), BuiltInGate);

    public static IReadOnlyList<Claim> Claims(string markdown) =>
        new ClaimDetection(ClaimDetection.DefaultDetectors()).Detect(Parse(markdown));

    public static (ProseDocument Document, IReadOnlyList<Claim> Claims, CitationIndex Index) Cited(string markdown, CitationConventions? conventions = null)
    {
        var document = Parse(markdown);
        var claims = new ClaimDetection(ClaimDetection.DefaultDetectors()).Detect(document);
        return (document, claims, new CitationIndex(document, conventions ?? new CitationConventions()));
    }

    /// <summary>The repository's rules/ folder, found from the test's output folder.</summary>
    public static string RulesDirectory()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "rules", "core", "pack.yaml");
            if (File.Exists(candidate)) return Path.Combine(dir.FullName, "rules");
        }
        throw new DirectoryNotFoundException("rules/ not found above " + AppContext.BaseDirectory);
    }

    /// <summary>Every Markdown file of the repository's samples, rule packs (fixtures included) and docs, and its root README.</summary>
    public static List<string> RepositoryMarkdownFiles()
    {
        string root = Path.GetDirectoryName(RulesDirectory())!;
        return Directory.EnumerateFiles(Path.Combine(root, "samples"), "*.md", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "rules"), "*.md", SearchOption.AllDirectories))
            .Concat(Directory.EnumerateFiles(root, "*.md", SearchOption.TopDirectoryOnly))
            .Concat(Directory.EnumerateFiles(Path.Combine(root, "docs"), "*.md", SearchOption.AllDirectories))
            .ToList();
    }

    public static string TempDirectory()
    {
        var dir = Path.Combine(Path.GetTempPath(), "factlint-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
