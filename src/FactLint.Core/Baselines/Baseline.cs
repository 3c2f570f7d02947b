using System.Text.Json;
using System.Text.Json.Serialization;
using FactLint.Core.Diagnostics;

namespace FactLint.Core.Baselines;

/// <summary>
/// Findings a team has accepted, so that only new ones fail. Entries match on file, code and the claim's text
/// (not the line), so editing elsewhere in a file does not resurrect old findings.
/// </summary>
public sealed partial class Baseline
{
    public const string DefaultFileName = Config.FactLintConfig.DefaultBaseline;

    public sealed record Entry(string Path, string Code, string Subject, int Count);

    private sealed record FileModel(int Version, List<Entry> Findings);

    // Source-generated (no reflection): the same JSON as before, and it works in a native AOT build.
    [JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
    [JsonSerializable(typeof(FileModel))]
    private sealed partial class BaselineJson : JsonSerializerContext;

    private readonly Dictionary<(string, string, string), int> _counts;

    private Baseline(Dictionary<(string, string, string), int> counts) => _counts = counts;

    public int Count => _counts.Values.Sum();

    /// <summary>A baseline larger than this is refused (a million findings take about 200 MB).</summary>
    public const long MaxBytes = 512L * 1024 * 1024;

    /// <param name="config">The config using it: a baseline that leads outside its repository (a link) is not read.</param>
    public static Baseline Load(string path, Config.FactLintConfig? config = null)
    {
        if (config is not null && Config.ConfigPaths.Refusal(config, path) is { } refused)
            throw new InvalidDataException($"{path}: baseline {refused}; not read (allow_outside_root: true allows it)");
        try
        {
            var model = JsonSerializer.Deserialize(IO.SafeFile.ReadAllText(path, MaxBytes), BaselineJson.Default.FileModel)
                ?? throw new InvalidDataException("empty baseline");
            var counts = new Dictionary<(string, string, string), int>();
            if (model.Findings is null) throw new InvalidDataException("no 'findings' list");
            foreach (var e in model.Findings)
            {
                if (e is null || e.Path is null || e.Code is null || e.Subject is null || e.Count < 0)
                    throw new InvalidDataException("a finding lacks path, code, subject or count");
                counts[(e.Path, e.Code, e.Subject)] = counts.GetValueOrDefault((e.Path, e.Code, e.Subject)) + e.Count;
            }
            return new Baseline(counts);
        }
        catch (Exception e) when (e is JsonException or InvalidDataException or NotSupportedException)
        {
            throw new InvalidDataException($"{path}: not a FactLint baseline ({e.Message})");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InvalidDataException($"{path}: cannot read baseline ({e.Message})");
        }
    }

    public static Baseline From(IEnumerable<Diagnostic> diagnostics, string baseDirectory)
    {
        var counts = new Dictionary<(string, string, string), int>();
        foreach (var d in diagnostics)
        {
            var key = KeyOf(d, baseDirectory);
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return new Baseline(counts);
    }

    /// <summary>Drops findings the baseline accepts (each entry absorbs as many findings as its count).</summary>
    public IReadOnlyList<Diagnostic> Filter(IEnumerable<Diagnostic> diagnostics, string baseDirectory)
    {
        var remaining = new Dictionary<(string, string, string), int>(_counts);
        var kept = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            var key = KeyOf(d, baseDirectory);
            if (remaining.TryGetValue(key, out int left) && left > 0) remaining[key] = left - 1;
            else kept.Add(d);
        }
        return kept;
    }

    /// <summary>Writes atomically: a reader never sees half a file, and a killed process leaves the old one.</summary>
    public void Save(string path)
    {
        var model = new FileModel(1, _counts
            .OrderBy(kv => kv.Key.Item1, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item2, StringComparer.Ordinal).ThenBy(kv => kv.Key.Item3, StringComparer.Ordinal)
            .Select(kv => new Entry(kv.Key.Item1, kv.Key.Item2, kv.Key.Item3, kv.Value)).ToList());
        IO.AtomicFile.WriteAllText(path, JsonSerializer.Serialize(model, BaselineJson.Default.FileModel) + "\n");
    }

    private static (string, string, string) KeyOf(Diagnostic d, string baseDirectory) =>
        (System.IO.Path.GetRelativePath(baseDirectory, d.Path).Replace('\\', '/'), d.Code, d.Subject);
}
