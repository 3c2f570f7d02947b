using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;
using static FactLint.Core.Claims.Detectors.ClaimPatterns;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Exact figures: <c>1,847</c>, <c>9.73 billion</c>, <c>3.2 GB</c>, <c>120 ms</c>, <c>3 hours and 14 minutes</c>, <c>two million</c>.
/// Small bare integers (counting words in instructions), section numbers and numbers inside identifiers are not claims.
/// </summary>
public sealed partial class NumberDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Number;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new() { Characters = ClaimPatterns.Digits, WordParts = ["illion", "housand"] };

    /// <summary>A bare integer (no unit, no separator) below this is a counting word, not a claim.</summary>
    public int MinBareInteger { get; init; } = 10;

    // No capture groups: the parts are read back from the match by NumberParts, which spares the regex capture
    // bookkeeping on backtracking.
    [GeneratedRegex(LeftBoundary + "(?:" + Number + @")(?:\s(?:thousand|million|billion|trillion|quadrillion|quintillion)\b|" + ScaleSuffix + @")?(?:(?:\s?|-)(?:" + Unit + "))?" + RightBoundary,
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex NumberRegex();

    private static readonly string[] Scales = ["thousand", "million", "billion", "trillion", "quadrillion", "quintillion"];

    // A scale glued to the figure: "164k people", "1.2M images", "70B parameters", "1.8T". Not before a letter or digit
    // ("5G", "3D" and "2FA" have other letters; "4K" was already a figure through the kelvin unit).
    private const string ScaleSuffix = @"[kKMBT](?![\p{L}\p{N}_])";

    /// <summary>
    /// Where the parts of a <see cref="NumberRegex"/> match lie: the length of <c>num</c>, and where <c>unit</c> starts (-1
    /// when it did not match). A match is the number, then optionally one space and a scale word or a glued scale letter,
    /// then optionally a separator and a unit, which cannot start with a digit, comma or point.
    /// </summary>
    internal static (int NumLength, int UnitStart) NumberParts(ReadOnlySpan<char> match)
    {
        int i = 0;
        if (i < match.Length && match[i] is '-' or '−') i++;
        while (i < match.Length && (char.IsDigit(match[i]) || (match[i] == ',' && i + 1 < match.Length && char.IsDigit(match[i + 1])))) i++;
        if (i + 1 < match.Length && match[i] == '.' && char.IsDigit(match[i + 1]))
            for (i++; i < match.Length && char.IsDigit(match[i]); i++) { }
        int numLength = i;
        if (i < match.Length && match[i] is 'k' or 'K' or 'M' or 'B' or 'T' && (i + 1 == match.Length || !(char.IsLetter(match[i + 1]) || char.IsNumber(match[i + 1]) || match[i + 1] == '_')))
            i++;
        else if (i + 1 < match.Length && char.IsWhiteSpace(match[i]))
        {
            foreach (var scale in Scales)
            {
                var rest = match[(i + 1)..];
                if (rest.StartsWith(scale, StringComparison.Ordinal) && (rest.Length == scale.Length || !IsWordChar(rest[scale.Length])))
                {
                    i += 1 + scale.Length;
                    break;
                }
            }
        }
        if (i == match.Length) return (numLength, -1);
        if (char.IsWhiteSpace(match[i]) || match[i] == '-') i++;
        return (numLength, i);
    }

    // Durations written in parts ("3 hours and 14 minutes") are one claim.
    [GeneratedRegex(@"^(?:,\s*|\s+and\s+|\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex DurationJoiner();

    [GeneratedRegex(@"^(?:ms|s|sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|years?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimeUnit();

    // Ratios such as a 3.81:1 compression ratio (times of day like 10:30 have no ":1" form).
    [GeneratedRegex(LeftBoundary + Number + @"\s?:\s?1(?![\p{L}\p{N}_.:])", RegexOptions.CultureInvariant)]
    private static partial Regex RatioRegex();

    internal static Regex RatioPattern => RatioRegex();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        DetectSpelled(block, claims);
        if (!block.HoldsDigit) return;
        // A ratio needs ":1" (a white-space character may stand between): most blocks have none, and the ratio regex would
        // otherwise visit every digit again.
        if (HasRatioColon(text))
            foreach (var m in RatioRegex().EnumerateMatches(text))
                claims.Add(Claim.At(ClaimKind.Number, block, m.Index, m.Index + m.Length));
        var chain = new Chain { SmallStart = -1, SmallEnd = -1 };
        List<(int Start, int End)>? identifiers = null;
        if (HasDigitHyphenDigit(text))
            foreach (var id in IdentifierRegex().EnumerateMatches(text)) (identifiers ??= []).Add((id.Index, id.Index + id.Length));
        // EnumerateMatches: no Match and Group objects (the costliest allocation in claim detection); the parts are
        // read back from the matched text by NumberParts.
        foreach (var m in NumberRegex().EnumerateMatches(text))
        {
            var matched = text.AsSpan(m.Index, m.Length);
            var (numLength, unitStart) = NumberParts(matched);
            if (identifiers is not null && InsideAny(identifiers, m.Index)) continue;
            switch (RoleOf(text, m.Index, matched, numLength, unitStart, out int nameStart))
            {
                case Role.ShortYear:
                    claims.Add(Claim.At(ClaimKind.Date, block, m.Index - 1, m.Index + m.Length));
                    chain.Previous = chain.PreviousDuration = null;
                    break;
                case Role.VersionedName:
                    claims.Add(Claim.At(ClaimKind.Version, block, nameStart, m.Index + m.Length));
                    chain.Previous = chain.PreviousDuration = null;
                    break;
                case Role.SmallCount:
                    // A small count is no claim alone, but it may open a range ("7–9 hours").
                    (chain.SmallStart, chain.SmallEnd) = (m.Index, m.Index + m.Length);
                    break;
                case Role.Figure:
                    AddFigure(block, claims, ref chain, m.Index, matched, unitStart, hasUnit: numLength < matched.Length);
                    break;
            }
        }
    }

    /// <summary>What one number match is.</summary>
    private enum Role { Skip, SmallCount, ShortYear, VersionedName, Figure }

    /// <summary>The figures before the current one that it may join: a duration in parts, a range.</summary>
    private struct Chain
    {
        public Claim? Previous, PreviousDuration;
        public bool PreviousHasUnit;
        public int SmallStart, SmallEnd;
    }

    /// <summary>What a number match is: the first of these checks that applies decides.</summary>
    private Role RoleOf(string text, int start, ReadOnlySpan<char> matched, int numLength, int unitStart, out int nameStart)
    {
        nameStart = -1;
        bool hasUnit = numLength < matched.Length;
        int end = start + matched.Length;
        // A year written short: "the summer of '99", "the '90s".
        if (numLength == 2 && start >= 1 && text[start - 1] is '\'' or '’' && (start == 1 || !char.IsLetterOrDigit(text[start - 2]))
            && (!hasUnit || matched[2..].SequenceEqual("s")))
            return Role.ShortYear;
        if (IsDocumentedDefault(text, start)) return Role.Skip;
        // "As of September 2021", "the … Act of 2016": the date detector drops the date, and its year is no figure either.
        if (!hasUnit && numLength == 4 && DateDetector.IsQualifiedYear(text, start)) return Role.Skip;
        if (!hasUnit && !IsClaimWithoutUnit(matched[..numLength])) return Role.SmallCount;
        // A letter glued to a whole number can be a label, not a scale: "Room 12B", "221B Baker Street".
        bool labelLike = !hasUnit || (matched.Length == numLength + 1 && matched[numLength] is 'B' or 'K' or 'M' or 'T' && !matched.ContainsAny(',', '.'));
        if (labelLike && EndsWithReferenceWord(text.AsSpan(Math.Max(0, start - 24), start - Math.Max(0, start - 24)))) return Role.Skip;
        if (!hasUnit && InCopyrightNotice(text, start)) return Role.Skip;
        // A house number: "1600 Pennsylvania Avenue", "221B Baker Street".
        if (labelLike && !matched[..numLength].ContainsAny(',', '.') && StreetNameFollows(text, end)) return Role.Skip;
        if (!hasUnit && !matched.ContainsAny(',', '.') && FollowsAName(text, start)) return Role.Skip;
        // A language standard: "C++17", "gnu++20"; a code point: "U+007B".
        if (start >= 2 && text[start - 1] == '+' && text[start - 2] is '+' or 'U') return Role.Skip;
        // A power ("2^63", "10^9"): a bound or a constant, not a measured figure.
        if (!hasUnit && ((start >= 1 && text[start - 1] == '^')
            || (end + 1 < text.Length && text[end] == '^' && char.IsDigit(text[end + 1])))) return Role.Skip;
        // A time of day ("at 11 am", "5 p.m."), like "10:30", is not a figure.
        if (!hasUnit && IsClockHour(text, end)) return Role.Skip;
        // A form's name: "10-K", "8-K" (a hyphen and one capital letter, not a unit written out).
        if (unitStart > 0 && matched[unitStart - 1] == '-' && matched.Length == unitStart + 1 && char.IsUpper(matched[unitStart])) return Role.Skip;
        // A resolution or a race ("4K video", "a 5K run"): one digit glued to a capital K.
        if (matched.Length == 2 && matched[1] == 'K') return Role.Skip;
        // The numerator of a fraction or an idiom ("50/50", "24/7"); a date with slashes is the date detector's.
        if (!hasUnit && end + 1 < text.Length && text[end] == '/' && char.IsDigit(text[end + 1])) return Role.Skip;
        bool plainDecimal = !hasUnit && IsPlainDecimal(matched);
        // A licence's version is part of its name ("the Apache License, Version 2.0").
        if (plainDecimal && VersionDetector.IsLicenceVersion(text, start, end)) return Role.Skip;
        // A plain decimal after a name versions it: "Ada 2.0", "urllib3 2.0", "Web 2.0". The claim keeps the name.
        // (Not "Requests 2.27.x": that is the version detector's release line.)
        if (plainDecimal && !(end + 1 < text.Length && text[end] == '.' && char.IsLetterOrDigit(text[end + 1]))
            && VersionedNameStart(text, start) is var name and >= 0)
        {
            nameStart = name;
            return Role.VersionedName;
        }
        return Role.Figure;
    }

    /// <summary>Adds a figure, merged with the figures before it when they form a duration in parts or a range.</summary>
    private static void AddFigure(ProseBlock block, List<Claim> claims, ref Chain chain, int start, ReadOnlySpan<char> matched, int unitStart, bool hasUnit)
    {
        string text = block.Text;
        var claim = Claim.At(ClaimKind.Number, block, start, start + matched.Length);
        bool isDuration = unitStart >= 0 && TimeUnit().IsMatch(matched[unitStart..]);
        if (isDuration && chain.PreviousDuration is { } duration && DurationJoiner().IsMatch(text.AsSpan(duration.End, start - duration.End)))
        {
            RemoveLast(claims, duration);
            claim = claim with { Start = duration.Start, Text = text[duration.Start..claim.End] };
        }
        // A range ("10–40x", "5 to 10 minutes", "between 40 and 70 minutes") is one claim: the first figure borrows the
        // second's unit.
        if (chain.Previous is { } previous && !chain.PreviousHasUnit && JoinsRange(text, previous.Start, previous.End, start))
        {
            RemoveLast(claims, previous);
            claim = claim with { Start = previous.Start, Text = text[previous.Start..claim.End] };
        }
        else if (hasUnit && chain.SmallEnd >= 0 && (chain.Previous is null || chain.Previous.End <= chain.SmallStart) && JoinsRange(text, chain.SmallStart, chain.SmallEnd, start))
            claim = claim with { Start = chain.SmallStart, Text = text[chain.SmallStart..claim.End] };
        claims.Add(claim);
        chain.PreviousDuration = isDuration ? claim : null;
        chain.Previous = claim;
        chain.PreviousHasUnit = hasUnit;
    }

    // Numbers written as identifiers: a telephone number with its area code in brackets ("+1 (555) 123-4567"), and three
    // or more groups of digits joined by hyphens ("978-3-16-148410-0", "1-800-555-0199"; a date of that shape is the date
    // detector's). Their parts are not figures.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\(\d{2,4}\)\s?\d{3,4}[-.\s]\d{3,4}(?!\p{N})|(?<![\p{L}\p{N}.,-])\d+(?:-\d+){2,}(?![\p{N}-])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex IdentifierRegex();

    /// <summary>Whether a digit, a hyphen and a digit follow one another (the shape every identifier match holds).</summary>
    private static bool HasDigitHyphenDigit(string text)
    {
        for (int at = text.IndexOf('-', 1); at >= 0 && at + 1 < text.Length; at = text.IndexOf('-', at + 1))
            if (char.IsAsciiDigit(text[at - 1]) && char.IsAsciiDigit(text[at + 1])) return true;
        return false;
    }

    private static bool IsClockHour(string text, int end)
    {
        var rest = text.AsSpan(end);
        if (!rest.IsEmpty && rest[0] == ' ') rest = rest[1..];
        foreach (var marker in (ReadOnlySpan<string>)["am", "pm", "a.m.", "p.m.", "AM", "PM", "A.M.", "P.M."])
            if (rest.StartsWith(marker, StringComparison.Ordinal) && (rest.Length == marker.Length || !char.IsLetterOrDigit(rest[marker.Length])))
                return true;
        return false;
    }

    private static bool InsideAny(List<(int Start, int End)> spans, int at)
    {
        foreach (var (start, end) in spans)
            if (start <= at && at < end) return true;
        return false;
    }

    internal static bool HasRatioColon(string text)
    {
        for (int at = text.IndexOf(':'); at >= 0; at = text.IndexOf(':', at + 1))
        {
            int next = at + 1;
            if (next < text.Length && char.IsWhiteSpace(text[next])) next++;
            if (next < text.Length && text[next] == '1') return true;
        }
        return false;
    }

    // The claim being merged is always the one added last; List.Remove searched the block's whole list for it (quadratic).
    private static void RemoveLast(List<Claim> claims, Claim claim)
    {
        System.Diagnostics.Debug.Assert(ReferenceEquals(claims[^1], claim));
        claims.RemoveAt(claims.Count - 1);
    }

    [GeneratedRegex(@"^(?:\s?[–—-]\s?|\s+to\s+)$", RegexOptions.CultureInvariant)]
    private static partial Regex RangeJoiner();

    [GeneratedRegex(@"^\s+and\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex AndJoiner();

    [GeneratedRegex(@"\b[Bb]etween\s+$", RegexOptions.CultureInvariant)]
    private static partial Regex BetweenBefore();

    /// <summary>Whether the text between a first figure and a second joins them into a range: a dash, "to", or "and" after "between".</summary>
    private static bool JoinsRange(string text, int firstStart, int firstEnd, int secondStart)
    {
        var joiner = text.AsSpan(firstEnd, secondStart - firstEnd);
        if (RangeJoiner().IsMatch(joiner)) return true;
        int from = Math.Max(0, firstStart - 16);
        return AndJoiner().IsMatch(joiner) && BetweenBefore().IsMatch(text.AsSpan(from, firstStart - from));
    }

    private bool IsClaimWithoutUnit(ReadOnlySpan<char> number)
    {
        if (number.ContainsAny(',', '.')) return true;
        // Years are numbers too; where the context makes one a date, the date detector's claim wins the overlap.
        var digits = number.TrimStart("-−");
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out long value) && value >= MinBareInteger;
    }
}
