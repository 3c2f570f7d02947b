using FactLint.LanguageModel.Manifest;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// The graph's inputs and outputs checked against the manifest: which optional inputs to feed,
/// their element types, and the empty past key/value tensors a decoder-with-past export declares.
/// </summary>
public sealed class GraphContract
{
    private GraphContract(string inputIds, TensorElementType idsType, string? attentionMask, TensorElementType maskType,
        string? positionIds, TensorElementType positionType, IReadOnlyList<PastInput> pastInputs, string? useCacheBranch, string logits,
        string? logitPositions, TensorElementType logitPositionsType)
    {
        LogitPositions = logitPositions;
        LogitPositionsType = logitPositionsType;
        InputIds = inputIds;
        InputIdsType = idsType;
        AttentionMask = attentionMask;
        AttentionMaskType = maskType;
        PositionIds = positionIds;
        PositionIdsType = positionType;
        PastInputs = pastInputs;
        UseCacheBranch = useCacheBranch;
        Logits = logits;
    }

    public string InputIds { get; }
    public TensorElementType InputIdsType { get; }
    public string? AttentionMask { get; }
    public TensorElementType AttentionMaskType { get; }
    public string? PositionIds { get; }
    public TensorElementType PositionIdsType { get; }
    public IReadOnlyList<PastInput> PastInputs { get; }
    /// <summary>Merged-decoder exports take a boolean switch; we feed false (no cache).</summary>
    public string? UseCacheBranch { get; }
    public string Logits { get; }
    /// <summary>
    /// Input [n] of the flat positions (b × sequence + p) whose logits the graph computes; then <see cref="Logits"/> is [n, vocab].
    /// Null for graphs that output logits at every position (exports from elsewhere).
    /// </summary>
    public string? LogitPositions { get; }
    public TensorElementType LogitPositionsType { get; }

    /// <summary>A past key/value input: its dims with -1 for batch (axis 0) and 0 for every other symbolic axis.</summary>
    public sealed record PastInput(string Name, TensorElementType ElementType, long[] Dimensions);

    public static GraphContract Resolve(InferenceSession session, ModelManifest manifest)
    {
        var file = manifest.OnnxPath;
        var inputs = session.InputMetadata;
        var outputs = session.OutputMetadata;
        var names = manifest.Io;

        NodeMetadata Input(string name, string role)
        {
            if (!inputs.TryGetValue(name, out var meta))
                throw new ModelLoadException(file, $"graph has no input '{name}' ({role}); inputs are: {string.Join(", ", inputs.Keys)}");
            if (meta.Dimensions.Length != 2 || meta.ElementDataType is not (TensorElementType.Int64 or TensorElementType.Int32))
                throw new ModelLoadException(file, $"input '{name}' ({role}) must be a rank-2 int64/int32 tensor [batch, sequence], found {Describe(meta)}");
            return meta;
        }

        var ids = Input(names.InputIds, "input_ids");
        // Conventional names are used even when the manifest leaves them out: the graph requires them.
        string? mask = names.AttentionMask ?? (inputs.ContainsKey("attention_mask") ? "attention_mask" : null);
        string? pos = names.PositionIds ?? (inputs.ContainsKey("position_ids") ? "position_ids" : null);
        string? logitPos = names.LogitPositions ?? (inputs.ContainsKey("logit_positions") ? "logit_positions" : null);
        var maskMeta = mask is null ? null : Input(mask, "attention_mask");
        var posMeta = pos is null ? null : Input(pos, "position_ids");
        NodeMetadata? logitPosMeta = null;
        if (logitPos is not null)
        {
            if (!inputs.TryGetValue(logitPos, out logitPosMeta))
                throw new ModelLoadException(file, $"graph has no input '{logitPos}' (logit_positions); inputs are: {string.Join(", ", inputs.Keys)}");
            if (logitPosMeta.Dimensions.Length != 1 || logitPosMeta.ElementDataType is not (TensorElementType.Int64 or TensorElementType.Int32))
                throw new ModelLoadException(file, $"input '{logitPos}' (logit_positions) must be a rank-1 int64/int32 tensor [positions], found {Describe(logitPosMeta)}");
        }

        var (past, useCache) = ReadOtherInputs(file, inputs, [names.InputIds, mask, pos, logitPos]);

        CheckLogits(file, outputs, names.Logits, logitPos is not null, manifest.VocabSize);

        return new GraphContract(names.InputIds, ids.ElementDataType, mask, maskMeta?.ElementDataType ?? TensorElementType.Int64,
            pos, posMeta?.ElementDataType ?? TensorElementType.Int64, past, useCache, names.Logits,
            logitPos, logitPosMeta?.ElementDataType ?? TensorElementType.Int64);
    }

    // Inputs besides ids, mask and positions: past key/values (fed empty) and a use-cache switch; anything else is refused.
    private static (List<PastInput> Past, string? UseCache) ReadOtherInputs(string file, IReadOnlyDictionary<string, NodeMetadata> inputs, string?[] fed)
    {
        var past = new List<PastInput>();
        string? useCache = null;
        foreach (var (name, meta) in inputs)
        {
            if (fed.Contains(name)) continue;
            if (name.StartsWith("past_key_values", StringComparison.Ordinal) || name.StartsWith("past.", StringComparison.Ordinal))
            {
                if (meta.Dimensions.Length < 2) throw new ModelLoadException(file, $"past input '{name}' has rank {meta.Dimensions.Length}, expected [batch, heads, past_length, head_dim]");
                var dims = new long[meta.Dimensions.Length];
                for (int i = 0; i < dims.Length; i++) dims[i] = i == 0 ? -1 : meta.Dimensions[i] < 0 ? 0 : meta.Dimensions[i];
                if (!dims.Skip(1).Contains(0)) throw new ModelLoadException(file, $"past input '{name}' has no dynamic length axis: {Describe(meta)}");
                past.Add(new PastInput(name, meta.ElementDataType, dims));
            }
            else if (name == "use_cache_branch" && meta.ElementDataType == TensorElementType.Bool)
            {
                useCache = name;
            }
            else
            {
                throw new ModelLoadException(file, $"graph input '{name}' is not one FactLint can feed (input_ids, attention_mask, position_ids, logit_positions, past_key_values.*)");
            }
        }
        return (past, useCache);
    }

    private static void CheckLogits(string file, IReadOnlyDictionary<string, NodeMetadata> outputs, string name, bool gathered, long vocabSize)
    {
        if (!outputs.TryGetValue(name, out var logits))
            throw new ModelLoadException(file, $"graph has no output '{name}' (logits); outputs are: {string.Join(", ", outputs.Keys)}");
        // With logit_positions the graph outputs only the rows asked for: [positions, vocab].
        int rank = gathered ? 2 : 3;
        if (logits.ElementDataType != TensorElementType.Float || logits.Dimensions.Length != rank)
            throw new ModelLoadException(file, $"output '{name}' must be a float32 {(rank == 3 ? "[batch, sequence, vocab]" : "[positions, vocab] (the graph has logit_positions)")} tensor, found {Describe(logits)}");
        long vocabDim = logits.Dimensions[rank - 1];
        if (vocabDim > 0 && vocabDim != vocabSize)
            throw new ModelLoadException(file, $"logits have {vocabDim} columns but model.yaml says vocab_size {vocabSize}");
    }

    private static string Describe(NodeMetadata meta) =>
        $"{meta.ElementDataType}[{string.Join(",", meta.Dimensions.Select((d, i) => d >= 0 ? d.ToString() : (meta.SymbolicDimensions.ElementAtOrDefault(i) is { Length: > 0 } s ? s : "?")))}]";
}
