using FactLint.Core.Config;
using FactLint.Core.Engine;
using FactLint.Core.Rules;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Reliability;

/// <summary>A unique folder under /tmp (reliab-*) holding hostile packs and files; removed afterwards.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "reliab-" + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Write(string relative, string text)
    {
        var full = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return full;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}

internal static class PackFixture
{
    public const string Manifest = "name: hostile\n";

    public const string Rule = """
        code: FL150
        name: hostile-rule
        extends: unsourced-claim
        message: "claim {claim}"
        """;

    public static LintProfile Profile(string packDirectory) =>
        LintProfile.Load(new FactLintConfig { Directory = System.IO.Path.GetDirectoryName(packDirectory)!, Packs = [packDirectory] });

    public static global::FactLint.Core.Engine.FileResult Lint(LintProfile profile, string text, string path = "doc.md") =>
        FileLinter.Lint(SourceText.FromString(text, path), profile, global::FactLint.Core.Rules.Checks.LintServices.ForFolder(System.IO.Path.GetTempPath()));
}
