using FactLint.Core.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace FactLint.Core.Yaml;

/// <summary>
/// Typed access to a YAML mapping's fields. Records every field read, so that whatever is left over
/// is reported as unknown (a typo in a pack must not be silently ignored).
/// </summary>
public sealed class YamlFields
{
    private readonly YamlMappingNode _node;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlFields(string path, YamlMappingNode node, List<YamlProblem> problems)
    {
        Path = path;
        _node = node;
        Problems = problems;
    }

    public string Path { get; }
    public List<YamlProblem> Problems { get; }
    public YamlMappingNode Node => _node;

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        return _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public bool Has(string key) => _node.Children.ContainsKey(new YamlScalarNode(key));

    public void Problem(YamlNode? at, string code, string message) =>
        Problems.Add(new YamlProblem(code, Path, at is null ? (int)_node.Start.Line : (int)at.Start.Line, at is null ? (int)_node.Start.Column : (int)at.Start.Column, message));

    public string? String(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required) Problem(null, EngineCodes.PackInvalidValue, $"missing required field '{key}'");
            return null;
        }
        if (node is YamlScalarNode scalar) return scalar.Value;
        Problem(node, EngineCodes.PackInvalidValue, $"'{key}' must be a single value, not a {KindOf(node)}");
        return null;
    }

    public double? Number(string key)
    {
        var text = String(key);
        if (text is null) return null;
        if (double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out double value)) return value;
        Problem(Get(key), EngineCodes.PackInvalidValue, $"'{key}' must be a number, got '{text}'");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key);
        if (text is null) return null;
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "yes" or "on": return true;
            case "false" or "no" or "off": return false;
            default:
                Problem(Get(key), EngineCodes.PackInvalidValue, $"'{key}' must be true or false, got '{text}'");
                return null;
        }
    }

    /// <summary>A list of strings; a single string is accepted as a list of one when <paramref name="allowSingle"/>.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> StringList(string key, bool allowSingle = true)
    {
        var node = Get(key);
        if (node is null) return [];
        if (node is YamlScalarNode single && (allowSingle || single.Value is null))
            return single.Value is null ? [] : [(single.Value, single)];
        if (node is YamlScalarNode lone)
        {
            Problem(node, EngineCodes.PackInvalidValue, $"'{key}' must be a list, such as [{lone.Value}], not a single value");
            return [];
        }
        if (node is not YamlSequenceNode sequence)
        {
            Problem(node, EngineCodes.PackInvalidValue, $"'{key}' must be a list, not a {KindOf(node)}");
            return [];
        }
        var result = new List<(string, YamlNode)>();
        foreach (var item in sequence)
        {
            if (item is YamlScalarNode { Value: not null } scalar) result.Add((scalar.Value, scalar));
            else Problem(item, EngineCodes.PackInvalidValue, $"items of '{key}' must be single values, not a {KindOf(item)}");
        }
        return result;
    }

    public YamlFields? Mapping(string key)
    {
        var node = Get(key);
        if (node is null) return null;
        if (node is YamlMappingNode mapping) return new YamlFields(Path, mapping, Problems);
        Problem(node, EngineCodes.PackInvalidValue, $"'{key}' must be a mapping of fields, not a {KindOf(node)}");
        return null;
    }

    /// <summary>Reports every field that no one asked for.</summary>
    public void ReportUnknown(IEnumerable<string>? hints = null)
    {
        foreach (var (keyNode, _) in _node.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "?";
            if (_read.Contains(key)) continue;
            var known = (hints ?? []).Concat(_read).Distinct().ToList();
            string? suggestion = known.OrderBy(k => Distance(k, key)).FirstOrDefault(k => Distance(k, key) <= 2);
            Problem(keyNode, EngineCodes.PackUnknownField,
                $"unknown field '{key}'" + (suggestion is null ? "" : $" (did you mean '{suggestion}'?)"));
        }
    }

    private static string KindOf(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "list",
        _ => "value",
    };

    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (int i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (int j = 0; j <= b.Length; j++) d[0, j] = j;
        for (int i = 1; i <= a.Length; i++)
            for (int j = 1; j <= b.Length; j++)
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
