using FactLint.Core.Claims;
using FactLint.Core.Documents;
using FactLint.Core.Claims.Need;
using FactLint.Core.Config;

namespace FactLint.Core.Tests.Claims.Need;

/// <summary>The claim-need stage: each rule's exemption with a counter-example that still needs a source.</summary>
public class ClaimNeedStageTests
{
    private static readonly ClaimNeedStage Stage = new(NeedVocabulary.Default, ClaimProfile.Auto);

    // The verdict for the claim with this exact text in a document under a profile.
    private static ClaimNeed Verdict(string markdown, string claim, ClaimProfile profile, string path = "doc.md", ClaimNeedStage? stage = null)
    {
        var document = TestDocuments.Parse(markdown, path);
        var claims = new ClaimDetection(ClaimDetection.DefaultDetectors()).Detect(document);
        var judged = (stage ?? Stage).Apply(document, claims, new ProfileDecision(profile, "test"));
        var found = judged.Where(c => c.Text == claim).ToList();
        Assert.True(found.Count == 1, $"expected one claim '{claim}', found: {string.Join(" | ", judged.Select(c => c.Text))}");
        return found[0].Need;
    }

    [Theory]
    [InlineData("Acme requires Node.js 18 or higher.", "Node.js 18", "first-party: version identifier")]
    [InlineData("Package name changed from 0.5.", "0.5", "first-party: version identifier")]
    [InlineData("Acme needs 2 GB of free RAM.", "2 GB", "first-party: requirement")]
    [InlineData("The build needs about 2 GB of free RAM.", "2 GB", "first-party: requirement")]
    [InlineData("Compiling requires roughly 4 GB of memory.", "4 GB", "first-party: requirement")]
    [InlineData("It has full support for ECMAScript from 2015.", "2015", "first-party: requirement")]
    [InlineData("By default the server starts 4 workers.", "4 workers", "first-party: setting or limit")]
    [InlineData("`block_size` can vary from 8 to 64 samples.", "64", "first-party: setting or limit")]
    [InlineData("Pack an array of 32 bit integers.", "32 bit", "first-party: byte layout")]
    [InlineData("Samples take 3 bytes (only if `WIDE` is set).", "3 bytes", "first-party: byte layout")]
    [InlineData("To run the benchmark you need Node.js 18.", "Node.js 18", "first-party: version identifier")]
    [InlineData("acme-2.1.0 was released on October 23, 2022.", "October 23, 2022", "first-party: release date")]
    [InlineData("We cut the ID size from 36 to 21 symbols.", "36 to 21", "first-party: own project")]
    [InlineData("The fetch downloads the page first, with a 50 MB limit.", "50 MB", "first-party: setting or limit")]
    public void Docs_profile_first_party_facts_need_no_source(string markdown, string claim, string reason)
    {
        var need = Verdict(markdown, claim, ClaimProfile.Docs);
        Assert.True(need.FirstParty);
        Assert.Equal(reason, need.Reason);
    }

    [Theory]
    [InlineData("Acme is downloaded 1.2 million times a week.", "1.2 million times", "world fact: adoption figure")]
    [InlineData("The core is under 12kB.", "12kB", "world fact: measured size")]
    [InlineData("It supports every browser and needs no polyfill: the core is only 2 KB.", "2 KB", "world fact: measured size")]
    [InlineData("At runtime it uses about 50 MB of memory.", "50 MB", "world fact: measured size")]
    [InlineData("The package is 118 bytes (minified and brotlied).", "118 bytes", "world fact: measured size")]
    [InlineData("It handles 30,000 requests per second in the benchmark.", "30,000 requests per second", "world fact: benchmark or comparison")]
    [InlineData("Hosting cost $40,000 by default.", "$40,000", "world fact: money")]
    [InlineData("Our queries return in 18 ms at the median.", "18 ms", "world fact: measurement")]
    [InlineData("The format was designed in 1987 by Phil Katz.", "1987", NeedRules.NoContext)]
    [InlineData("Researchers counted 40 species.", "40 species", NeedRules.NoContext)]
    public void Docs_profile_world_facts_still_need_a_source(string markdown, string claim, string reason)
    {
        var need = Verdict(markdown, claim, ClaimProfile.Docs);
        Assert.False(need.FirstParty);
        Assert.Equal(reason, need.Reason);
    }

