using FactLint.Core.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FactLint.Core.Yaml;

/// <summary>
/// Loads a small YAML file into nodes with positions, with limits against hostile input
/// (file size, nesting depth, number of aliases) so that a pack can never hang or exhaust memory.
/// </summary>
public static class YamlDocumentReader
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxDepth = 32;
    public const int MaxAliases = 100;

    /// <summary>Reads a YAML file (refusing pipes, devices and files over the limit before reading) and returns its root mapping.</summary>
    public static YamlMappingNode? LoadMappingFile(string path, List<YamlProblem> problems)
    {
        string text;
        try
        {
            // Bytes, not characters: a little over the character limit so LoadMapping gives its usual message.
            text = FactLint.Core.IO.SafeFile.ReadAllText(path, 4L * MaxBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problems.Add(new YamlProblem(EngineCodes.PackYamlInvalid, path, 1, 1, e is FactLint.Core.IO.RefusedFileException ? e.Message : $"cannot read file ({e.Message})"));
            return null;
        }
        return LoadMapping(path, text, problems);
    }

    /// <summary>Returns the root mapping, or null with problems added.</summary>
    public static YamlMappingNode? LoadMapping(string path, string text, List<YamlProblem> problems)
    {
        if (text.Length > MaxBytes)
        {
            problems.Add(new YamlProblem(EngineCodes.PackYamlInvalid, path, 1, 1, $"file is larger than {MaxBytes / 1024} KB"));
            return null;
        }
        try
        {
            CheckStructure(path, text);
            var stream = new YamlStream();
            stream.Load(new StringReader(text));
            if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
                return new YamlMappingNode();
            if (stream.Documents[0].RootNode is YamlMappingNode mapping) return mapping;
            var root = stream.Documents[0].RootNode;
            problems.Add(new YamlProblem(EngineCodes.PackInvalidValue, path, (int)root.Start.Line, (int)root.Start.Column, "expected a mapping of fields at the top level"));
            return null;
        }
        catch (YamlException e)
        {
            string message = e.InnerException?.Message ?? e.Message;
            // YamlDotNet prefixes messages with the position; ours goes in line:col already.
            int paren = message.IndexOf("): ", StringComparison.Ordinal);
            if (message.StartsWith("(Line", StringComparison.Ordinal) && paren > 0) message = message[(paren + 3)..];
            problems.Add(new YamlProblem(EngineCodes.PackYamlInvalid, path, (int)e.Start.Line, (int)e.Start.Column, $"invalid YAML: {message}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet throws these (not a YamlException) on some malformed input: plain scalars in flow collections,
            // a byte order mark inside a key.
            problems.Add(new YamlProblem(EngineCodes.PackYamlInvalid, path, Math.Max(1, _lastLine), 1, $"invalid YAML near this line (the YAML reader failed: {e.Message})"));
            return null;
        }
    }

    [ThreadStatic] private static int _lastLine;

    /// <summary>Most nodes a file may stand for once its aliases are expanded (billion-laughs guard).</summary>
    public const long MaxExpandedNodes = 100_000;

    // Walks the event stream first: rejects alias bombs and absurd nesting before any node tree is built.
    // Few aliases can still stand for billions of nodes (9 levels of 9 aliases each, or an alias used as a mapping key,
    // which YamlDotNet hashes by walking the whole expanded tree: a hang): the expanded size is counted, too.
    public static void CheckStructure(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, aliases = 0;
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Size)>();
        long total = 0;
        void Add(long n, YamlDotNet.Core.Events.ParsingEvent at)
        {
            if (open.Count > 0) { var (a, size) = open.Pop(); open.Push((a, size + n)); }
            else total += n;
            if (total > MaxExpandedNodes || (open.Count > 0 && open.Peek().Size > MaxExpandedNodes))
                throw new YamlException(at.Start, at.End, $"aliases expand to more than {MaxExpandedNodes} nodes (alias expansion limit)");
        }
        _lastLine = 1;
        while (parser.MoveNext())
        {
            var current = parser.Current!;
            _lastLine = (int)current.End.Line;
            switch (current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth)
                        throw new YamlException(current.Start, current.End, $"nested deeper than {MaxDepth} levels");
                    var anchor = ((YamlDotNet.Core.Events.NodeEvent)current).Anchor;
                    open.Push((anchor.IsEmpty ? null : anchor.Value, 1));
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    if (open.Count > 0)
                    {
                        var (name, size) = open.Pop();
                        if (name is not null) sizes[name] = size;
                        Add(size, current);
                    }
                    break;
                case YamlDotNet.Core.Events.Scalar scalar:
                    if (!scalar.Anchor.IsEmpty) sizes[scalar.Anchor.Value] = 1;
                    Add(1, current);
                    break;
                case YamlDotNet.Core.Events.AnchorAlias alias:
                    if (++aliases > MaxAliases)
                        throw new YamlException(current.Start, current.End, $"more than {MaxAliases} aliases (alias expansion limit)");
                    Add(sizes.GetValueOrDefault(alias.Value.Value, 1), current);
                    break;
            }
        }
    }
}
