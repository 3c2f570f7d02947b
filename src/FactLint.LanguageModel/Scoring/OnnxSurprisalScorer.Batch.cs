using FactLint.LanguageModel.Execution;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FactLint.LanguageModel.Scoring;

/// <summary>One batch of windows through the graph, and the bits and ranks read from its logits.</summary>
public sealed partial class OnnxSurprisalScorer
{
    private void RunBatch(List<Job> work, int first, int count, int length)
    {
        var (ids, mask, positions, rows) = Inputs(work, first, count, length);

        // A graph with logit_positions computes the vocabulary projection only at the rows read.
        long[]? logitPositions = _graph.LogitPositions is null ? null : LogitRows(work, first, count, length, rows);

        long[] shape = [count, length];
        var names = new List<string>();
        var values = new List<OrtValue>();
        try
        {
            AddInputs(names, values, ids, mask, positions, shape, count);
            if (logitPositions is not null)
            {
                names.Add(_graph.LogitPositions!);
                values.Add(IntegerTensor(logitPositions, [rows], _graph.LogitPositionsType));
            }
            using var runOptions = new RunOptions();
            using var outputs = _session.Run(runOptions, names, values, [_graph.Logits]);
            var logits = outputs[0];
            var outShape = logits.GetTensorTypeAndShape().Shape;
            long[] expected = logitPositions is null ? [count, length, _vocab] : [rows, _vocab];
            if (!outShape.SequenceEqual(expected))
                throw new InvalidOperationException($"{Manifest.OnnxPath}: logits shape [{string.Join(",", outShape)}], expected [{string.Join(",", expected)}]");

            ReadRows(logits.GetTensorDataAsSpan<float>(), work, first, count, length, gathered: logitPositions is not null);
        }
        finally
        {
            foreach (var v in values) v.Dispose();
        }
    }

    private void AddInputs(List<string> names, List<OrtValue> values, long[] ids, long[] mask, long[] positions, long[] shape, int count)
    {
        names.Add(_graph.InputIds);
        values.Add(IntegerTensor(ids, shape, _graph.InputIdsType));
        if (_graph.AttentionMask is { } maskName)
        {
            names.Add(maskName);
            values.Add(IntegerTensor(mask, shape, _graph.AttentionMaskType));
        }
        if (_graph.PositionIds is { } posName)
        {
            names.Add(posName);
            values.Add(IntegerTensor(positions, shape, _graph.PositionIdsType));
        }
        foreach (var past in _graph.PastInputs)
        {
            // Empty past (length 0) = no cache: the whole window is computed in one pass.
            var dims = (long[])past.Dimensions.Clone();
            dims[0] = count;
            names.Add(past.Name);
            values.Add(OrtValue.CreateAllocatedTensorValue(OrtAllocator.DefaultInstance, past.ElementType, dims));
        }
        if (_graph.UseCacheBranch is { } useCache)
        {
            names.Add(useCache);
            values.Add(OrtValue.CreateTensorValueFromMemory(new[] { false }, [1]));
        }
    }

    private static OrtValue IntegerTensor(long[] data, long[] shape, TensorElementType type)
    {
        if (type == TensorElementType.Int64) return OrtValue.CreateTensorValueFromMemory(data, shape);
        var narrow = new int[data.Length];
        for (int i = 0; i < data.Length; i++) narrow[i] = checked((int)data[i]);
        return OrtValue.CreateTensorValueFromMemory(narrow, shape);
    }

    // Right padding: a causal model's real positions never see it, and padded rows are not read.
    private static (long[] Ids, long[] Mask, long[] Positions, int Rows) Inputs(List<Job> work, int first, int count, int length)
    {
        var ids = new long[count * length];
        var mask = new long[count * length];
        var positions = new long[count * length];
        int rows = 0;
        for (int b = 0; b < count; b++)
        {
            var (sequence, window, from) = work[first + b];
            rows += window.EndTarget - from;
            for (int p = 0; p < length; p++)
            {
                int k = b * length + p;
                bool real = p < window.Length;
                ids[k] = real ? sequence.Ids[window.Start + p] : sequence.Ids[window.Start];
                mask[k] = real ? 1 : 0;
                positions[k] = p;
            }
        }
        return (ids, mask, positions, rows);
    }

    // Flat positions b * length + p of the rows read (target t is predicted at p = t - 1 - start), in reading order.
    private static long[] LogitRows(List<Job> work, int first, int count, int length, int rows)
    {
        var logitPositions = new long[rows];
        int r = 0;
        for (int b = 0; b < count; b++)
        {
            var (_, window, from) = work[first + b];
            for (int t = from; t < window.EndTarget; t++) logitPositions[r++] = b * length + (t - 1 - window.Start);
        }
        return logitPositions;
    }

    // Reads only the rows that predict each window's targets, straight from ONNX Runtime's buffer.
    private void ReadRows(ReadOnlySpan<float> data, List<Job> work, int first, int count, int length, bool gathered)
    {
        int row = 0;
        for (int b = 0; b < count; b++)
        {
            var (sequence, window, from) = work[first + b];
            for (int t = from; t < window.EndTarget; t++, row++)
            {
                int at = gathered ? row : b * length + (t - 1 - window.Start);
                sequence.Bits[t] = LogSoftmax.BitsAndRank(data.Slice(at * _vocab, _vocab), sequence.Ids[t], out sequence.Ranks[t]);
            }
        }
    }
}