    [Fact]
    public void Changelog_sections_and_files_are_release_history()
    {
        const string underHeading = "# Acme\n\n## Changelog\n\n### v2.1.0 — October 21, 2026\n\nWelcome to our 24 new contributors.\n\nShipped on May 2, 2024.\n";
        Assert.Equal("first-party: release history", Verdict(underHeading, "24", ClaimProfile.Docs).Reason);
        Assert.Equal("first-party: changelog release date", Verdict(underHeading, "May 2, 2024", ClaimProfile.Docs).Reason);
        Assert.Equal("first-party: changelog release date", Verdict("Shipped on May 2, 2024.\n", "May 2, 2024", ClaimProfile.Docs, "CHANGELOG.md").Reason);
        // Counter-example: the same sentence under an ordinary heading is a dated claim.
        Assert.False(Verdict("# Acme\n\n## Story\n\nThe team met on May 2, 2024.\n", "May 2, 2024", ClaimProfile.Docs).FirstParty);
    }

    [Fact]
    public void Procedure_and_policy_durations_are_the_projects_own_in_docs_only()
    {
        Assert.Equal("first-party: procedure or policy duration", Verdict("This guide takes about 15 minutes.", "15 minutes", ClaimProfile.Docs).Reason);
        Assert.Equal("first-party: procedure or policy duration", Verdict("Allow 48 hours for input from other collaborators.", "48 hours", ClaimProfile.Docs).Reason);
        // Counter-examples: a comparison stays a benchmark, and prose keeps every duration.
        Assert.Equal("world fact: benchmark or comparison", Verdict("Builds finish 40 minutes faster than with make.", "40 minutes", ClaimProfile.Docs).Reason);
        Assert.False(Verdict("The siege lasted 48 hours.", "48 hours", ClaimProfile.Prose).FirstParty);
        // A span of time is no adoption figure, even in a sentence about weekly releases.
        Assert.Equal("first-party: procedure or policy duration", Verdict("Branches are cut about 4 weeks before the release, then weekly.", "4 weeks", ClaimProfile.Docs).Reason);
        // A rate is no duration: "per day" ends the claim, not a span of days.
        Assert.False(Verdict("It handles 4.2 million requests per day.", "4.2 million requests per day", ClaimProfile.Docs).FirstParty);
    }

    [Fact]
    public void Commit_counts_in_release_notes_are_release_history_even_beside_the_word_benchmark()
    {
        const string notes = "# Acme\n\n## Changelog\n\nThis release comes with 374 commits, 165 of which are test or benchmark related.\n";
        Assert.Equal("first-party: release history", Verdict(notes, "165", ClaimProfile.Docs).Reason);
        // Counter-example: outside the release notes, a commit count is about the world.
        Assert.False(Verdict("# Acme\n\n## Story\n\nThe kernel has received 1,000,000 commits.\n", "1,000,000 commits", ClaimProfile.Docs).FirstParty);
    }

    [Fact]
    public void Counts_in_words_are_the_projects_own_in_docs_but_claims_in_prose()
    {
        Assert.Equal("first-party: count in words", Verdict("The archive keeps three snapshots of each folder.", "three snapshots", ClaimProfile.Docs).Reason);
        // Counter-examples: adoption stays a world fact in docs, and prose keeps the count.
        Assert.Equal("world fact: adoption figure", Verdict("Acme is used by two airlines.", "two airlines", ClaimProfile.Docs).Reason);
        Assert.False(Verdict("The village has two churches.", "two churches", ClaimProfile.Prose).FirstParty);
    }

    [Fact]
    public void Unattributed_quoted_text_is_the_softwares_own_in_docs()
    {
        const string component = "Add the component \"Visual C++ compilers and libraries for ARM64\" first.";
        Assert.Equal("first-party: unattributed quoted text", Verdict(component, "Visual C++ compilers and libraries for ARM64", ClaimProfile.Docs).Reason);
        // Counter-examples: an attributed quote in docs, and the same unattributed quote in prose.
        Assert.Equal("world fact: quote", Verdict("As Linus Torvalds said, \"talk is cheap, show me the code\".", "talk is cheap, show me the code", ClaimProfile.Docs).Reason);
        Assert.False(Verdict(component, "Visual C++ compilers and libraries for ARM64", ClaimProfile.Prose).FirstParty);
    }

    [Fact]
    public void A_table_cell_reads_its_header_row()
    {
        const string stewards = "| Steward | Release Date |\n| --- | --- |\n| Matteo | March 18, 2022 |\n";
        Assert.Equal("first-party: release date", Verdict(stewards, "March 18, 2022", ClaimProfile.Docs).Reason);
        // Counter-example: a plain Date column of historical events keeps its dates as claims.
        Assert.False(Verdict("| Battle | Date |\n| --- | --- |\n| Hastings | October 14, 1066 |\n", "October 14, 1066", ClaimProfile.Docs).FirstParty);
    }

