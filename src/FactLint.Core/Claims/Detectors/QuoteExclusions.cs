using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// The named exclusions of <see cref="QuoteDetector"/>: call-outs and notes in block quotes, quoted code and quoted titles
/// are not quotes. Each has detector tests and a fixture line in rules/core/tests/FL106.md.
/// </summary>
public sealed partial class QuoteDetector
{
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> CalloutLabels = new HashSet<string>(
        ["Note", "Notes", "NB", "Tip", "Hint", "Info", "Important", "Warning", "Caution", "Danger", "Attention", "Deprecated", "Stability",
         "Caveat", "Explanation", "Update", "Edit", "Example", "Reminder", "Disclaimer", "Notice", "Todo", "FYI", "Security", "Deprecation"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the text opens like a call-out: an icon ("⚠️ Do not…", ":warning: Do not…"), a call-out label as its own
    /// sentence start ("**Warning**" on its line, then "Versions before…"; "Note that…"), or a label and a colon ("Note:",
    /// "WARNING :", "Explanation:").
    /// </summary>
    internal static bool IsCallout(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        var rest = SkipLeadingIcons(trimmed);
        if (rest.Length < trimmed.Length) return true;
        int space = rest.IndexOfAny(' ', '\t', '\n');
        if (space > 0 && CalloutLabels.Contains(rest[..space]) && rest[space..].TrimStart() is { IsEmpty: false } next
            && (char.IsUpper(next[0]) || NoteLabels.Contains(rest[..space])))
            return true;
        int colon = rest.IndexOf(':');
        if (colon <= 0) return false;
        return CalloutLabels.Contains(rest[..colon].TrimEnd());
    }

    // Labels that open a note whatever follows ("Note in theory, …", "Tip you can …"); the others need a capital after them
    // ("Attention Users of …", not "Attention is all you need").
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NoteLabels = new HashSet<string>(
        ["Note", "Notes", "NB", "Tip", "Warning", "Caution", "Important", "Caveat"], StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether quoted text is code rather than words: a URL, a placeholder in braces, an assignment, an address, a
    /// snake_case name, a path with two or more slashes or a command-line flag ("git clone git@host:x.git",
    /// "npm/{version} node/{version}", "strace -o output-file ps").
    /// </summary>
    internal static bool LooksLikeCode(ReadOnlySpan<char> quoted)
    {
        if (quoted.IndexOfAny(CodeMarks) >= 0 || quoted.IndexOf("://", StringComparison.Ordinal) >= 0) return true;
        foreach (var range in quoted.SplitAny(" \t\n"))
        {
            var token = quoted[range];
            if (token.Count('/') >= 2 || (token.Contains('_') && token.Trim('_').Length > 0 && char.IsLetter(token.Trim('_')[0]))) return true;
            // A command-line flag: "-o", "--blah" ("a - b" and "—" are dashes, not flags).
            if (token.Length > 1 && token[0] == '-' && (char.IsAsciiLetter(token[1]) || (token.Length > 2 && token[1] == '-' && char.IsAsciiLetter(token[2])))) return true;
        }
        return false;
    }

    private static readonly System.Buffers.SearchValues<char> CodeMarks = System.Buffers.SearchValues.Create("{}=@<>\\");

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWordsBefore = new HashSet<string>(
        ["revert", "reverts", "reverted", "fix", "fixes", "fixed", "error", "message", "statement", "claim", "assertion", "sentence", "question", "button", "option", "label", "menu", "tab", "titled", "named", "called",
         "heading", "header", "title", "string", "phrase", "command", "field", "column", "setting", "prompt", "dialog"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWordsAfter = new HashSet<string>(
        ["error", "errors", "message", "messages", "warning", "warnings", "exception", "exceptions", "button", "option", "label",
         "menu", "tab", "dialog", "prompt", "command", "header", "field", "column", "setting", "string", "text", "commit", "section"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Whether the quote names something rather than reports words: <c>Revert "…"</c>, <c>CVE-2016-6304 ("…")</c>,
    /// <c>the error "…"</c>, <c>"…" errors</c>, <c>click the "…" button</c>.
    /// </summary>
    internal static bool IsQuotedTitle(string text, int start, int end)
    {
        // The word before the opening mark (skipping white space and one opening parenthesis).
        int i = start - 1;
        while (i > 0 && (char.IsWhiteSpace(text[i - 1]) || text[i - 1] == '(')) i--;
        int wordEnd = i;
        while (i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is '-' or ':')) i--;
        var before = text.AsSpan(i, wordEnd - i).TrimEnd(':');
        if (TitleWordsBefore.Contains(before) || (before.StartsWith("CVE-", StringComparison.Ordinal) && before.Length > 4)) return true;
        // The word after the closing mark.
        int j = end + 1;
        while (j < text.Length && text[j] == ' ') j++;
        int wordStart = j;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return j > wordStart && TitleWordsAfter.Contains(text.AsSpan(wordStart, j - wordStart));
    }

    /// <summary>
    /// Whether quoted words are a title, not speech: every word of four letters or more is capitalised and no comma or
    /// full stop stands inside ("New York City in the 1890s", "Maintenance Treatment of Opiate Addiction").
    /// </summary>
    internal static bool IsTitleCase(ReadOnlySpan<char> quoted)
    {
        var words = quoted.Trim();
        if (words.IsEmpty || words.IndexOfAny(SentencePunctuation) >= 0) return false;
        int capitalised = 0;
        foreach (var range in words.SplitAny(" \t\n"))
        {
            var word = words[range];
            if (word.IsEmpty || !char.IsLetter(word[0])) continue;
            if (char.IsUpper(word[0])) capitalised++;
            else if (word.Length >= 4) return false;
        }
        return capitalised >= 2;
    }

    private static readonly System.Buffers.SearchValues<char> SentencePunctuation = System.Buffers.SearchValues.Create(",.;!?");

    // Emoji (symbols, surrogate pairs, variation selectors, joiners) and :shortcode: icons before a call-out label.
    private static ReadOnlySpan<char> SkipLeadingIcons(ReadOnlySpan<char> text)
    {
        while (!text.IsEmpty)
        {
            if (text[0] == ':' && text.Length > 2)
            {
                int close = text[1..].IndexOf(':') + 1;
                if (close > 1 && close <= 40 && !text[1..close].ContainsAnyExcept(ShortcodeChars))
                {
                    text = text[(close + 1)..].TrimStart();
                    continue;
                }
            }
            char c = text[0];
            if (!char.IsSurrogate(c) && char.GetUnicodeCategory(c) is not (System.Globalization.UnicodeCategory.OtherSymbol
                or System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format))
                break;
            text = text[1..].TrimStart();
        }
        return text;
    }

    private static readonly System.Buffers.SearchValues<char> ShortcodeChars =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyz0123456789_+-");
}
