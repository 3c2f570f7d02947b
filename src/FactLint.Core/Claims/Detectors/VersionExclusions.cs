using System.Globalization;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// The named exclusions of <see cref="VersionDetector"/>: where a version-shaped token is an IP family or address, the V8
/// engine, or part of a licence's name.
/// </summary>
public sealed partial class VersionDetector
{
    /// <summary>
    /// "a v4 or v6 address", "the v6 local address": the IP family, not a release. The word "address" follows within
    /// three words.
    /// </summary>
    private static bool IsIpFamily(string text, int start, int end)
    {
        if (end - start != 2 || text[start] is not ('v' or 'V') || text[start + 1] is not ('4' or '6')) return false;
        int at = end;
        for (int words = 0; words < 4 && at < text.Length; words++)
        {
            while (at < text.Length && text[at] == ' ') at++;
            int wordStart = at;
            while (at < text.Length && char.IsLetterOrDigit(text[at])) at++;
            if (at == wordStart) return false;
            if (text.AsSpan(wordStart, at - wordStart).StartsWith("address", StringComparison.OrdinalIgnoreCase)) return true;
        }
        return false;
    }

    /// <summary>
    /// A bare "V8" names the JavaScript engine (changelogs say "V8: cherry-pick …", "the v8 module"), not a version,
    /// unless Node comes right before it ("Node v8"). "v8.6.0" is a version as usual, and so is "V8 10.2" (a product).
    /// </summary>
    private static bool IsEngineName(string text, int start, ReadOnlySpan<char> matched)
    {
        if (!matched.SequenceEqual("V8") && !matched.SequenceEqual("v8")) return false;
        var before = text.AsSpan(0, start).TrimEnd();
        int wordStart = before.Length;
        while (wordStart > 0 && (char.IsLetter(before[wordStart - 1]) || before[wordStart - 1] == '.')) wordStart--;
        var word = before[wordStart..];
        return !(word.Equals("node", StringComparison.OrdinalIgnoreCase) || word.Equals("node.js", StringComparison.OrdinalIgnoreCase)
            || word.Equals("nodejs", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// A licence's version is part of its name, not a claim: "the Apache License, Version 2.0", "GNU GPL version 3",
    /// "version 2 of the License".
    /// </summary>
    internal static bool IsLicenceVersion(string text, int start, int end)
    {
        var before = text.AsSpan(0, start).TrimEnd();
        if (!before.EndsWith("version", StringComparison.OrdinalIgnoreCase)) return false;
        var after = text.AsSpan(end).TrimStart();
        if (after.StartsWith("of the", StringComparison.OrdinalIgnoreCase)
            && after[6..].TrimStart() is var owner && (StartsWithLicence(owner) || owner.StartsWith("GNU", StringComparison.Ordinal)))
            return true;
        before = before[..^"version".Length].TrimEnd().TrimEnd(",(").TrimEnd();
        int word = before.Length;
        while (word > 0 && char.IsLetter(before[word - 1])) word--;
        var name = before[word..];
        return EndsWithLicence(name) || name is "GPL" or "LGPL" or "AGPL" or "FDL" or "MPL" or "EPL";
    }

    private static bool StartsWithLicence(ReadOnlySpan<char> s) =>
        s.StartsWith("License", StringComparison.OrdinalIgnoreCase) || s.StartsWith("Licence", StringComparison.OrdinalIgnoreCase);

    private static bool EndsWithLicence(ReadOnlySpan<char> s) =>
        s.Equals("License", StringComparison.OrdinalIgnoreCase) || s.Equals("Licence", StringComparison.OrdinalIgnoreCase);

    private static bool IsIpAddress(ReadOnlySpan<char> dotted)
    {
        int parts = 0;
        foreach (var part in dotted.Split('.'))
            if (++parts > 4 || !int.TryParse(dotted[part], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > 255) return false;
        return parts == 4;
    }
}
