using FactLint.Core.Text;

namespace FactLint.Core.Diagnostics;

/// <summary>One finding. Offsets are into the file's decoded text; positions are 1-based.</summary>
/// <param name="Subject">The exact text the finding is about (the claim); baselines match on it, not on the line.</param>
/// <param name="SourceLine">The text of the start line, for display with a caret.</param>
public sealed record Diagnostic(
    string Code,
    string RuleName,
    Severity Severity,
    string Message,
    string Path,
    LinePosition Start,
    LinePosition End,
    string Subject,
    string SourceLine)
{
    /// <summary>Extra lines shown under the finding (e.g. the nearest figure in a source).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    /// <summary>Why the claim needs a source (the claim-need stage's reason: <c>world fact: money</c>), when a claim rule reported it.</summary>
    public string? Need { get; init; }
    /// <summary>The claim's surprisal when a model scored it (for output and ordering only); null otherwise.</summary>
    public Surprisal.ClaimSurprisal? Surprisal { get; init; }

    public static Diagnostic At(SourceText source, int start, int end, string code, string ruleName, Severity severity, string message, string? subject = null)
    {
        // Parser-synthesised characters can map to the end of the text (fuzz seed 3 #6864): keep the span inside it.
        start = Math.Clamp(start, 0, source.Text.Length);
        end = Math.Clamp(end, 0, source.Text.Length);
        var startPos = source.PositionOf(start);
        var endPos = source.PositionOf(Math.Max(start, end));
        return new Diagnostic(code, ruleName, severity, message, source.Path, startPos, endPos,
            subject ?? source.Text[start..Math.Max(start, end)], source.LineCount > 0 ? source.LineText(startPos.Line - 1) : "");
    }

    /// <summary>A finding about a whole file or a place in a non-source file (packs, config).</summary>
    public static Diagnostic ForFile(string path, int line, int column, string code, string ruleName, string message, Severity severity = Severity.Error) =>
        new(code, ruleName, severity, message, path, new LinePosition(Math.Max(1, line), Math.Max(1, column)),
            new LinePosition(Math.Max(1, line), Math.Max(1, column)), "", "");

    /// <summary>Stable order for output: path, then position, then code.</summary>
    public static int Compare(Diagnostic a, Diagnostic b)
    {
        int c = string.CompareOrdinal(a.Path, b.Path);
        if (c != 0) return c;
        c = a.Start.Line.CompareTo(b.Start.Line);
        if (c != 0) return c;
        c = a.Start.Column.CompareTo(b.Start.Column);
        return c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
    }
}
