using System.Text.Json;
using FactLint.Core.Surprisal;

namespace FactLint.LanguageModel.Reports;

/// <summary>
/// Writes <c>{"model": name, "sha256": …, "device": …, "tokens": [{"text", "start", "end", "bits"}, …]}</c>;
/// start/end are character (UTF-16) offsets into the scored text, end exclusive.
/// </summary>
public static class JsonScoreWriter
{
    public static void Write(Stream output, ScorerInfo model, string text, IReadOnlyList<TokenSurprisal> tokens, bool indented = false)
    {
        using var json = new Utf8JsonWriter(output, new JsonWriterOptions { Indented = indented });
        json.WriteStartObject();
        json.WriteString("model", model.Name);
        json.WriteString("sha256", model.Sha256);
        json.WriteString("device", model.Device);
        json.WriteStartArray("tokens");
        foreach (var t in tokens)
        {
            json.WriteStartObject();
            json.WriteString("text", text.AsSpan(t.Start, t.End - t.Start));
            json.WriteNumber("start", t.Start);
            json.WriteNumber("end", t.End);
            json.WriteNumber("bits", Math.Round(t.Bits, 6));
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string ToJson(ScorerInfo model, string text, IReadOnlyList<TokenSurprisal> tokens, bool indented = false)
    {
        using var stream = new MemoryStream();
        Write(stream, model, text, tokens, indented);
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}
