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
        catch (InvalidOperationException e)
        {
            // YamlDotNet reports some malformed documents this way, without a position.
            problems.Add(new YamlProblem(EngineCodes.PackYamlInvalid, path, 1, 1, $"invalid YAML: {e.Message}"));
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
    }

    // YamlDotNet throws a bare InvalidOperationException for some unterminated documents; give it a place.
    private static bool MoveNext(Parser parser, Mark last)
    {
        try
        {
            return parser.MoveNext();
        }
        catch (InvalidOperationException)
        {
            throw new YamlException(last, last, "the document ends inside an unclosed bracket, brace or quote that starts here");
        }
    }

    // Walks the event stream first: rejects alias bombs and absurd nesting before any node tree is built.
    private static void CheckStructure(string path, string text)
    {
        var parser = new Parser(new StringReader(text));
        int depth = 0, aliases = 0;
        Mark last = Mark.Empty;
        while (MoveNext(parser, last))
        {
            last = parser.Current!.Start;
            switch (parser.Current)
            {
                case YamlDotNet.Core.Events.MappingStart or YamlDotNet.Core.Events.SequenceStart:
                    if (++depth > MaxDepth)
                        throw new YamlException(parser.Current.Start, parser.Current.End, $"nested deeper than {MaxDepth} levels");
                    break;
                case YamlDotNet.Core.Events.MappingEnd or YamlDotNet.Core.Events.SequenceEnd:
                    depth--;
                    break;
                case YamlDotNet.Core.Events.AnchorAlias:
                    if (++aliases > MaxAliases)
                        throw new YamlException(parser.Current.Start, parser.Current.End, $"more than {MaxAliases} aliases (alias expansion limit)");
                    break;
            }
        }
    }
}
