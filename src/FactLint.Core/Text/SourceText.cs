using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace FactLint.Core.Text;

/// <summary>1-based line and column. Columns count Unicode code points, so a tab or an emoji is one column.</summary>
public readonly record struct LinePosition(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}

/// <summary>
/// A file's decoded text (BOM removed, line endings kept) and the map from character offsets to lines.
/// Every span in FactLint is an offset into <see cref="Text"/>.
/// </summary>
public sealed class SourceText
{
    private readonly int[] _lineStarts;

    public SourceText(string path, string text)
    {
        Path = path;
        Text = text;
        _lineStarts = ComputeLineStarts(text);
        _hasSurrogates = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF') >= 0;
    }

    // Columns and line texts are asked for once per finding: on a 1 MB single line with thousands of findings, counting
    // from the line start and copying the line each time was quadratic (minutes). Both are now cheap.
    private readonly bool _hasSurrogates;
    // One string per line, shared by every finding on it: the findings of several rules on one line each held a copy
    // (24 MB benchmark corpus: 300k findings).
    private string?[]? _lines;

    public string Path { get; }
    public string Text { get; }
    public int LineCount => _lineStarts.Length;

    private static int[] ComputeLineStarts(string text)
    {
        var span = text.AsSpan();
        // Most files end lines with LF alone: the line feeds are counted, then found eight characters at a time, without a
        // search call per line (lines are short: the call's setup cost more than the search).
        if (Vector128.IsHardwareAccelerated && !span.Contains('\r')) return LineFeedStarts(span);
        var starts = new List<int>(text.Length / 40 + 1) { 0 };
        for (int i = 0; i < text.Length; i++)
        {
            int next = text.AsSpan(i).IndexOfAny('\n', '\r');
            if (next < 0) break;
            i += next;
            // CRLF ends one line; a lone CR ends one too (CommonMark treats it as a line ending).
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
            starts.Add(i + 1);
        }
        return starts.ToArray();
    }

    private static int[] LineFeedStarts(ReadOnlySpan<char> text)
    {
        var starts = new int[text.Count('\n') + 1];
        int n = 1, i = 0;
        var units = MemoryMarshal.Cast<char, ushort>(text);
        var lineFeed = Vector128.Create((ushort)'\n');
        for (; i + 8 <= units.Length; i += 8)
            for (uint bits = Vector128.Equals(Vector128.Create(units.Slice(i, 8)), lineFeed).ExtractMostSignificantBits(); bits != 0; bits &= bits - 1)
                starts[n++] = i + BitOperations.TrailingZeroCount(bits) + 1;
        for (; i < text.Length; i++)
            if (text[i] == '\n') starts[n++] = i + 1;
        return starts;
    }

    /// <summary>Zero-based index of the line holding <paramref name="offset"/>.</summary>
    public int LineIndexOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int index = Array.BinarySearch(_lineStarts, offset);
        return index >= 0 ? index : ~index - 1;
    }

    public LinePosition PositionOf(int offset)
    {
        offset = Math.Clamp(offset, 0, Text.Length);
        int line = LineIndexOf(offset);
        int start = _lineStarts[line];
        int column = 1 + offset - start;
        if (_hasSurrogates)
        {
            // The low half of a surrogate pair does not start a new code point.
            var span = Text.AsSpan(start, offset - start);
            for (int i; (i = span.IndexOfAnyInRange('\uDC00', '\uDFFF')) >= 0; span = span[(i + 1)..]) column--;
        }
        return new LinePosition(line + 1, column);
    }

    public int LineStart(int lineIndex) => _lineStarts[lineIndex];

    /// <summary>The text of a zero-based line without its line ending.</summary>
    public string LineText(int lineIndex)
    {
        var lines = _lines ??= new string?[_lineStarts.Length];
        return lines[lineIndex] ??= ReadLine(lineIndex);
    }

    private string ReadLine(int lineIndex)
    {
        int start = _lineStarts[lineIndex];
        int end = lineIndex + 1 < _lineStarts.Length ? _lineStarts[lineIndex + 1] : Text.Length;
        while (end > start && (Text[end - 1] == '\n' || Text[end - 1] == '\r')) end--;
        return Text.Substring(start, end - start);
    }

    public static SourceText FromString(string text, string path = "<memory>") => new(path, text);
}
