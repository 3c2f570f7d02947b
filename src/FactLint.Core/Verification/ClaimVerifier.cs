using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;

namespace FactLint.Core.Verification;

/// <summary>A source to search: its index and the part a fragment narrowed it to.</summary>
public sealed record SearchTarget(SourceIndex Index, (int Start, int End)? Range, string Label);

/// <summary>What the sources said about one claim.</summary>
public sealed record Verdict(bool Supported, IReadOnlyList<string> Notes, double QuoteOverlap = 0, bool IsQuote = false)
{
    public static readonly Verdict Unchecked = new(true, []);
}

/// <summary>Checks that a claim's exact figure, date, version or quote is in at least one of its sources; otherwise finds the nearest candidate.</summary>
public static partial class ClaimVerifier
{
    [GeneratedRegex(@"\s*\[?(?:…|\.\.\.)\]?\s*", RegexOptions.CultureInvariant)]
    private static partial Regex Ellipsis();

    [GeneratedRegex(@"\d+(?:\.\d+)+", RegexOptions.CultureInvariant)]
    private static partial Regex VersionCore();

    [GeneratedRegex(@"(?<![\w.])v?\d+(?:\.\d+)+(?![\w]|\.\d)", RegexOptions.CultureInvariant)]
    private static partial Regex AnyVersion();

    public static Verdict Verify(Claim claim, IReadOnlyList<SearchTarget> targets, bool quoteCaseInsensitive)
    {
        if (targets.Count == 0) return Verdict.Unchecked;
        return claim.Kind switch
        {
            ClaimKind.Quote => VerifyQuote(claim.Text, targets, quoteCaseInsensitive),
            ClaimKind.Date => VerifyDate(claim.Text, targets),
            ClaimKind.Version => VerifyVersion(claim.Text, targets),
            _ => VerifyFigures(claim.Text, targets),
        };
    }

    public static Verdict VerifyFigures(string claimText, IReadOnlyList<SearchTarget> targets)
    {
        var figures = FigureReader.Read(claimText);
        if (figures.Count == 0) return VerifyText(claimText, targets);
        var notes = new List<string>();
        bool all = true;
        foreach (var figure in figures)
        {
            bool found = targets.Any(t => t.Index.WithValue(figure.Value).Any(f => f.Supports(figure) && SourceIndex.InRange(f.Start, t.Range)));
            if (found) continue;
            all = false;
            var nearest = targets
                .SelectMany(t => t.Index.Figures.Where(f => f.Percent == figure.Percent && SourceIndex.InRange(f.Start, t.Range)).Select(f => (t, f)))
                .OrderBy(x => figure.Currency is not null && x.f.Currency != figure.Currency ? 1 : 0).ThenBy(x => Distance(x.f.Value, figure.Value)).ThenBy(x => x.f.Start).FirstOrDefault();
            // Same value, other kind (12 vs 12%, $ vs €): say so, since the writer may have meant it.
            var sameValue = targets.SelectMany(t => t.Index.WithValue(figure.Value).Where(f => SourceIndex.InRange(f.Start, t.Range)).Select(f => (t, f))).FirstOrDefault();
            if (sameValue.f is not null)
                notes.Add($"\"{sameValue.f.Text}\" at {sameValue.t.Index.Document.Location(sameValue.f.Start)} has the same value but " +
                    (sameValue.f.Percent != figure.Percent ? (figure.Percent ? "is not a percentage" : "is a percentage") : $"is in {sameValue.f.Currency}, not {figure.Currency}"));
            notes.Add(nearest.f is null
                ? $"no figure like {figure.Text} ({figure.Expanded}) in {Labels(targets)}"
                : $"nearest in source: \"{nearest.f.Text}\" ({nearest.f.Expanded}) at {nearest.t.Index.Document.Location(nearest.f.Start)}; the claim says {figure.Expanded}");
        }
        return new Verdict(all, notes);
    }

    private static decimal Distance(decimal a, decimal b)
    {
        var scale = Math.Max(Math.Abs(b), 0.000001m);
        return Math.Abs(a - b) / scale;
    }

