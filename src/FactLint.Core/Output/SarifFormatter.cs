using System.Text.Json;
using FactLint.Core.Diagnostics;

namespace FactLint.Core.Output;

/// <summary>SARIF 2.1.0, for code-scanning dashboards. Columns are Unicode code points, as everywhere in FactLint.</summary>
public sealed class SarifFormatter : IDiagnosticFormatter
{
    public const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    public void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer)
    {
        var rules = RuleTable(diagnostics, context);
        var ruleIndex = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);

        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json, rules, context);
            json.WriteString("columnKind", "unicodeCodePoints");
            var ranks = SurprisalRanking.Ranks(diagnostics);
            json.WriteStartArray("results");
            foreach (var d in diagnostics) WriteResult(json, d, ruleIndex, ranks, context);
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private sealed record RuleRow(string Id, string Name, string Summary, string? Link, Severity Level);

    /// <summary>Every rule of the run, plus the engine codes that occur, by code.</summary>
    private static List<RuleRow> RuleTable(IReadOnlyList<Diagnostic> diagnostics, OutputContext context) =>
        context.Rules.Select(r => new RuleRow(r.Code, r.Name, r.Message, r.Link, r.Level))
            .Concat(diagnostics.Select(d => d.Code).Distinct().Where(c => EngineCodes.All.ContainsKey(c))
                .Select(c => new RuleRow(c, EngineCodes.All[c].Name, EngineCodes.All[c].Summary, null, Severity.Error)))
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal).ToList();

    private static void WriteTool(Utf8JsonWriter json, List<RuleRow> rules, OutputContext context)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "FactLint");
        json.WriteString("version", context.ToolVersion);
        json.WriteString("informationUri", "https://github.com/factlint/factlint");
        json.WriteStartArray("rules");
        foreach (var r in rules)
        {
            json.WriteStartObject();
            json.WriteString("id", r.Id);
            json.WriteString("name", r.Name);
            json.WriteStartObject("shortDescription");
            json.WriteString("text", r.Summary);
            json.WriteEndObject();
            if (r.Link is not null) json.WriteString("helpUri", r.Link);
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(r.Level));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic d, Dictionary<string, int> ruleIndex,
        IReadOnlyDictionary<Diagnostic, int> ranks, OutputContext context)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", d.Code);
        if (ruleIndex.TryGetValue(d.Code, out int index)) json.WriteNumber("ruleIndex", index);
        json.WriteString("level", Level(d.Severity));
        json.WriteStartObject("message");
        json.WriteString("text", d.Message);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(context.DisplayPath(d.Path)));
        json.WriteEndObject();
        WriteRegion(json, d);
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndArray();
        if (d.Need is not null)
        {
            json.WriteStartObject("properties");
            json.WriteString("need", d.Need);
            json.WriteEndObject();
        }
        json.WriteStartObject("partialFingerprints");
        json.WriteString("factlint/v1", $"{d.Code}:{d.Subject}");
        json.WriteEndObject();
        if (d.Surprisal is { } score)
        {
            json.WriteStartObject("properties");
            SurprisalRanking.Write(json, "surprisal", score, ranks[d]);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, Diagnostic d)
    {
        json.WriteStartObject("region");
        json.WriteNumber("startLine", d.Start.Line);
        json.WriteNumber("startColumn", d.Start.Column);
        json.WriteNumber("endLine", d.End.Line);
        json.WriteNumber("endColumn", d.End.Column);
        if (d.SourceLine.Length > 0)
        {
            json.WriteStartObject("snippet");
            json.WriteString("text", d.Subject);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static string Level(Severity s) => s switch { Severity.Error => "error", Severity.Warning => "warning", _ => "note" };

    private static string Uri(string path)
    {
        // A chat transcript's message (chat.json#3, chat.jsonl#2.3) stays a URI fragment, not an escaped part of the file name.
        var (file, fragment) = MessageFragment(path);
        var uri = Path.IsPathFullyQualified(file) ? new Uri(file).AbsoluteUri : string.Join('/', file.Split('/').Select(System.Uri.EscapeDataString));
        return fragment is null ? uri : $"{uri}#{fragment}";
    }

    private static (string File, string? Fragment) MessageFragment(string path)
    {
        int hash = path.LastIndexOf('#');
        if (hash <= 0 || hash == path.Length - 1 || !Parsing.ChatTranscript.IsTranscript(path[..hash])) return (path, null);
        foreach (var c in path.AsSpan(hash + 1)) if (!char.IsAsciiDigit(c) && c != '.') return (path, null);
        return (path[..hash], path[(hash + 1)..]);
    }
}
