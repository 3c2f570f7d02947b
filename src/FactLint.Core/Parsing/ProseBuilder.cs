using System.Text;
using FactLint.Core.Documents;

namespace FactLint.Core.Parsing;

/// <summary>Accumulates prose text together with the source offset of every character (as runs, see <see cref="SourceOffsetMap"/>).</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder _text = new();
    // Run r starts at prose index _runStarts[r], whose source offset is _runSources[r]; the next characters follow it.
    private readonly List<int> _runStarts = new();
    private readonly List<int> _runSources = new();
    private readonly List<Citation> _citations = new();

    public int Length => _text.Length;

    public void Append(char c, int sourceOffset)
    {
        AddOffsets(sourceOffset);
        _text.Append(c);
    }

    /// <summary>Appends text whose characters sit one after another in the source.</summary>
    public void AppendContiguous(ReadOnlySpan<char> text, int sourceStart)
    {
        if (text.IsEmpty) return;
        AddOffsets(sourceStart);
        _text.Append(text);
    }

    // The next character maps to sourceOffset: it extends the last run when it follows that run's last character.
    private void AddOffsets(int sourceOffset)
    {
        if (_text.Length > 0 && LastSourceOffset + 1 == sourceOffset) return;
        _runStarts.Add(_text.Length);
        _runSources.Add(sourceOffset);
    }

    /// <summary>Empties the builder for the next block, keeping its buffers.</summary>
    public void Clear()
    {
        _text.Clear();
        _runStarts.Clear();
        _runSources.Clear();
        _citations.Clear();
    }

    /// <summary>
    /// Appends parser-produced text (escapes and entities resolved) and aligns each character with the
    /// source range [sourceStart, sourceEnd): a character found in order maps to itself, others to the current position.
    /// </summary>
    public void AppendAligned(ReadOnlySpan<char> text, string source, int sourceStart, int sourceEnd)
    {
        if (sourceEnd - sourceStart == text.Length)
        {
            AppendContiguous(text, sourceStart);
            return;
        }
        int p = sourceStart;
        foreach (char c in text)
        {
            int q = p;
            while (q < sourceEnd && source[q] != c) q++;
            if (q < sourceEnd)
            {
                Append(c, q);
                p = q + 1;
            }
            else
            {
                Append(c, Math.Min(p, Math.Max(sourceStart, sourceEnd - 1)));
            }
        }
    }

    public void AddCitation(Citation citation) => _citations.Add(citation);

    public void TrimEnd()
    {
        while (_text.Length > 0 && char.IsWhiteSpace(_text[^1]))
        {
            _text.Length--;
            if (_runStarts[^1] == _text.Length)
            {
                _runStarts.RemoveAt(_runStarts.Count - 1);
                _runSources.RemoveAt(_runSources.Count - 1);
            }
        }
        // A citation recorded after trailing whitespace (a footnote reference before a tab) must stay inside the text.
        for (int i = 0; i < _citations.Count; i++)
            if (_citations[i].End > _text.Length)
                _citations[i] = _citations[i] with { Start = Math.Min(_citations[i].Start, _text.Length), End = _text.Length };
    }

    /// <summary>Keeps every character's source offset at or below <paramref name="max"/> (the last character of the file).</summary>
    public void ClampOffsets(int max)
    {
        bool over = false;
        for (int r = 0; r < _runStarts.Count && !over; r++) over = _runSources[r] + RunLength(r) - 1 > max;
        if (!over) return;
        // Rare (parser-synthesised text at the very end of a file): rebuild the runs from per-character offsets.
        var offsets = new int[_text.Length];
        for (int r = 0; r < _runStarts.Count; r++)
            for (int k = 0; k < RunLength(r); k++) offsets[_runStarts[r] + k] = Math.Min(_runSources[r] + k, max);
        _runStarts.Clear();
        _runSources.Clear();
        for (int i = 0; i < offsets.Length; i++)
        {
            if (i > 0 && offsets[i - 1] + 1 == offsets[i]) continue;
            _runStarts.Add(i);
            _runSources.Add(offsets[i]);
        }
    }

    private int RunLength(int r) => (r + 1 < _runStarts.Count ? _runStarts[r + 1] : _text.Length) - _runStarts[r];

    public bool HasContent()
    {
        for (int i = 0; i < _text.Length; i++)
            if (!char.IsWhiteSpace(_text[i])) return true;
        return _citations.Count > 0;
    }

    public ProseBlock Build(ProseBlockKind kind, int endOffset, BlockPlacement placement)
    {
        // One extra entry maps the end: just past the last character (which extends its run), or endOffset for no text.
        if (_text.Length == 0)
        {
            _runStarts.Add(0);
            _runSources.Add(endOffset);
        }
        var offsets = new SourceOffsetMap(_runStarts.ToArray(), _runSources.ToArray(), _text.Length + 1);
        return new ProseBlock(kind, _text.ToString(), offsets, _citations.ToArray(), placement);
    }

    /// <summary>Source offset of the last character appended, or -1.</summary>
    public int LastSourceOffset => _text.Length > 0 ? _runSources[^1] + (_text.Length - 1 - _runStarts[^1]) : -1;
}
