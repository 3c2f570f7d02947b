using FactLint.Core.Config;
using FactLint.Core.Documents;
using FactLint.Core.Text;

namespace FactLint.Core.Claims.Need;

/// <summary>The profile a file was linted under, and why (shown by <c>check --verbose</c>).</summary>
public readonly record struct ProfileDecision(ClaimProfile Profile, string Why);

/// <summary>
/// Picks the profile of one file. A <c>&lt;!-- factlint-profile: docs --&gt;</c> comment in the file wins over the config;
/// <c>auto</c> reads the file name (README, CHANGELOG …), a contributor folder (contributing/, maintaining/), whether the
/// file holds fenced code, and how many inline code spans it holds. Not any folder: a docs/ folder holds blog posts and
/// essays as often as reference pages, while a contributing/ folder holds the project's own processes.
/// </summary>
public static class ProfileChooser
{
    public const string Directive = "factlint-profile";

    // File-name words of software documentation; CHANGELOG-like names also make the whole file release history.
    private static readonly string[] DocsNames =
        ["readme", "install", "installation", "contributing", "upgrading", "upgrade", "migration", "migrating", "security",
         "support", "usage", "api", "faq", "guide", "howto", "tutorial", "manual", "configuration", "options", "building",
         "governance", "conduct", "maintainers", "maintaining", "roadmap", "hacking", "development", "testing", "releasing",
         "deployment", "quickstart"];
    internal static readonly string[] ChangelogNames = ["changelog", "changes", "history", "news", "releases", "release-notes", "release_notes", "releasenotes"];

    // Folder-name words of a project's contributor documentation: its processes, policies and internals. Only the file's
    // folder and the one above it are read (doc/contributing/maintaining/x.md), not the whole path to the repository.
    private static readonly string[] ContributorFolders =
        ["contributing", "contributors", "maintaining", "maintainers", "governance", "hacking", "internals"];

    /// <summary>
    /// Inline code spans that make a file software documentation. On the real development set every fact-prose file has
    /// none, while software docs often have dozens (uuid's README 34, koa's 29); FactLint's reference pages without fenced
    /// code have over 300. Ten leaves room for an essay that quotes a command or a file name a few times.
    /// </summary>
    public const int DocsCodeSpans = 10;

    public static ProfileDecision Decide(ProseDocument document, ClaimProfile configured)
    {
        if (FromDirective(document) is { } own) return new ProfileDecision(own, $"{Directive} comment");
        if (configured != ClaimProfile.Auto) return new ProfileDecision(configured, "config or --profile");
        var path = document.Source.Path;
        if (IsChangelogName(path)) return new ProfileDecision(ClaimProfile.Docs, "auto: changelog file name");
        if (NameWord(path) is { } word) return new ProfileDecision(ClaimProfile.Docs, $"auto: file name '{word}'");
        if (ContributorFolder(path) is { } folder) return new ProfileDecision(ClaimProfile.Docs, $"auto: folder name '{folder}'");
        // Up to four spaces before the fence: fences nested in a list item are indented that far.
        if (FencedCode.HasFence(document.Source.Text, maxIndent: 4)) return new ProfileDecision(ClaimProfile.Docs, "auto: has fenced code");
        int spans = CountCodeSpans(document, DocsCodeSpans);
        if (spans >= DocsCodeSpans)
            return new ProfileDecision(ClaimProfile.Docs, $"auto: {DocsCodeSpans} or more inline code spans");
        return new ProfileDecision(ClaimProfile.Prose, $"auto: no docs file name, no fenced code, {spans} inline code spans");
    }

    /// <summary>Whether the file name says the file is release history (CHANGELOG.md, NEWS, HISTORY.md).</summary>
    public static bool IsChangelogName(string path) => HasWord(Path.GetFileNameWithoutExtension(path), ChangelogNames) is not null;

    private static string? NameWord(string path) => HasWord(Path.GetFileNameWithoutExtension(path), DocsNames);

    private static string? ContributorFolder(string path)
    {
        var folder = Path.GetDirectoryName(path);
        for (int up = 0; up < 2 && !string.IsNullOrEmpty(folder); up++, folder = Path.GetDirectoryName(folder))
            if (HasWord(Path.GetFileName(folder), ContributorFolders) is { } word) return word;
        return null;
    }

    // Words of a name split at '-', '_', '.' and spaces: "a_koa_readme" holds "readme", "already" does not.
    private static string? HasWord(string name, string[] words)
    {
        foreach (var part in name.Split(['-', '_', '.', ' '], StringSplitOptions.RemoveEmptyEntries))
            foreach (var word in words)
                if (part.Equals(word, StringComparison.OrdinalIgnoreCase)) return word;
        foreach (var word in words)
            if (word.Contains('-') || word.Contains('_'))
                if (name.Contains(word, StringComparison.OrdinalIgnoreCase)) return word;
        return null;
    }

    // Inline code leaves an opaque placeholder in the prose whose source offset is the opening backtick (images, autolinks
    // and inline HTML leave the same placeholder, at '!' or '<'). Paragraphs left unparsed were counted from their raw lines.
    // Counting stops at the limit.
    internal static int CountCodeSpans(ProseDocument document, int limit)
    {
        var source = document.Source.Text;
        int count = document.UnparsedCodeSpans;
        if (count >= limit) return count;
        foreach (var block in document.Blocks)
        {
            var text = block.Text;
            for (int i = text.IndexOf(ProsePlaceholder.Opaque); i >= 0; i = text.IndexOf(ProsePlaceholder.Opaque, i + 1))
            {
                int at = block.SourceOffsets[i];
                if (at >= 0 && at < source.Length && source[at] == '`' && ++count >= limit) return count;
            }
        }
        return count;
    }

    private static ClaimProfile? FromDirective(ProseDocument document)
    {
        foreach (var comment in document.Comments)
        {
            var content = comment.Content.AsSpan().Trim("<!->  \t\r\n");
            if (!content.StartsWith(Directive, StringComparison.OrdinalIgnoreCase)) continue;
            var value = content[Directive.Length..].TrimStart(": \t");
            if (ClaimProfiles.TryParse(value.Trim().ToString(), out var profile)) return profile;
        }
        return null;
    }
}