    [Fact]
    public void Reference_sections_define_their_figures_and_end_at_the_next_sibling_heading()
    {
        const string markdown = "# Acme\n\n## API\n\n### acme.palette\n\nIt shows 256 colours.\n\n## Colour in terminals\n\nEarly terminals showed 16 colours.\n";
        Assert.Equal("first-party: reference section", Verdict(markdown, "256", ClaimProfile.Docs).Reason);
        Assert.False(Verdict(markdown, "16", ClaimProfile.Docs).FirstParty);
    }

    [Theory]
    [InlineData("If you earn $50,000 a year, you pay less.", "$50,000")]
    [InlineData("$40,000 / 12 = $3,333", "$3,333")]
    [InlineData("Using the previous example, if you bought 100 shares on January 1, 2019, the period starts then.", "January 1, 2019")]
    public void Examples_and_hypotheticals_need_no_source_in_prose(string markdown, string claim)
    {
        var need = Verdict(markdown, claim, ClaimProfile.Prose);
        Assert.True(need.FirstParty);
        Assert.StartsWith("example/hypothetical", need.Reason);
    }

    [Fact]
    public void An_answer_to_a_request_to_invent_a_budget_is_an_example_but_a_factual_question_is_not()
    {
        Assert.True(Verdict("## Q: Create a basic budget for a family of 4\n\nRent - $1,200\n", "$1,200", ClaimProfile.Prose).FirstParty);
        Assert.False(Verdict("## Q: Write a history of the crash\n\nIt cost $14 billion.\n", "$14 billion", ClaimProfile.Prose).FirstParty);
        // "For example" introduces a real case, not an invented one.
        Assert.False(Verdict("For example, a study published in 2011 found it.", "2011", ClaimProfile.Prose).FirstParty);
    }

    [Fact]
    public void Prose_profile_keeps_settings_and_versions_except_version_requirements()
    {
        Assert.Equal("first-party: version requirement", Verdict("The course needs Python 3.11 or later.", "Python 3.11", ClaimProfile.Prose).Reason);
        Assert.False(Verdict("The course uses Python 3.11 throughout.", "Python 3.11", ClaimProfile.Prose).FirstParty);
        Assert.False(Verdict("By default the exchange opened with 1,200 traders.", "1,200", ClaimProfile.Prose).FirstParty);
    }

    [Fact]
    public void Strict_profile_needs_a_source_for_every_claim()
    {
        var need = Verdict("If you earn $50,000 a year, you save.", "$50,000", ClaimProfile.Strict);
        Assert.False(need.FirstParty);
        Assert.Equal("strict profile", need.Reason);
    }

    [Fact]
    public void Pack_words_extend_the_vocabulary()
    {
        var stage = new ClaimNeedStage(NeedVocabulary.With([new NeedWords { ProjectNames = ["Zorb"], SectionHeadings = ["Knobs"] }]), ClaimProfile.Auto);
        Assert.Equal("first-party: own project", Verdict("Zorb keeps 12 snapshots.", "12", ClaimProfile.Docs, stage: stage).Reason);
        Assert.Equal("first-party: reference section", Verdict("## Knobs\n\nTurn it to 11 notches.\n", "11", ClaimProfile.Docs, stage: stage).Reason);
        // Without the pack's words the same sentences need a source.
        Assert.False(Verdict("Zorb keeps 12 snapshots.", "12", ClaimProfile.Docs).FirstParty);
        Assert.False(Verdict("## Knobs\n\nTurn it to 11 notches.\n", "11", ClaimProfile.Docs).FirstParty);
    }

    [Fact]
    public void A_claims_sentence_runs_from_the_sentence_end_before_it_to_the_one_after_it()
    {
        // The same sentence found one character at a time.
        static string Reference(string text, int start, int end)
        {
            static bool IsEnd(string t, int at) => t[at] is '.' or '!' or '?' && (at + 1 >= t.Length || char.IsWhiteSpace(t[at + 1]));
            while (start > 0 && !IsEnd(text, start - 1)) start--;
            while (end < text.Length && !IsEnd(text, end)) end++;
            return text[start..Math.Min(text.Length, end + 1)];
        }
        var random = new Random(3);
        const string alphabet = "ab1 .!?.";
        for (int n = 0; n < 3000; n++)
        {
            var markdown = "x" + new string(Enumerable.Range(0, random.Next(0, 30)).Select(_ => alphabet[random.Next(alphabet.Length)]).ToArray());
            var block = TestDocuments.Parse(markdown).Blocks[0];
            var text = block.Text;
            int start = random.Next(0, text.Length + 1), end = random.Next(start, text.Length + 1);
            var claim = new Claim(ClaimKind.Number, block, start, end, text[start..end]);
            Assert.True(Reference(text, start, end) == ClaimNeedStage.SentenceOf(claim).ToString(), $"'{text}' [{start}, {end})");
        }
    }
}
