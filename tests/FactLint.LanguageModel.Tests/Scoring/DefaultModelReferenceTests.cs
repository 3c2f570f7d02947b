using System.Text.Json;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Scoring;
using Xunit.Abstractions;

namespace FactLint.LanguageModel.Tests.Scoring;

/// <summary>The ONNX scorer against PyTorch's token ids and bits for the shipped model (reference.json).</summary>
public class DefaultModelReferenceTests(ITestOutputHelper output)
{
    [DefaultModelFact]
    public void Token_ids_and_bits_match_the_pytorch_reference()
    {
        var dir = DefaultModelFactAttribute.ModelDirectory!;
        using var doc = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(dir, "reference.json")));
        using var scorer = OnnxSurprisalScorer.Load(dir, new ScorerOptions { Device = ExecutionDevice.Cpu, Threads = 1 });
        if (doc.RootElement.TryGetProperty("model_sha256", out var sha))
            Assert.Equal(sha.GetString(), scorer.Info.Sha256);

        int compared = 0;
        double maxDiff = 0;
        foreach (var s in doc.RootElement.GetProperty("strings").EnumerateArray())
        {
            var text = s.GetProperty("text").GetString()!;
            var ids = s.GetProperty("ids").EnumerateArray().Select(e => e.GetInt32()).ToArray();
            var bits = s.GetProperty("bits").EnumerateArray().Select(e => e.GetDouble()).ToArray();

            var scored = scorer.ScoreDetailed(text);

            Assert.Equal(ids, scored.TokenIds);
            for (int i = 0; i < bits.Length; i++)
            {
                // reference.json rounds to 1e-6; ONNX Runtime's float32 logits and float log-softmax stay within 1e-5 of PyTorch's.
                Assert.True(Math.Abs(bits[i] - scored.Tokens[i].Bits) < 1e-5, $"'{text}' token {i}: reference {bits[i]}, scorer {scored.Tokens[i].Bits}");
                maxDiff = Math.Max(maxDiff, Math.Abs(bits[i] - scored.Tokens[i].Bits));
            }
            compared += bits.Length;

            // Scoring only the second half (as claims are scored) gives the same bits for the tokens it returns.
            int from = scored.Tokens[scored.Tokens.Count / 2].Start;
            var tail = scorer.ScoreMany([text], [from])[0];
            Assert.Equal(scored.Tokens.Skip(scored.Tokens.Count / 2).Select(t => (t.Start, t.End, t.Rank)), tail.Select(t => (t.Start, t.End, t.Rank)));
            Assert.Equal(scored.Tokens.Skip(scored.Tokens.Count / 2).Select(t => t.Bits), tail.Select(t => t.Bits), (a, b) => Math.Abs(a - b) < 1e-5);
        }
        Assert.True(compared > 0);
        output.WriteLine($"{dir}: {compared} tokens, max |bits - reference| = {maxDiff:E2}");
    }
}
