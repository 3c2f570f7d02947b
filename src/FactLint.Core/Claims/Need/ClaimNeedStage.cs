using FactLint.Core.Config;
using FactLint.Core.Documents;

namespace FactLint.Core.Claims.Need;

/// <summary>
/// Between detection and citation lookup: decides for each claim whether it needs an outside source, and why. Per claim it
/// reads only its sentence and its section's facts (one pass over the blocks per document), so it stays cheap.
/// </summary>
public sealed class ClaimNeedStage(NeedVocabulary words, ClaimProfile configured)
{
    public NeedVocabulary Words { get; } = words;

    /// <summary>The profile from the config or <c>--profile</c>; <c>auto</c> decides per file.</summary>
    public ClaimProfile Configured { get; } = configured;

    public ProfileDecision Decide(ProseDocument document) => ProfileChooser.Decide(document, Configured);

    /// <summary>The claims with their <see cref="Claim.Need"/> set under <paramref name="decision"/>'s profile.</summary>
    public IReadOnlyList<Claim> Apply(ProseDocument document, IReadOnlyList<Claim> claims, ProfileDecision decision)
    {
        if (claims.Count == 0) return claims;
        var result = new Claim[claims.Count];
        if (decision.Profile == ClaimProfile.Strict)
        {
            var strict = ClaimNeed.Needed("strict profile");
            for (int i = 0; i < result.Length; i++) result[i] = claims[i] with { Need = strict };
            return result;
        }
        var root = ProfileChooser.IsChangelogName(document.Source.Path) ? SectionFacts.ChangelogFile : SectionFacts.None;
        int lastBlock = 0;
        foreach (var claim in claims) lastBlock = Math.Max(lastBlock, claim.Block.Index);
        var sections = SectionMap.Build(document, Words, root, lastBlock);
        for (int i = 0; i < result.Length; i++)
        {
            var claim = claims[i];
            result[i] = claim with { Need = Judge(claim, sections[claim.Block], decision.Profile) };
        }
        return result;
    }

    /// <summary>The verdict for one claim in a section under a profile (docs or prose).</summary>
    internal ClaimNeed Judge(Claim claim, SectionFacts section, ClaimProfile profile)
    {
        var sentence = SentenceOf(claim);
        var context = new NeedContext(claim, sentence, section, profile, Words, Words.CuesOf(sentence) | section.TableHeader);
        foreach (var (_, rule) in NeedRules.All)
            if (rule(in context) is { } verdict) return verdict;
        return ClaimNeed.Needed(NeedRules.NoContext);
    }

    // The sentence around the claim in its block: from the last ". " (or "! ", "? ") before it to the next one after it.
    internal static ReadOnlySpan<char> SentenceOf(Claim claim)
    {
        var text = claim.Block.Text.AsSpan();
        int from = Math.Clamp(claim.Start, 0, text.Length), to = Math.Clamp(claim.End, from, text.Length);
        int start = 0, end = text.Length;
        for (int at = text[..from].LastIndexOfAny('.', '!', '?'); at >= 0; at = text[..at].LastIndexOfAny('.', '!', '?'))
            if (IsSentenceEnd(text, at)) { start = at + 1; break; }
        for (int at = to; at < text.Length; at++)
        {
            int next = text[at..].IndexOfAny('.', '!', '?');
            if (next < 0) break;
            at += next;
            if (IsSentenceEnd(text, at)) { end = at; break; }
        }
        return text[start..Math.Min(text.Length, end + 1)];
    }

    private static bool IsSentenceEnd(ReadOnlySpan<char> text, int at) =>
        text[at] is '.' or '!' or '?' && (at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1]));
}
