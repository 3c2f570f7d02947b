using System.Text.Json;
using System.Text.Json.Serialization;
using FactLint.Core.Text;

namespace FactLint.Core.Parsing;

/// <summary>One message of a chat transcript. <see cref="Id"/> is what positions name: <c>3</c> in <c>chat.json#3:2:15</c>,
/// <c>2.3</c> (conversation on line 2, message 3) in a JSONL file.</summary>
public sealed record ChatMessage(string Id, string Role, string Content)
{
    public bool IsAnswer => Role == "assistant";
}

/// <summary>
/// Chat transcripts in the common chat-messages shape: <c>[{"role": …, "content": …}]</c> or <c>{"messages": [...]}</c> in a
/// <c>.json</c> file, one conversation per line in a <c>.jsonl</c> file. Content is a string or a list of parts
/// (<c>{"type": "text", "text": …}</c>); other parts (images, tool calls) carry no prose and are skipped.
/// </summary>
public static class ChatTranscript
{
    public static bool IsTranscript(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    private static bool IsLines(string path) => path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase);

    /// <summary>Every conversation of the file, in order. Throws <see cref="SourceReadException"/> naming the line at fault.</summary>
    public static IReadOnlyList<IReadOnlyList<ChatMessage>> Read(SourceText source)
    {
        if (!IsLines(source.Path)) return [Conversation(source.Path, source.Text, prefix: "", line: null)];
        var conversations = new List<IReadOnlyList<ChatMessage>>();
        int lineNumber = 0;
        foreach (var line in source.Text.Split('\n'))
        {
            lineNumber++;
            if (line.AsSpan().Trim().Length == 0) continue;
            conversations.Add(Conversation(source.Path, line, prefix: $"{lineNumber}.", line: lineNumber));
        }
        return conversations;
    }

    private static IReadOnlyList<ChatMessage> Conversation(string path, string json, string prefix, int? line)
    {
        string where = line is { } l ? $"line {l}: " : "";
        List<RawMessage?>? raw;
        try
        {
            using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 64 });
            var root = document.RootElement;
            var list = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("messages", out var m) ? m : root;
            if (list.ValueKind != JsonValueKind.Array) throw Shape(path, where);
            raw = list.Deserialize(ChatJson.Default.ListRawMessage);
        }
        catch (JsonException e)
        {
            throw new SourceReadException(path, $"{where}not a chat transcript: invalid JSON ({FirstSentence(e.Message)})");
        }
        var messages = new List<ChatMessage>();
        for (int i = 0; i < raw!.Count; i++)
        {
            if (raw[i] is not { Role: { } role } message) throw Shape(path, $"{where}message {i + 1}: ");
            messages.Add(new ChatMessage(prefix + (i + 1), role, TextOf(message.Content)));
        }
        return messages;
    }

    private static SourceReadException Shape(string path, string where) =>
        new(path, $"{where}not a chat transcript: expected a list of {{\"role\", \"content\"}} messages or {{\"messages\": [...]}}");

    private static string FirstSentence(string message) => message.Split(". ")[0].TrimEnd('.');

    private static string TextOf(JsonElement? content)
    {
        if (content is not { } c) return "";
        if (c.ValueKind == JsonValueKind.String) return c.GetString() ?? "";
        if (c.ValueKind != JsonValueKind.Array) return "";
        // Parts are joined by a blank line, so each reads as its own paragraph.
        var parts = new List<string>();
        foreach (var part in c.EnumerateArray())
            if (part.ValueKind == JsonValueKind.Object && part.TryGetProperty("text", out var text) && text.ValueKind == JsonValueKind.String)
                parts.Add(text.GetString() ?? "");
            else if (part.ValueKind == JsonValueKind.String)
                parts.Add(part.GetString() ?? "");
        return string.Join("\n\n", parts);
    }

    internal sealed record RawMessage(string? Role, JsonElement? Content);
}

// Source-generated (no reflection), so transcripts read the same in the native AOT build.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, PropertyNameCaseInsensitive = true)]
[JsonSerializable(typeof(List<ChatTranscript.RawMessage?>))]
internal sealed partial class ChatJson : JsonSerializerContext;
