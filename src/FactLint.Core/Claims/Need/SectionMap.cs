using FactLint.Core.Documents;

namespace FactLint.Core.Claims.Need;

/// <summary>
/// What the headings above a block say about its section, shared by every block of the section; for a table cell below
/// the header row, also the cues of that header row (a "Release Date" column dates releases).
/// </summary>
internal readonly record struct SectionFacts(bool Changelog, bool Defining, bool InventedAnswer, Cue TableHeader = Cue.None)
{
    public static readonly SectionFacts None = new(false, false, false);
    public static readonly SectionFacts ChangelogFile = new(true, false, false);
}

/// <summary>
/// The section facts of the blocks of a document up to the last one that holds a claim, from their heading paths: one pass
/// over those blocks, so a claim asks an array and never scans the document.
/// </summary>
internal sealed class SectionMap
{
    private readonly SectionFacts[] _facts;

    private SectionMap(SectionFacts[] facts) => _facts = facts;

    public SectionFacts this[ProseBlock block] => block.Index >= 0 && block.Index < _facts.Length ? _facts[block.Index] : SectionFacts.None;

    public static SectionMap Build(ProseDocument document, NeedVocabulary words, SectionFacts root, int lastBlock)
    {
        var facts = new SectionFacts[Math.Min(document.Blocks.Count, lastBlock + 1)];
        // Open headings, outermost first, each with the facts of its section (its own and its parents').
        var open = new List<(int Level, SectionFacts Facts)>();
        var current = root;
        // The header row's cues of the table being read; a new table starts at another top-level block or a lower row.
        int table = -1, row = -1;
        var header = Cue.None;
        for (int i = 0; i < facts.Length; i++)
        {
            var block = document.Blocks[i];
            if (block.Kind == ProseBlockKind.TableCell)
            {
                if (block.TopLevelOrder != table || block.TableRow < row) (table, header) = (block.TopLevelOrder, Cue.None);
                row = block.TableRow;
                if (block.TableRow == 0) header |= words.CuesOf(block.Text);
                else { facts[i] = current with { TableHeader = header }; continue; }
            }
            if (block.Kind == ProseBlockKind.Heading && block.HeadingLevel > 0)
            {
                while (open.Count > 0 && open[^1].Level >= block.HeadingLevel) open.RemoveAt(open.Count - 1);
                var parent = open.Count > 0 ? open[^1].Facts : root;
                current = Combine(parent, Classify(block.Text, words));
                open.Add((block.HeadingLevel, current));
            }
            facts[i] = current;
        }
        return new SectionMap(facts);
    }

    private static SectionFacts Combine(SectionFacts parent, SectionFacts own) =>
        own == SectionFacts.None ? parent
        : new SectionFacts(parent.Changelog || own.Changelog, own.Defining || parent.Defining, parent.InventedAnswer || own.InventedAnswer);

    /// <summary>The facts one heading states on its own.</summary>
    internal static SectionFacts Classify(string heading, NeedVocabulary words)
    {
        var text = heading.AsSpan().Trim();
        uint kinds = words.HeadingKinds(text);
        bool changelog = (kinds & NeedVocabulary.ChangelogHeading) != 0 || IsVersionHeading(text);
        bool defining = (kinds & NeedVocabulary.SectionHeading) != 0 || LooksLikeApiName(text);
        return new SectionFacts(changelog, defining, IsRequestToInvent(text));
    }

    // "v1.21.0 — October 21, 2026", "[2.3.0] - 2024-05-01", "Version 1.2", "1.0.0 (2023-01-01)": a release's own section.
    internal static bool IsVersionHeading(ReadOnlySpan<char> text)
    {
        text = text.TrimStart("[#( ");
        foreach (var prefix in (ReadOnlySpan<string>)["version ", "release ", "v"])
            if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)) { text = text[prefix.Length..].TrimStart(); break; }
        int digits = 0;
        while (digits < text.Length && char.IsAsciiDigit(text[digits])) digits++;
        return digits > 0 && digits < text.Length - 1 && text[digits] == '.' && char.IsAsciiDigit(text[digits + 1]);
    }

    // "chalk.level", "uuid.parse(str)", "`<style>`": a heading that names an API member documents it.
    private static bool LooksLikeApiName(ReadOnlySpan<char> text)
    {
        if (text.Contains('(') && text.Contains(')') && !text.Contains(' ')) return true;
        if (text.Contains(ProsePlaceholder.Opaque)) return true;
        int dot = text.IndexOf('.');
        return dot > 0 && dot < text.Length - 1 && char.IsAsciiLetter(text[dot - 1]) && char.IsAsciiLetter(text[dot + 1]) && !text.Contains(' ');
    }

    // "Q: Create a basic budget for a family of 4": the answer invents its figures. Naming what is invented (a budget,
    // a plan, an example) keeps "Q: Write a history of the 1929 crash" out.
    internal static bool IsRequestToInvent(ReadOnlySpan<char> text)
    {
        if (text.StartsWith("Q:", StringComparison.OrdinalIgnoreCase)) text = text[2..].TrimStart();
        int space = text.IndexOf(' ');
        if (space <= 0) return false;
        var verb = text[..space];
        bool request = false;
        foreach (var v in NeedVocabulary.RequestVerbs)
            if (verb.Equals(v, StringComparison.OrdinalIgnoreCase)) { request = true; break; }
        if (!request) return false;
        var rest = text[space..];
        foreach (var thing in NeedVocabulary.InventedThings)
            if (rest.Contains(thing, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
