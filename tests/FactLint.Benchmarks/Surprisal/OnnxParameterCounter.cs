namespace FactLint.Benchmarks.Surprisal;

/// <summary>
/// Counts the elements of an ONNX model's initializers (its weights) by walking the protobuf wire format:
/// ModelProto.graph (7) → GraphProto.initializer (5) → TensorProto.dims (1). Weights in external data files
/// still have their dims here. Enough for a FLOPs estimate, no ONNX library needed.
/// </summary>
internal static class OnnxParameterCounter
{
    public static (long Parameters, int Tensors, long LargestTensor) Count(string onnxPath)
    {
        var data = File.ReadAllBytes(onnxPath);
        long total = 0, largest = 0;
        int tensors = 0;
        foreach (var (field, graph) in Fields(data, 0, data.Length))
        {
            if (field != 7 || graph.Length < 0) continue;
            foreach (var (gField, init) in Fields(data, graph.Start, graph.Start + graph.Length))
            {
                if (gField != 5 || init.Length < 0) continue;
                long elements = 1;
                foreach (var d in Dims(data, init.Start, init.Start + init.Length)) elements *= d;
                total += elements;
                largest = Math.Max(largest, elements);
                tensors++;
            }
        }
        return (total, tensors, largest);
    }

    private static IEnumerable<long> Dims(byte[] data, int start, int end)
    {
        int pos = start;
        while (pos < end)
        {
            ulong tag = ReadVarint(data, ref pos);
            int field = (int)(tag >> 3), wire = (int)(tag & 7);
            if (field == 1 && wire == 0) { yield return (long)ReadVarint(data, ref pos); continue; }
            if (field == 1 && wire == 2)
            {
                int len = (int)ReadVarint(data, ref pos), stop = pos + len;
                while (pos < stop) yield return (long)ReadVarint(data, ref pos);
                continue;
            }
            Skip(data, ref pos, wire);
        }
    }

    /// <summary>Top-level fields of a message; Length is -1 for non-length-delimited ones.</summary>
    private static IEnumerable<(int Field, (int Start, int Length) Span)> Fields(byte[] data, int start, int end)
    {
        int pos = start;
        while (pos < end)
        {
            ulong tag = ReadVarint(data, ref pos);
            int field = (int)(tag >> 3), wire = (int)(tag & 7);
            if (wire == 2)
            {
                int len = (int)ReadVarint(data, ref pos);
                yield return (field, (pos, len));
                pos += len;
            }
            else
            {
                Skip(data, ref pos, wire);
                yield return (field, (pos, -1));
            }
        }
    }

    private static void Skip(byte[] data, ref int pos, int wire)
    {
        switch (wire)
        {
            case 0: ReadVarint(data, ref pos); break;
            case 1: pos += 8; break;
            case 2: { int len = (int)ReadVarint(data, ref pos); pos += len; break; }
            case 5: pos += 4; break;
            default: throw new InvalidDataException($"unsupported protobuf wire type {wire}");
        }
    }

    private static ulong ReadVarint(byte[] data, ref int pos)
    {
        ulong result = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = data[pos++];
            result |= (ulong)(b & 0x7f) << shift;
            if (b < 0x80) return result;
        }
    }
}
