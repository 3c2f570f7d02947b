using System.CommandLine;
using System.Globalization;
using FactLint.Cli.Composition;
using FactLint.Core.Config;
using FactLint.Core.Documents;
using FactLint.Core.Engine;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.LanguageModel.Reports;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint score &lt;file&gt;</c>: the file's text with every token shaded by surprisal (GLTR-style), then its claims
/// with the gate's statistic, their bits and check's decision; <c>--format json</c> prints the tokens; <c>--html</c>
/// writes a self-contained heat-map page.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Markdown or text file to score; '-' reads standard input" };
        var stdinName = CommonOptions.StdinFilename();
        var format = new Option<string>("--format", "-f") { Description = "text (heat map in the terminal) or json (tokens with offsets and bits)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML heat map to this file" };
        var noColor = new Option<bool>("--no-color") { Description = "Plain text: bits in brackets instead of colours" };
        var model = CommonOptions.Model();
        var device = CommonOptions.Device();
        var config = CommonOptions.Config();
        var command = new Command("score", "Show the surprisal of every token of a file, and of its claims");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { format, html, noColor, model, device, config, stdinName }) command.Options.Add(o);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(html), parse.GetValue(noColor) || Console.IsOutputRedirected,
            parse.GetValue(model), parse.GetValue(device), parse.GetValue(config), parse.GetValue(stdinName)));
        return command;
    }

    private static int Run(string path, string format, string? htmlPath, bool noColor, string? modelPath, string? device, string? configPath, string? stdinName)
    {
        if (ReadInput(path, stdinName, out var source) is { } unreadable) return unreadable;
        FactLintConfig config;
        LintProfile profile;
        try
        {
            var found = configPath ?? ConfigLoader.Find(Path.GetDirectoryName(source.Path)!);
            config = found is null ? FactLintConfig.Default(Directory.GetCurrentDirectory()) : ConfigLoader.Load(found);
            profile = LintProfile.Load(config);
        }
        catch (FactLint.Core.Yaml.YamlLoadException e)
        {
            return ProblemReporter.Report(e, Console.Error);
        }

        using var models = new ModelHost(false, modelPath, device, Console.Error);
        if (ScorerOf(models, config, out var scorer) is { } noModel) return noModel;

        var tokens = scorer.Score(source.Text);
        var claims = ClaimRows(source, profile, config, scorer);
        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonScoreWriter.Write(stdout, scorer.Info, source.Text, tokens, indented: true);
            Console.Out.Flush();
        }
        else WriteHeatmap(path, source, tokens, claims, scorer, noColor);

        if (htmlPath is not null)
        {
            using var writer = new StreamWriter(htmlPath, false, new System.Text.UTF8Encoding(false));
            HtmlHeatmapWriter.Write(writer, Path.GetFileName(path), scorer.Info, source.Text, tokens, claims);
            Console.Error.WriteLine($"factlint: wrote {htmlPath}");
        }
        return ExitCodes.Clean;
    }

    /// <summary>The file, or standard input under its name; an exit code when it cannot be read.</summary>
    private static int? ReadInput(string path, string? stdinName, out SourceText source)
    {
        source = null!;
        try
        {
            if (path == "-")
            {
                var name = Path.GetFullPath(stdinName ?? CheckInputs.StandardInputName);
                if (CheckInputs.ReadStandardInput(name, null, Console.Error) is not { } text) return ExitCodes.UsageOrConfig;
                source = new SourceText(name, text);
            }
            else if (stdinName is not null)
            {
                Console.Error.WriteLine("factlint: --stdin-filename needs '-' as the file (read standard input)");
                return ExitCodes.UsageOrConfig;
            }
            else source = SourceFileReader.Read(Path.GetFullPath(path));
            return null;
        }
        catch (SourceReadException e)
        {
            Console.Error.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
    }

    /// <summary>The config's language model (score needs one, even where the config says none); an exit code when there is none.</summary>
    private static int? ScorerOf(ModelHost models, FactLintConfig config, out ISurprisalScorer scorer)
    {
        scorer = null!;
        ISurprisalScorer? found;
        try
        {
            found = models.ScorerFor(config with { Model = config.Model == "none" ? null : config.Model });
        }
        catch (ModelRequiredException e)
        {
            Console.Error.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
        if (found is null)
        {
            foreach (var n in models.Notices) Console.Error.WriteLine($"factlint: {n}");
            Console.Error.WriteLine("factlint: score needs a language model (see --model)");
            return ExitCodes.UsageOrConfig;
        }
        scorer = found;
        return null;
    }

    private static void WriteHeatmap(string path, SourceText source, IReadOnlyList<TokenSurprisal> tokens, List<ClaimSpan> claims, ISurprisalScorer scorer, bool noColor)
    {
        AnsiHeatmapRenderer.Render(Console.Out, source.Text, tokens, color: !noColor);
        Console.WriteLine();
        AnsiHeatmapRenderer.WriteLegend(Console.Out, color: !noColor);
        Console.WriteLine();
        Console.WriteLine($"Claims in {path} (model {scorer.Info.Name}, {scorer.Info.Device}), least reconstructible first: worst token rank (the gate's statistic), max and sum bits, decision");
        foreach (var c in claims.OrderByDescending(c => c.Score?.MaxRank ?? 0).ThenByDescending(c => c.Score?.MaxBits ?? 0))
        {
            var at = source.PositionOf(c.Start);
            string stats = c.Score is not { } score ? "      -" : string.Create(CultureInfo.InvariantCulture, $"{score.MaxRank,7} {score.MaxBits,6:0.0} {score.SumBits,7:0.0}");
            Console.WriteLine($"  {at.Line,5}:{at.Column,-4} {stats}  {c.Decision,-12} {c.Label,-10} {source.Text[c.Start..c.End]}");
        }
    }

    /// <summary>
    /// Each claim with the scores the gate saw (its passage, as in <c>check</c>) and what <c>check</c> decides:
    /// reported (a finding starts at it), exempt (the model reconstructs it), or not reported (cited, suppressed or off).
    /// </summary>
    private static List<ClaimSpan> ClaimRows(SourceText source, LintProfile profile, FactLintConfig config, ISurprisalScorer scorer)
    {
        var result = FileLinter.Lint(source, profile, LintServicesFactory.For(config), scorer);
        var claims = profile.Detection.Detect(FileLinter.Parse(source, profile.InlineGate)).Where(c => !c.IsCommon).ToList();
        var scores = FileLinter.ScoreClaims(scorer, source.Text, claims);
        var reportedAt = result.Diagnostics.Select(d => (d.Start.Line, d.Start.Column)).ToHashSet();
        var exempt = result.Exempt.Select(c => c.SourceSpan).ToHashSet();
        return claims.Select(c =>
        {
            var (start, end) = c.SourceSpan;
            var at = source.PositionOf(start);
            string decision = exempt.Contains((start, end)) ? "exempt" : reportedAt.Contains((at.Line, at.Column)) ? "reported" : "not reported";
            return new ClaimSpan(start, end, Claim.KindName(c.Kind), decision, scores.GetValueOrDefault(c));
        }).ToList();
    }
}