    public static Verdict VerifyDate(string claimText, IReadOnlyList<SearchTarget> targets)
    {
        var canonical = DateReader.CanonicalOf(claimText);
        if (canonical is null) return VerifyText(claimText, targets);
        bool yearOnly = canonical.Length == 4;
        foreach (var t in targets)
        {
            if (t.Index.Dates.Any(d => DateReader.Supports(d.Canonical, canonical) && SourceIndex.InRange(d.Start, t.Range))) return new Verdict(true, []);
            if (yearOnly && t.Index.WithValue(decimal.Parse(canonical, CultureInfo.InvariantCulture)).Any(f => !f.Percent && f.Currency is null && SourceIndex.InRange(f.Start, t.Range)))
                return new Verdict(true, []);
        }
        var nearest = targets.SelectMany(t => t.Index.Dates.Where(d => SourceIndex.InRange(d.Start, t.Range)).Select(d => (t, d)))
            .OrderBy(x => DateReader.Distance(x.d.Canonical, canonical)).FirstOrDefault();
        return new Verdict(false, [nearest.d is null
            ? $"no date in {Labels(targets)}; the claim says {canonical}"
            : $"nearest in source: \"{nearest.d.Text}\" ({nearest.d.Canonical}) at {nearest.t.Index.Document.Location(nearest.d.Start)}; the claim says {canonical}"]);
    }

    public static Verdict VerifyVersion(string claimText, IReadOnlyList<SearchTarget> targets)
    {
        var core = VersionCore().Match(claimText);
        if (!core.Success) return VerifyText(claimText, targets);
        var wanted = core.Value;
        var candidates = targets.SelectMany(t => AnyVersion().Matches(t.Index.Document.Text).Where(m => SourceIndex.InRange(m.Index, t.Range)).Select(m => (t, m))).ToList();
        if (candidates.Any(c => c.m.Value.TrimStart('v') == wanted)) return new Verdict(true, []);
        var nearest = candidates.OrderByDescending(c => CommonPrefix(c.m.Value.TrimStart('v'), wanted)).FirstOrDefault();
        return new Verdict(false, [nearest.m is null
            ? $"no version number in {Labels(targets)}"
            : $"nearest in source: \"{nearest.m.Value}\" at {nearest.t.Index.Document.Location(nearest.m.Index)}; the claim says {wanted}"]);
    }

    private static int CommonPrefix(string a, string b)
    {
        int i = 0;
        while (i < a.Length && i < b.Length && a[i] == b[i]) i++;
        return i;
    }

    /// <summary>Fallback for claims without a readable figure (a quarter, a range): the words, in order, case-insensitively.</summary>
    public static Verdict VerifyText(string claimText, IReadOnlyList<SearchTarget> targets)
    {
        var parts = new[] { claimText };
        foreach (var t in targets)
        {
            int at = QuoteMatcher.FindExact(parts, t.Index.WordList, t.Index.WordPositions(true), folded: true);
            if (at >= 0 && SourceIndex.InRange(t.Index.WordList[at].Start, t.Range)) return new Verdict(true, []);
        }
        return new Verdict(false, [$"\"{claimText}\" does not occur in {Labels(targets)}"]);
    }

    public static Verdict VerifyQuote(string quote, IReadOnlyList<SearchTarget> targets, bool folded)
    {
        var parts = Ellipsis().Split(quote).Where(p => p.Length > 0).ToList();
        foreach (var t in targets)
        {
            var words = t.Index.WordList;
            var positions = t.Index.WordPositions(folded);
            int at = QuoteMatcher.FindExact(parts, words, positions, folded);
            if (at >= 0 && SourceIndex.InRange(words[at].Start, t.Range)) return new Verdict(true, [], 1, true);
        }

        var quoteWords = Words.Split(string.Join(' ', parts)).Select(w => folded ? w.Folded : w.Norm).ToList();
        (SearchTarget? Target, int Start, int Count, double Overlap) best = (null, -1, 0, 0);
        foreach (var t in targets)
        {
            var words = t.Index.WordList;
            var (s, c, o) = QuoteMatcher.Closest(quoteWords, words, t.Index.WordPositions(folded), folded);
            if (s >= 0 && o > best.Overlap && SourceIndex.InRange(words[s].Start, t.Range)) best = (t, s, c, o);
        }
        if (best.Target is null) return new Verdict(false, [$"no passage like this quote in {Labels(targets)}"], 0, true);
        var sourceWords = best.Target.Index.WordList.Skip(best.Start).Take(best.Count).ToList();
        var doc = best.Target.Index.Document;
        var first = sourceWords[0];
        var last = sourceWords[^1];
        var passage = doc.Text[first.Start..(last.Start + last.Length)].ReplaceLineEndings(" ");
        var diff = QuoteMatcher.Format(QuoteMatcher.Diff(sourceWords.Select(w => w.Norm).ToList(), Words.Split(string.Join(' ', parts)).Select(w => w.Norm).ToList(), folded));
        return new Verdict(false,
        [
            $"closest passage in source: \"{passage}\" at {doc.Location(first.Start)}",
            $"word diff (source → quote): {diff}",
        ], best.Overlap, true);
    }

    private static string Labels(IReadOnlyList<SearchTarget> targets) => string.Join(", ", targets.Select(t => t.Label).Distinct());
}
