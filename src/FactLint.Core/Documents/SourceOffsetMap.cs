using System.Collections;

namespace FactLint.Core.Documents;

/// <summary>
/// The source offset of every prose character, stored as runs of characters that sit one after another in the source.
/// Prose is mostly such runs (a literal between two pieces of markup), so a block keeps a few pairs instead of an int per
/// character: that array was the largest allocation of prose extraction.
/// </summary>
public sealed class SourceOffsetMap : IReadOnlyList<int>
{
    // Run r covers prose indices [_starts[r], _starts[r + 1]) and maps index i to _sources[r] + (i - _starts[r]).
    private readonly int[] _starts;
    private readonly int[] _sources;

    internal SourceOffsetMap(int[] starts, int[] sources, int count)
    {
        _starts = starts;
        _sources = sources;
        Count = count;
    }

    public int Count { get; }

    public int this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count) throw new ArgumentOutOfRangeException(nameof(index));
            // The last run starting at or before index.
            int lo = 0, hi = _starts.Length - 1;
            while (lo < hi)
            {
                int mid = (lo + hi + 1) >>> 1;
                if (_starts[mid] <= index) lo = mid;
                else hi = mid - 1;
            }
            return _sources[lo] + (index - _starts[lo]);
        }
    }

    /// <summary>Number of runs (tests check that plain prose is one).</summary>
    internal int RunCount => _starts.Length;

    public IEnumerator<int> GetEnumerator()
    {
        for (int r = 0; r < _starts.Length; r++)
        {
            int end = r + 1 < _starts.Length ? _starts[r + 1] : Count;
            for (int i = _starts[r]; i < end; i++) yield return _sources[r] + (i - _starts[r]);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
