using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Claims;

/// <summary>Each detector: what it finds (kind and exact text) and look-alikes it must leave alone.</summary>
public class DetectorTests
{
    private static string[] Found(string markdown, ClaimKind kind) =>
        TestDocuments.Claims(markdown).Where(c => c.Kind == kind).Select(c => c.Text).ToArray();

    [Theory]
    [InlineData("We served 1,847 customers.", "1,847 customers")]
    [InlineData("It weighs 9.73 billion tonnes.", "9.73 billion tonnes")]
    [InlineData("The image is 3.2 GB.", "3.2 GB")]
    [InlineData("Latency was 120 ms.", "120 ms")]
    [InlineData("The outage lasted 3 hours and 14 minutes.", "3 hours and 14 minutes")]
    [InlineData("A 3.81:1 compression ratio.", "3.81:1")]
    [InlineData("It listens on port 8443 and serves 1,200 clients.", "1,200")]
    [InlineData("Temperatures fell to -40 degrees Celsius.", "-40 degrees Celsius")]
    [InlineData("Expect a 10–40x speed-up.", "10–40x")]
    [InlineData("It takes 20 to 30 seconds.", "20 to 30 seconds")]
    [InlineData("Adults need 7–9 hours of sleep.", "7–9 hours")]
    [InlineData("It takes 5 to 10 minutes.", "5 to 10 minutes")]
    [InlineData("The company employs 164k people.", "164k people")]
    // A capitalised word that opens the sentence is not a name before the figure.
    [InlineData("Brought 425 new fixes.", "425")]
    [InlineData("The model has 70B parameters.", "70B parameters")]
    [InlineData("The dataset holds 1.2M images.", "1.2M")]
    [InlineData("Over two million homes have panels.", "two million homes")]
    [InlineData("Forty-five thousand people came.", "Forty-five thousand people")]
    [InlineData("Her debut album sold over a million copies.", "a million copies")]
    [InlineData("China installed 87 gigawatts.", "87 gigawatts")]
    [InlineData("Over 2.5 quintillion bytes are created every day.", "2.5 quintillion bytes")]
    [InlineData("A walk burns about 150 calories.", "150 calories")]
    [InlineData("Keys can be up to 250 characters long.", "250 characters")]
    public void Numbers(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Number));

    [Theory]
    [InlineData("Run these 2 commands.")]
    [InlineData("See section 4.2 and step 3.")]
    [InlineData("The x86_64 build uses UTF-8 and SHA-256.")]
    [InlineData("Ticket #4521 and RFC 2616 apply.")]
    [InlineData("Set `timeout: 1500` first.")]
    [InlineData("Meet at 10:30.")]
    [InlineData("The H100 and the IPv6 stack.")]
    // Protocol identifiers and language standards.
    [InlineData("It listens on port 8443 and answers HTTP 404, status 429 or error 500 with exit code 17.")]
    [InlineData("The library targets C++17 and builds with -std=gnu++20.")]
    // Code points, and letters glued on that are not scales.
    [InlineData("The set holds U+0020 SPACE and U+007B.")]
    [InlineData("Phones with 5G, 3D scans and 2FA.")]
    [InlineData("One of the two million-dollar ideas.")]
    [InlineData("It joined the Fortune 500 and the FTSE 100.")]
    [InlineData("The Apollo 11 crew and the Chromium 113 release.")]
    [InlineData("Both are roads; Route 66 is older, and Area 51 is a place.")]
    [InlineData("Copyright 2021 Jane Doe, © 2023 Acme.")]
    // Camel-case names, resolutions and races, fractions and idioms, licence versions.
    [InlineData("It runs on the iPhone 15 and the iPhone 15 Pro.")]
    [InlineData("Stream 4K video or run a 5K race.")]
    [InlineData("Support is 24/7 and the split is 50/50.")]
    [InlineData("Call +1 (555) 123-4567 or 1-800-555-0199; the ISBN is 978-3-16-148410-0.")]
    [InlineData("The store opens at 11 am, closes at 10 PM and the call is at 12 p.m. sharp.")]
    [InlineData("Licensed under the Apache License, Version 2.0, or the GNU General Public License version 3.0.")]
    // "a million" without a unit is an idiom.
    [InlineData("It is one in a million, and a thousand thanks.")]
    public void Not_numbers(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Number));

    [Theory]
    [InlineData("Node.js moved its URL parser to Ada 2.0 last week.", "Ada 2.0")]
    [InlineData("Added support for urllib3 2.0 today.", "urllib3 2.0")]
    [InlineData("The font is adjusted for WOFF 2.0 fonts.", "WOFF 2.0")]
    [InlineData("Sign in with OAuth 2.0 or a key.", "OAuth 2.0")]
    public void A_plain_decimal_after_a_name_is_that_name_s_version(string markdown, string expected)
    {
        Assert.Contains(expected, Found(markdown, ClaimKind.Version));
        Assert.Empty(Found(markdown, ClaimKind.Number));
    }

    [Theory]
    // A capitalised word that opens a sentence is not a name; a version of its own is not one either.
    [InlineData("Since 1.0 the API is stable.", "1.0")]
    [InlineData("The 3.31 figure is old.", "3.31")]
    public void A_sentence_opening_word_does_not_version_a_decimal(string markdown, string expected) =>
        Assert.Equal([expected], Found(markdown, ClaimKind.Number));

    [Fact]
    public void A_version_number_word_does_not_name_the_next_version() =>
        Assert.DoesNotContain("v2 2.0", Found("Needs xUnit.net v2 2.0 or later.", ClaimKind.Version));

    [Fact]
    public void A_release_line_keeps_its_x() => Assert.Equal(["2.27.x"], Found("Requests 2.27.x is the last release.", ClaimKind.Version));

    [Theory]
    [InlineData("It was the summer of '99.", "'99")]
    [InlineData("Everyone loved the ’90s.", "’90s")]
    public void Years_written_short_are_dates(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Date));

    [Theory]
    [InlineData("Adoption is 87.3% now.", "87.3%")]
    [InlineData("About 12 percent agree.", "12 percent")]
    [InlineData("It fell 4.5 percentage points.", "4.5 percentage points")]
    [InlineData("Prices rose 10-15% this year.", "10-15%")]
    [InlineData("About forty percent of the land is forested.", "forty percent")]
    [InlineData("It fell twenty-five per cent, then five percentage points.", "twenty-five per cent", "five percentage points")]
    public void Percentages(string markdown, params string[] expected) => Assert.Equal(expected, Found(markdown, ClaimKind.Percentage));

    [Theory]
    [InlineData("Revenue was $9.73 billion.", "$9.73 billion")]
    [InlineData("They raised €40m.", "€40m")]
    [InlineData("It cost USD 12.5 million.", "USD 12.5 million")]
    [InlineData("A seat is 300 euros.", "300 euros")]
    [InlineData("Profit hit £3,200.", "£3,200")]
    [InlineData("The fund invested $5–10 million.", "$5–10 million")]
    public void Money(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Money));

    [Fact]
    public void Shell_variables_are_not_money() => Assert.Empty(Found("Use $HOME and $PATH.", ClaimKind.Money));

    [Theory]
    [InlineData("It began on March 4, 2019.", "March 4, 2019")]
    [InlineData("It ended on 2021-09-30.", "2021-09-30")]
    [InlineData("Results for Q3 2021 are in.", "Q3 2021")]
    [InlineData("It was founded in 1948.", "1948")]
    [InlineData("On 4 July 1776 it was signed.", "4 July 1776")]
    [InlineData("The FY2023 plan.", "FY2023")]
    [InlineData("A 2019 study found it.", "2019")]
    [InlineData("It was popular in the 1990s.", "1990s")]
    [InlineData("Wind grew in mid-2020.", "2020")]
    [InlineData("The fiscal year 2023/24 closed well.", "fiscal year 2023/24")]
    [InlineData("The patch shipped on 11-12-2018.", "11-12-2018")]
    [InlineData("The fix shipped on 04.07.2021.", "04.07.2021")]
    [InlineData("The dividend is payable on 15 August.", "15 August")]
    [InlineData("It opens on the 3rd of May.", "3rd of May")]
    [InlineData("It opens on August 15.", "August 15")]
    public void Dates(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Date));

    [Fact]
    public void A_count_before_a_word_like_a_month_is_no_date() =>
        Assert.Empty(Found("We ran 3 Marathons and 12 Mayflies, then 5 Decks.", ClaimKind.Date));

    [Fact]
    public void A_year_needs_date_context() => Assert.Empty(Found("The table has 2048 slots.", ClaimKind.Date));

    [Theory]
    [InlineData("In 1948 patients were enrolled.")]
    [InlineData("Since 2019 users have asked for it.")]
    public void A_year_followed_by_a_unit_is_a_quantity(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Date));

    [Theory]
    [InlineData("In the 1990's it spread.", "1990")]
    [InlineData("From 2019–2021 it grew.", "2019–2021")]
    public void Decades_and_year_ranges(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Date));

    [Theory]
    [InlineData("Version 4.2.7 added it.", "4.2.7")]
    [InlineData("Use v3.2.1 or later.", "v3.2.1")]
    [InlineData("It targets .NET 8 today.", ".NET 8")]
    [InlineData("Needs Python 3.12 to run.", "Python 3.12")]
    [InlineData("It speaks HTTP/2 natively.", "HTTP/2")]
    [InlineData("Install python 3.9 first.", "python 3.9")]
    [InlineData("Node 14.x is in maintenance.", "Node 14.x")]
    [InlineData("The 3.x line gets fixes.", "3.x")]
    [InlineData("Upgrade from v2.x soon.", "v2.x")]
    public void Versions(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Version));

    [Fact]
    public void A_release_line_in_a_version_list_is_one_version() =>
        Assert.Equal(["Node.js 14.x", "16.x"], Found("Node.js 14.x and 16.x are supported.", ClaimKind.Version));

    [Theory]
    [InlineData("Restart node 3, then go 2 steps back.")]
    [InlineData("Open file14.xml and 3.xyz.")]
    public void Lower_case_words_and_file_names_are_not_versions(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Version));

    [Fact]
    public void The_rest_of_a_version_list_are_versions() =>
        Assert.Equal(["CPython 3.11", "3.12", ".NET Framework 3.5", "4.0"], Found("Use CPython 3.11 and 3.12, or .NET Framework 3.5 or 4.0.", ClaimKind.Version));

    [Theory]
    [InlineData("Reach it at 192.168.0.1 now.")]
    [InlineData("The build 10.0.0.1-beta is an address too.")]
    public void Ip_addresses_are_not_versions(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Version));

    [Theory]
    [InlineData("Upgrade to 10.2.300.1 now.", "10.2.300.1")]
    [InlineData("See version 1.2.3.4.5 for details.", "1.2.3.4.5")]
    public void Four_part_versions_that_are_not_addresses(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Version));

    [Theory]
    [InlineData("Build with gcc >= 10.1 or newer.", "10.1")]
    [InlineData("Update setuptools (1.3.2 -> 2.0).", "1.3.2", "2.0")]
    [InlineData("Drop versions older than 1.2 soon.", "1.2")]
    [InlineData("Upgrade to 2.4 first, then update to 3.1.x; when migrating from 1.8 read the notes.", "2.4", "3.1.x", "1.8")]
    [InlineData("Upgrade to 2 nodes, update to 1.5 seconds, and upgraded to 4.0 GB of memory.")]
    public void Versions_after_comparisons_and_arrows(string markdown, params string[] expected) => Assert.Equal(expected, Found(markdown, ClaimKind.Version));

    [Fact]
    public void A_measurement_after_a_comparison_is_not_a_version() => Assert.Empty(Found("Requests slower than > 1.5 seconds are logged.", ClaimKind.Version));

    [Theory]
    [InlineData("The office is at 51.5074° N, 0.1278° W.", "51.5074° N", "0.1278° W")]
    [InlineData("Rotate the image by 90° and tilt it 12.5°.", "90°", "12.5°")]
    [InlineData("Heat to 180°C, not 356 °F.", "180°C", "356 °F")]
    public void Degrees_and_coordinates_keep_their_sign(string markdown, params string[] expected) => Assert.Equal(expected, Found(markdown, ClaimKind.Number));

    [Fact]
    public void A_figure_that_falls_across_an_arrow_is_not_a_version() =>
        Assert.Empty(Found("Parse time fell (14.72 → 10.56) and cache time 4.60 -> 4.16, best / median 1.32 / 1.65 → 1.14 / 1.31.", ClaimKind.Version));

    [Fact]
    public void A_version_that_rises_across_an_arrow_is_a_version() =>
        Assert.Equal(["1.10", "2.0"], Found("Update pip (1.9 -> 1.10) and setuptools → 2.0.", ClaimKind.Version));

    [Fact]
    public void A_p_value_is_not_a_version() => Assert.Empty(Found("The gain was significant (p < 0.001, n > 1.5).", ClaimKind.Version));

    [Theory]
    [InlineData("\"We will ship the new engine in March,\" said Jane Doe.", "We will ship the new engine in March", "Jane Doe")]
    [InlineData("According to Ada Lovelace, \"the engine might compose elaborate pieces of music.\"", "the engine might compose elaborate pieces of music.", "Ada Lovelace")]
    [InlineData("“Premature optimization is the root of all evil in programming,” wrote Donald Knuth.", "Premature optimization is the root of all evil in programming", "Donald Knuth")]
    [InlineData("\"We are thrilled to ship it,\" she told reporters.", "We are thrilled to ship it", "she")]
    [InlineData("Steve Jobs once described the computer as \"a bicycle for the mind.\"", "a bicycle for the mind.", "Steve Jobs")]
    [InlineData("As the CEO put it, ‘we don’t build for the next quarter, we build for the decade,’ said Ann Lee.", "we don’t build for the next quarter, we build for the decade", "Ann Lee")]
    [InlineData("Marie Curie famously noted: 'Nothing in life is to be feared, it is only to be understood.'", "Nothing in life is to be feared, it is only to be understood.", "Marie Curie")]
    [InlineData("The researchers wrote that the effect was \"statistically significant but clinically modest\".", "statistically significant but clinically modest", "The researchers")]
    [InlineData("Councilmember Ray Ortiz said the ridership projections were \"wildly optimistic at best\".", "wildly optimistic at best", "Councilmember Ray Ortiz")]
    [InlineData("Einstein once said, \"God does not play dice.\"", "God does not play dice.", "Einstein")]
    [InlineData("The CEO, Jane Smith, said: \"Growth is strong.\"", "Growth is strong.", "The CEO")]
    [InlineData("\"Growth is strong,\" Jane Smith, the chief executive, said.", "Growth is strong", "Jane Smith")]
    public void Attributed_quotes(string markdown, string quote, string who)
    {
        var claim = TestDocuments.Claims(markdown).Single(c => c.Kind == ClaimKind.Quote);
        Assert.Equal(quote, claim.Text);
        Assert.Equal(who, claim.Attribution);
    }

    [Fact]
    public void A_quote_opening_the_sentence_after_an_attributed_one_has_the_same_speaker()
    {
        var quotes = TestDocuments.Claims("\"This is a generational investment,\" Mayor Linda Park told reporters. \"We can't wait.\" Others disagreed.")
            .Where(c => c.Kind == ClaimKind.Quote).ToList();
        Assert.Equal(["This is a generational investment", "We can't wait."], quotes.Select(q => q.Text).ToArray());
        Assert.All(quotes, q => Assert.Equal("Mayor Linda Park", q.Attribution));
        // Two sentences between, or no attributed quote before: a short quote is no one's words.
        Assert.Empty(Found("\"This is a generational investment,\" Mayor Linda Park told reporters. Then she left. \"We can't wait.\"", ClaimKind.Quote).Skip(1));
        Assert.Empty(Found("The team wrote a plan. \"We can't wait.\"", ClaimKind.Quote));
    }

    [Fact]
    public void Scare_quotes_and_button_names_are_not_quotes() =>
        Assert.Empty(Found("The \"fast path\" is optional and the \"Save\" button is grey.", ClaimKind.Quote));

    [Fact]
    public void Quoted_error_messages_with_code_are_not_quotes() =>
        Assert.Empty(Found("The build fails with \"failed to resolve: use of unresolved crate `foo` in this scope\" on old compilers.", ClaimKind.Quote));

    [Fact]
    public void Block_quotes_are_quotes_with_their_signature_as_attribution()
    {
        var claim = TestDocuments.Claims("> Simplicity is prerequisite for reliability in every system.\n> — Edsger Dijkstra\n").Single();
        Assert.Equal(ClaimKind.Quote, claim.Kind);
        Assert.Equal("Edsger Dijkstra", claim.Attribution);
    }

    [Theory]
    [InlineData("> \"We are now seeing the beginning of the end of the fossil fuel era.\"\n> — Fatih Birol, 2023\n", "Fatih Birol, 2023")]
    [InlineData("> Simplicity is prerequisite for reliability in every system.\n> — Edsger Dijkstra, 1975\n", "Edsger Dijkstra, 1975")]
    public void A_year_in_a_block_quotes_signature_dates_the_quote(string markdown, string who)
    {
        var claim = Assert.Single(TestDocuments.Claims(markdown));
        Assert.Equal((ClaimKind.Quote, who), (claim.Kind, claim.Attribution));
    }

    [Fact]
    public void A_command_in_a_block_quote_is_not_a_quote() =>
        Assert.Empty(TestDocuments.Claims("> strace -o output-file ps --blah\n> bzip2 output-file\n"));

    [Fact]
    public void Table_cells_and_headings_in_a_block_quote_are_not_quotes()
    {
        // Each cell and the heading are figures or titles: the numbers stay claims, nothing is a quote.
        var claims = TestDocuments.Claims("> ## Throughput of the portable build\n>\n> | build | before → after |\n> |---|---|\n> | portable tool package | 14.72 → 10.56 (2.4 MB/s) |\n");
        Assert.DoesNotContain(claims, c => c.Kind == ClaimKind.Quote);
        Assert.Contains(claims, c => c.Text == "14.72");
    }

    [Fact]
    public void A_range_dash_is_no_signature()
    {
        // The whole block quote is the quote (it holds its figures); before, "24× faster …" was taken for its signer.
        var claim = Assert.Single(TestDocuments.Claims("> In one session FactLint became 4.7–24× faster than the reference linter, by our runs.\n"));
        Assert.Equal((ClaimKind.Quote, (string?)null), (claim.Kind, claim.Attribution));
        Assert.EndsWith("by our runs.", claim.Text);
    }

    [Fact]
    public void A_figure_after_a_dash_in_a_note_is_still_a_figure() =>
        Assert.Equal(["1,847"], Found("> **Note:** the cache holds 1,847 entries — see below.\n", ClaimKind.Number));

    [Fact]
    public void Alerts_are_not_quotes() => Assert.Empty(TestDocuments.Claims("> [!NOTE]\n> Back up the database before you upgrade it.\n"));

    [Theory]
    [InlineData("> **Note:** Back up the database before you upgrade it.\n")]
    [InlineData("> WARNING : this flag deletes every cached file on the machine.\n")]
    [InlineData("> Stability: 1 - Experimental. The flag may change in any later release.\n")]
    [InlineData("> ⚠️ Warning: the WebSocket API is experimental and may change in any later release.\n")]
    [InlineData("> :warning: **Note:** do not modify any source code in the vendored folder by hand.\n")]
    [InlineData("> **Warning**\n> Versions before the last release corrupted files larger than the cache.\n")]
    [InlineData("> Note in theory, the equivalent commands should work also, but these are makefile-centric.\n")]
    [InlineData("> Explanation: the default registry has changed and users can opt back into the old one.\n")]
    [InlineData("> :warning: Do not modify any source code in this folder, see the section below.\n")]
    public void Callouts_are_not_quotes(string markdown) => Assert.DoesNotContain(TestDocuments.Claims(markdown), c => c.Kind == ClaimKind.Quote);

    [Fact]
    public void A_block_quote_that_starts_with_an_ordinary_word_is_still_a_quote() =>
        Assert.Single(TestDocuments.Claims("> Attention is the rarest and purest form of generosity, she wrote.\n"), c => c.Kind == ClaimKind.Quote);

    [Fact]
    public void An_unsigned_block_quote_holding_inline_code_is_a_note() =>
        Assert.Empty(TestDocuments.Claims("> Pass the `--lossy` flag when the input holds bytes that are not valid text.\n"));

    [Theory]
    [InlineData("Revert \"stream: start old-mode read in a next tick\" (Fedor Indutny)")]
    [InlineData("CVE-2016-6304 (\"OCSP Status Request extension unbounded memory growth\", high severity)")]
    [InlineData("Fix the \"directory exists where the file needs to be created\" errors on Windows.")]
    [InlineData("Click the \"Require two-factor authentication for every member\" option.")]
    [InlineData("Run \"git clone git@gitlab.example.com:team/repo.git into a new folder\" first.")]
    [InlineData("Set \"pass_credentials_to_gsutil to false in the config file\" first.")]
    [InlineData("The agent sends \"npm/{npm-version} node/{node-version} {platform} {arch}\" as its user agent.")]
    [InlineData("pyenv-help: Fix 'sed: RE error: illegal byte sequence when the locale is wrong' (#1670)")]
    // Apostrophes: after inline code, in contractions and possessives.
    [InlineData("`tmpdir()`'s trailing slash stripping has been refined to fix an issue when the temp directory is at '/'.")]
    [InlineData("It's the users' choice, and we don't think it's the team's to make for them in any way.")]
    public void Quoted_titles_and_code_are_not_quotes(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Quote));

    [Fact]
    public void Steps_listed_in_a_block_quote_are_not_quotes() =>
        Assert.DoesNotContain(TestDocuments.Claims("> 1. Let _resolved_ be the result of parsing the specifier as a URL.\n> 2. Return the resolved URL to the caller of this step.\n"),
            c => c.Kind == ClaimKind.Quote);

    [Fact]
    public void A_quoted_sentence_inside_a_listed_step_is_still_a_quote() =>
        Assert.Single(TestDocuments.Claims("> - She said, \"we will ship the new resolver before the end of the year.\"\n"), c => c.Kind == ClaimKind.Quote);

    [Fact]
    public void A_block_quote_that_opens_with_another_word_and_a_colon_is_still_a_quote() =>
        Assert.Single(TestDocuments.Claims("> Lesson: never deploy on a Friday afternoon before a holiday.\n"), c => c.Kind == ClaimKind.Quote);

    [Theory]
    [InlineData("Three out of four developers agree.", "Three out of four")]
    [InlineData("One in five uses it.", "One in five")]
    [InlineData("It is twice as fast as before.", "twice as fast")]
    [InlineData("Builds are 3.5 times faster now.", "3.5 times faster")]
    [InlineData("Sales fell by a third of the total.", "a third of")]
    [InlineData("About A\u00A0quarter of users — mostly new ones — left.", "A\u00A0quarter of")]
    [InlineData("Run \u0663 out of \u0664 tests.", "\u0663 out of \u0664")]
    [InlineData("Sales saw a threefold increase.", "threefold increase")]
    [InlineData("Returns grew tenfold.", "tenfold")]
    [InlineData("Prices saw a 2.5-fold rise.", "2.5-fold rise")]
    [InlineData("Only about one-third of adults sleep enough.", "one-third of")]
    [InlineData("Roughly three fourths of the votes were cast.", "three fourths of")]
    [InlineData("Attrition fell by half.", "by half")]
    [InlineData("The new cache cut our costs by half in a year.", "by half")]
    [InlineData("Nearly half of all respondents would switch.", "Nearly half of")]
    [InlineData("Last year more than half of the votes were cast early.", "more than half of")]
    [InlineData("Just over half of the sites use it.", "over half of")]
    public void Statistics(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Statistic));

    [Fact]
    public void A_fold_word_that_is_not_a_change_is_not_a_statistic() =>
        Assert.Empty(Found("The purpose of this check is twofold.", ClaimKind.Statistic));

    [Fact]
    public void Half_without_a_change_is_not_a_statistic() =>
        Assert.Empty(Found("Fold it by half a turn, then read half the time and sign by half past two. Read the second half of the book, half of it aloud; the bout.nearly half of it.", ClaimKind.Statistic));

    [Theory]
    [InlineData("Employees save between 40 and 70 minutes a day.", "40 and 70 minutes")]
    [InlineData("It takes between 7 and 9 hours.", "7 and 9 hours")]
    [InlineData("Latency is 5 to 10 ms.", "5 to 10 ms")]
    public void Ranges_are_one_figure(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Number));

    [Theory]
    [InlineData("Fixed a crash when parsing numbers larger than 2^63 or 10^12.")]
    [InlineData("MIT. Copyright (c) 2021-2024 The fastjson authors.")]
    [InlineData("Copyright (C) 1998 Jane Doe.")]
    // A notice that names the holder first: every year on its line is the notice's.
    [InlineData("Copyright (c) Pavel Kalvoda, 2014-2020")]
    [InlineData("**© Acme Inc., 2019**")]
    [InlineData("The index is a sum of words × (2<sup>64</sup>)<sup>2</sup>.")]
    public void Powers_and_copyright_years_are_not_figures(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Number));

    [Fact]
    public void Only_a_line_that_opens_with_the_notice_is_a_copyright_notice()
    {
        // A line that only mentions copyright is no notice: its figure stays one.
        Assert.Single(Found("The copyright office handled 1,847 requests.", ClaimKind.Number));
        // A figure with a unit on a notice's line stays one.
        Assert.Single(Found("Copyright (c) Acme, 2019. Licensed to 3,000 users.", ClaimKind.Number));
    }

    [Theory]
    [InlineData("Sets the maximum size of HTTP headers. Defaults to 16 KiB.")]
    [InlineData("Milliseconds to wait before retrying. **Default:** `30000` (30 seconds).")]
    [InlineData("The default value of this parameter is 511.")]
    [InlineData("Retries a few times (default 30s between tries).")]
    public void A_documented_default_is_not_a_figure(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Number));

    [Theory]
    [InlineData("Turn it on by default. It took 12 days to ship.", "12 days")]
    [InlineData("The default changed; 1,847 users noticed.", "1,847 users")]
    [InlineData("Our defaultless design served 1,847 users.", "1,847 users")]
    [InlineData("The default plan was sold to 1,847 customers.", "1,847 customers")]
    [InlineData("By default, the pool holds 1,847 connections.", "1,847")]
    public void A_figure_in_another_sentence_or_far_from_default_is_a_figure(string markdown, string expected) => Assert.Equal([expected], Found(markdown, ClaimKind.Number));

    [Theory]
    [InlineData("Sherlock Holmes lived at 221B Baker Street.")]
    [InlineData("The White House is at 1600 Pennsylvania Avenue NW.")]
    [InlineData("Meet at Gate 5B, Suite 400 or Room 12B.")]
    public void Addresses_and_numbered_places_are_not_figures(string markdown) => Assert.Empty(Found(markdown, ClaimKind.Number));

    [Fact]
    public void A_glued_scale_before_an_ordinary_word_is_still_a_figure() =>
        Assert.Equal(["70B parameters", "7B", "1,600"], Found("The model has 70B parameters and a 7B variant; 1,600 Street Fighter fans came.", ClaimKind.Number));

    [Fact]
    public void A_port_in_brackets_is_not_a_figure() =>
        Assert.Empty(Found("If the port is the IANA default DNS port (53) it can be omitted.", ClaimKind.Number));

    [Fact]
    public void The_ip_family_is_not_a_version()
    {
        Assert.Empty(Found("If a v4 or v6 address is not specified, the resolver uses the v6 local address.", ClaimKind.Version));
        Assert.Equal(["v4", "v6"], Found("The API moved from v4 to v6 in March.", ClaimKind.Version));
    }

    [Fact]
    public void Two_figures_joined_by_and_without_between_stay_two() =>
        Assert.Equal(["40 users", "70 minutes"], Found("We had 40 users and 70 minutes.", ClaimKind.Number));

    [Fact]
    public void A_claim_inside_a_quote_is_part_of_the_quote()
    {
        var claims = TestDocuments.Claims("\"Revenue grew to $9.73 billion in the third quarter,\" said the CFO.");
        Assert.Equal([ClaimKind.Quote], claims.Select(c => c.Kind));
    }

    [Fact]
    public void Money_wins_over_the_number_inside_it()
    {
        var claims = TestDocuments.Claims("Revenue was $9.73 billion.");
        Assert.Equal([ClaimKind.Money], claims.Select(c => c.Kind));
    }
}
