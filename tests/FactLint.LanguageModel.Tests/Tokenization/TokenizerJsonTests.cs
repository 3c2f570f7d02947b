using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;

namespace FactLint.LanguageModel.Tests.Tokenization;

public class TokenizerJsonTests
{
    private static string Rewrite(string path, Func<System.Text.Json.Nodes.JsonNode, System.Text.Json.Nodes.JsonNode> edit)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        File.WriteAllText(path, edit(node).ToJsonString());
        return path;
    }

    private static TestModelFolder JsonFolder() => new(editManifest: m => m
        .Replace("  kind: bpe\n  vocab: vocab.json\n  merges: merges.txt\n", "  kind: bpe-json\n  file: tokenizer.json\n"));

    [Fact]
    public void Merges_given_as_pairs_are_read_like_strings()
    {
        using var folder = JsonFolder();
        Rewrite(folder.PathOf("tokenizer.json"), n =>
        {
            var pairs = new System.Text.Json.Nodes.JsonArray();
            foreach (var m in n["model"]!["merges"]!.AsArray())
            {
                var parts = m!.GetValue<string>().Split(' ');
                pairs.Add(new System.Text.Json.Nodes.JsonArray(parts[0], parts[1]));
            }
            n["model"]!["merges"] = pairs;
            return n;
        });
        using var scorer = OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cpu });
        Assert.Equal([83, 257, 220, 259], scorer.ScoreDetailed("the in").TokenIds);
    }

    [Fact]
    public void Non_byte_level_tokenizer_json_is_refused()
    {
        using var folder = JsonFolder();
        Rewrite(folder.PathOf("tokenizer.json"), n => { n["pre_tokenizer"] = new System.Text.Json.Nodes.JsonObject { ["type"] = "Whitespace" }; return n; });
        var e = Assert.Throws<ModelLoadException>(() => OnnxSurprisalScorer.Load(folder.Directory, new ScorerOptions { Device = ExecutionDevice.Cpu }));
        Assert.Equal(folder.PathOf("tokenizer.json"), e.Path);
        Assert.Contains("only byte-level BPE", e.Problem);
    }
}
