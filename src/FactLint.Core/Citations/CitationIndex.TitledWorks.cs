using FactLint.Core.Documents;

namespace FactLint.Core.Citations;

/// <summary>Works named by title, venue and year, and the later sentences that point back at them.</summary>
public sealed partial class CitationIndex
{
    // How many blocks back a sentence that points at "the study" may look for it: an answer's list of findings.
    private const int TitledWorkReach = 12;

    // Whether any block may name a titled work: most documents name none, and then no claim's sentence is searched for
    // "the study". One search over the whole source (a superset of the blocks' text) instead of one per block.
    private bool? _mayNameTitledWorks;

    private bool MayNameTitledWorks => _mayNameTitledWorks ??= CitationFinder.MayNameTitledWork(_document.Source.Text);

    /// <summary>The nearest work named by title before <paramref name="offset"/> of block <paramref name="index"/>, within the section.</summary>
    private Citation? TitledWorkBefore(int index, int offset)
    {
        for (int i = index; i >= 0 && i > index - TitledWorkReach; i--)
        {
            var block = _document.Blocks[i];
            if (i < index && block.Kind == ProseBlockKind.Heading) return null;
            var works = (_blocks[i] ??= Build(block)).TitledWorks;
            for (int w = works.Count - 1; w >= 0; w--)
                if (i < index || works[w].Start < offset) return works[w];
        }
        return null;
    }
}
