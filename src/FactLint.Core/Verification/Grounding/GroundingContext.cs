using FactLint.Core.Verification.Sources;
using FactLint.Core.Text;

namespace FactLint.Core.Verification.Grounding;

/// <summary>One passage an answer was generated from: a file given with <c>--context</c>, a chat message, a retrieved chunk.</summary>
/// <param name="Label">How notes name it (a path, <c>chat.json#2</c>, <c>context[3]</c>).</param>
public sealed record ContextPassage(string Label, string Text);

/// <summary>
/// The text an answer must be grounded in (<c>--context</c>, earlier chat messages, <c>CheckRequest.Context</c>): every precise
/// claim of the answer has to be found in it, with the same normalisation the citation checks use.
/// Each passage is indexed once (figures, dates, words) and searched by every claim.
/// </summary>
public sealed class GroundingContext
{
    private GroundingContext(IReadOnlyList<SearchTarget> targets) => Targets = targets;

    public static readonly GroundingContext Empty = new([]);

    public IReadOnlyList<SearchTarget> Targets { get; }

    public bool IsEmpty => Targets.Count == 0;

    public static GroundingContext From(IEnumerable<ContextPassage> passages) =>
        new(passages.Select(p => Target(p.Label, new SourceText(p.Label, p.Text))).ToList());

    /// <summary>Files: HTML loses its tags (as a cited source would); other files are searched as written.</summary>
    public static GroundingContext FromFiles(IEnumerable<(string FullPath, string Label)> files) =>
        new(files.Select(f =>
        {
            var read = SourceFileReader.Read(f.FullPath);
            return Target(f.Label, new SourceText(f.Label, read.Text));
        }).ToList());

    /// <summary>This context with more passages before it (a chat answer's earlier messages, then the run's <c>--context</c>).</summary>
    public GroundingContext With(IEnumerable<ContextPassage> passages)
    {
        var added = From(passages);
        return added.IsEmpty ? this : new GroundingContext([.. added.Targets, .. Targets]);
    }

    private static SearchTarget Target(string label, SourceText original)
    {
        var (text, map) = TextExtractor.Extract(label, original.Text);
        var document = new SourceDocument(label, original, text, map);
        return new SearchTarget(SourceIndex.Build(document), null, label);
    }
}
