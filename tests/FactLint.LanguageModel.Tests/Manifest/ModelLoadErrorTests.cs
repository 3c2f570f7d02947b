using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using FactLint.LanguageModel.Tests.TestModels;

namespace FactLint.LanguageModel.Tests.Manifest;

public class ModelLoadErrorTests
{
    private static readonly ScorerOptions Cpu = new() { Device = ExecutionDevice.Cpu, Threads = 1 };

    private static ModelLoadException LoadFails(string directory)
    {
        var e = Assert.Throws<ModelLoadException>(() => OnnxSurprisalScorer.Load(directory, Cpu).Dispose());
        Assert.DoesNotContain('\n', e.Message);
        Assert.StartsWith(e.Path + ": ", e.Message);
        return e;
    }

    [Fact]
    public void Missing_folder()
    {
        var e = LoadFails(Path.Combine(Path.GetTempPath(), "factlint-no-such-model-" + Guid.NewGuid()));
        Assert.Equal("model folder not found", e.Problem);
    }

    [Fact]
    public void Missing_manifest()
    {
        using var folder = new TestModelFolder();
        File.Delete(folder.PathOf("model.yaml"));
        var e = LoadFails(folder.Directory);
        Assert.Equal(folder.PathOf("model.yaml"), e.Path);
    }

    [Fact]
    public void Missing_onnx_file()
    {
        using var folder = new TestModelFolder();
        File.Delete(folder.PathOf("model.onnx"));
        var e = LoadFails(folder.Directory);
        Assert.Equal(folder.PathOf("model.onnx"), e.Path);
        Assert.Contains("'onnx' not found", e.Problem);
    }

    [Fact]
    public void Checksum_mismatch_of_a_truncated_file()
    {
        using var folder = new TestModelFolder();
        var bytes = File.ReadAllBytes(folder.PathOf("model.onnx"));
        File.WriteAllBytes(folder.PathOf("model.onnx"), bytes[..(bytes.Length / 2)]);
        var e = LoadFails(folder.Directory);
        Assert.Equal(folder.PathOf("model.onnx"), e.Path);
        Assert.StartsWith("SHA-256 mismatch", e.Problem);
    }

    [Fact]
    public void Invalid_onnx_with_matching_checksum()
    {
        using var folder = new TestModelFolder();
        var bytes = File.ReadAllBytes(folder.PathOf("model.onnx"));
        File.WriteAllBytes(folder.PathOf("model.onnx"), bytes[..(bytes.Length / 2)]);
        File.WriteAllText(folder.PathOf("model.yaml"), TestModelFolder.DefaultManifest(TestModelFolder.Sha256Of(folder.PathOf("model.onnx"))));
        var e = LoadFails(folder.Directory);
        Assert.StartsWith("not a loadable ONNX model", e.Problem);
    }

    [Fact]
    public void Wrong_input_name()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace("input_ids: input_ids", "input_ids: tokens"));
        var e = LoadFails(folder.Directory);
        Assert.Equal("graph has no input 'tokens' (input_ids); inputs are: input_ids", e.Problem);
    }

    [Fact]
    public void Wrong_output_name()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace("logits: logits", "logits: scores"));
        Assert.Equal("graph has no output 'scores' (logits); outputs are: logits", LoadFails(folder.Directory).Problem);
    }

    [Fact]
    public void Wrong_input_shape()
    {
        // The KV model's past tensor is rank 4 float, not [batch, sequence] integers.
        using var folder = new TestModelFolder("bigram-kv.onnx", editManifest: m => m.Replace("input_ids: input_ids", "input_ids: past_key_values.0.key"));
        Assert.StartsWith("input 'past_key_values.0.key' (input_ids) must be a rank-2 int64/int32 tensor", LoadFails(folder.Directory).Problem);
    }

    [Fact]
    public void Unknown_required_input()
    {
        using var folder = new TestModelFolder("bigram-mask-pos.onnx", editManifest: m => m.Replace("  input_ids: input_ids\n", "  input_ids: position_ids\n"));
        Assert.Contains("graph input 'input_ids' is not one FactLint can feed", LoadFails(folder.Directory).Problem);
    }

    [Fact]
    public void Logit_positions_named_by_the_manifest_but_absent_from_the_graph()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace("  input_ids: input_ids\n", "  input_ids: input_ids\n  logit_positions: logit_positions\n"));
        Assert.Contains("graph has no input 'logit_positions'", LoadFails(folder.Directory).Problem);
    }

    [Fact]
    public void Logits_width_differs_from_vocab_size()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace($"vocab_size: {TestModelMath.Vocab}", "vocab_size: 300"));
        Assert.Equal($"logits have {TestModelMath.Vocab} columns but model.yaml says vocab_size 300", LoadFails(folder.Directory).Problem);
    }

    [Fact]
    public void Tokenizer_larger_than_the_model_vocabulary()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace($"vocab_size: {TestModelMath.Vocab}", "vocab_size: 200"));
        var e = LoadFails(folder.Directory);
        Assert.Equal(folder.PathOf("vocab.json"), e.Path);
        Assert.Equal($"tokenizer has {TestModelMath.Vocab} tokens but the model's vocab_size is 200", e.Problem);
    }

    [Fact]
    public void Unknown_bos_token()
    {
        using var folder = new TestModelFolder(editManifest: m => m.Replace("<|endoftext|>", "<s>"));
        Assert.Equal("bos_token '<s>' is not in the vocabulary", LoadFails(folder.Directory).Problem);
    }

    [Fact]
    public void Invalid_yaml_and_missing_keys()
    {
        using var folder = new TestModelFolder(manifest: "name: [unclosed\n");
        Assert.StartsWith("invalid YAML", LoadFails(folder.Directory).Problem);
        File.WriteAllText(folder.PathOf("model.yaml"), "name: x\nonnx: model.onnx\n");
        Assert.Equal("missing 'tokenizer'", LoadFails(folder.Directory).Problem);
    }
}
