using System.Text;
using FactLint.Core.Citations;

namespace FactLint.Core.Markdown;

/// <summary>Accumulates prose text together with the source offset of every character.</summary>
internal sealed class ProseBuilder
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _offsets = new();
    private readonly List<Citation> _citations = new();

    public int Length => _text.Length;

    public void Append(char c, int sourceOffset)
    {
        _text.Append(c);
        _offsets.Add(sourceOffset);
    }

    /// <summary>Appends text whose characters sit one after another in the source.</summary>
    public void AppendContiguous(ReadOnlySpan<char> text, int sourceStart)
    {
        _text.Append(text);
        int at = _offsets.Count;
        System.Runtime.InteropServices.CollectionsMarshal.SetCount(_offsets, at + text.Length);
        var offsets = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(_offsets)[at..];
        for (int i = 0; i < offsets.Length; i++) offsets[i] = sourceStart + i;
    }

    /// <summary>Empties the builder for the next block, keeping its buffers.</summary>
    public void Clear()
    {
        _text.Clear();
        _offsets.Clear();
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
            _offsets.RemoveAt(_offsets.Count - 1);
        }
        // A citation recorded after trailing whitespace (a footnote reference before a tab) must stay inside the text.
        for (int i = 0; i < _citations.Count; i++)
            if (_citations[i].End > _text.Length)
                _citations[i] = _citations[i] with { Start = Math.Min(_citations[i].Start, _text.Length), End = _text.Length };
    }

    /// <summary>Keeps every character's source offset at or below <paramref name="max"/> (the last character of the file).</summary>
    public void ClampOffsets(int max)
    {
        for (int i = 0; i < _offsets.Count; i++) if (_offsets[i] > max) _offsets[i] = max;
    }

    public bool HasContent()
    {
        for (int i = 0; i < _text.Length; i++)
            if (!char.IsWhiteSpace(_text[i])) return true;
        return _citations.Count > 0;
    }

    public ProseBlock Build(ProseBlockKind kind, int endOffset, BlockPlacement placement)
    {
        var offsets = new int[_offsets.Count + 1];
        _offsets.CopyTo(offsets);
        offsets[^1] = _offsets.Count > 0 ? _offsets[^1] + 1 : endOffset;
        return new ProseBlock(kind, _text.ToString(), offsets, _citations.ToArray(), placement);
    }

    /// <summary>Source offset of the last character appended, or -1.</summary>
    public int LastSourceOffset => _offsets.Count > 0 ? _offsets[^1] : -1;
}
