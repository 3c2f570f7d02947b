using System.Text.RegularExpressions;

namespace FactLint.Core.Tests.Architecture;

/// <summary>
/// Stages only look down: a folder of src/FactLint.Core may use its own folder and the folders of lower layers, never a
/// higher one. A new folder must be given a layer here, so where it sits is a decision, not an accident.
/// </summary>
public partial class LayerTests
{
    // Lowest first; folders on one line are one layer and may use each other.
    private static readonly string[][] Layers =
    [
        ["Text", "IO", "Surprisal"],
        ["Diagnostics"],
        ["Yaml"],
        ["Config"],
        ["Documents"],
        ["Vocabulary"],
        ["Parsing"],
        ["Claims"],
        ["Citations"],
        ["Verification"],
        ["Suppression"],
        ["Rules"],
        ["Baselines", "Output"],
        ["Engine"],
        ["Testing"],
    ];

    private static int LayerOf(string folder) => Array.FindIndex(Layers, l => l.Contains(folder));

    private static string CoreDirectory() => Path.Combine(Path.GetDirectoryName(TestDocuments.RulesDirectory())!, "src", "FactLint.Core");

    private static IEnumerable<(string Folder, string File)> SourceFiles()
    {
        string core = CoreDirectory();
        foreach (var file in Directory.EnumerateFiles(core, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(core, file).Replace('\\', '/');
            if (relative.StartsWith("bin/") || relative.StartsWith("obj/") || !relative.Contains('/')) continue;
            yield return (relative[..relative.IndexOf('/')], file);
        }
    }

    [GeneratedRegex(@"FactLint\.Core\.([A-Z]\w*)")]
    private static partial Regex QualifiedReference();

    // Inside namespace FactLint.Core.X, "Parsing.InlineParseGate" names a sibling folder without the prefix.
    [GeneratedRegex(@"(?<![\w.])([A-Z]\w*)\.([A-Z]\w*)")]
    private static partial Regex SiblingReference();

    [GeneratedRegex(@"^\s*(?:public|internal)?\s*(?:(?:static|sealed|abstract|readonly|partial|file)\s+)*(?:class|record struct|record|struct|interface|enum)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TypeDeclaration();

    private static string WithoutComments(string code) => Regex.Replace(code, @"//[^\n]*", "");

    [Fact]
    public void Every_folder_of_core_has_a_layer()
    {
        var missing = SourceFiles().Select(f => f.Folder).Distinct().Where(f => LayerOf(f) < 0).ToList();
        Assert.True(missing.Count == 0, $"give these folders a layer in {nameof(LayerTests)}: {string.Join(", ", missing)}");
    }

    [Fact]
    public void No_folder_uses_a_higher_layer()
    {
        var files = SourceFiles().ToList();
        var typesByFolder = files.GroupBy(f => f.Folder).ToDictionary(g => g.Key,
            g => g.SelectMany(f => TypeDeclaration().Matches(File.ReadAllText(f.File)).Select(m => m.Groups[1].Value)).ToHashSet());
        var violations = new List<string>();
        foreach (var (folder, file) in files)
        {
            string code = WithoutComments(File.ReadAllText(file));
            var used = QualifiedReference().Matches(code).Select(m => m.Groups[1].Value)
                .Concat(SiblingReference().Matches(code)
                    .Where(m => typesByFolder.TryGetValue(m.Groups[1].Value, out var types) && types.Contains(m.Groups[2].Value))
                    .Select(m => m.Groups[1].Value));
            foreach (var target in used.Distinct())
                if (LayerOf(target) > LayerOf(folder))
                    violations.Add($"{Path.GetRelativePath(CoreDirectory(), file)} ({folder}) uses {target}");
        }
        Assert.True(violations.Count == 0, "lower layers use higher ones:\n" + string.Join("\n", violations));
    }

    [Fact]
    public void The_check_sees_a_reference_upwards()
    {
        // The test's own reading of a file: a Parsing file that names a Claims type is caught.
        const string code = "namespace FactLint.Core.Parsing;\nusing FactLint.Core.Claims;\nclass X { Claims.ClaimDetection? d; }";
        Assert.Contains("Claims", QualifiedReference().Matches(WithoutComments(code)).Select(m => m.Groups[1].Value));
        Assert.True(LayerOf("Claims") > LayerOf("Parsing"));
    }
}
