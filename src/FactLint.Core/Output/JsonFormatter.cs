using System.Text.Json;
using FactLint.Core.Diagnostics;

namespace FactLint.Core.Output;

/// <summary>
/// Machine-readable findings: <c>{"version":1,"findings":[{path,line,column,endLine,endColumn,code,rule,severity,message,claim,need,notes,surprisal}],"summary":{…}}</c>.
/// <c>surprisal</c> (when a model scored the claim) is written by <see cref="SurprisalRanking.Write"/>; the summary names the model and the exempt count.
/// </summary>
public sealed class JsonFormatter : IDiagnosticFormatter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, OutputContext context, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            var ranks = SurprisalRanking.Ranks(diagnostics);
            json.WriteStartArray("findings");
            foreach (var d in diagnostics)
            {
                json.WriteStartObject();
                json.WriteString("path", context.DisplayPath(d.Path));
                json.WriteNumber("line", d.Start.Line);
                json.WriteNumber("column", d.Start.Column);
                json.WriteNumber("endLine", d.End.Line);
                json.WriteNumber("endColumn", d.End.Column);
                json.WriteString("code", d.Code);
                json.WriteString("rule", d.RuleName);
                json.WriteString("severity", d.Severity.Name());
                json.WriteString("message", d.Message);
                json.WriteString("claim", d.Subject);
                if (d.Need is not null) json.WriteString("need", d.Need);
                if (d.Notes.Count > 0)
                {
                    json.WriteStartArray("notes");
                    foreach (var n in d.Notes) json.WriteStringValue(n);
                    json.WriteEndArray();
                }
                if (d.Surprisal is { } score) SurprisalRanking.Write(json, "surprisal", score, ranks[d]);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("files", context.FilesChecked);
            json.WriteNumber("findings", diagnostics.Count);
            foreach (var severity in Enum.GetValues<Severity>())
                json.WriteNumber(severity.Name(), diagnostics.Count(d => d.Severity == severity));
            if (context.Models.Count > 0) json.WriteString("model", string.Join(", ", context.Models.Select(m => m.Name)));
            else json.WriteNull("model");
            json.WriteNumber("exemptClaims", context.ExemptClaims);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        writer.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }
}
