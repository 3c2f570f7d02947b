using System.CommandLine;
using System.Globalization;
using FactLint.Core.Config;
using FactLint.Core.Documents;
using FactLint.Core.Engine;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.LanguageModel.Reports;

namespace FactLint.Cli.Commands;

/// <summary>
/// <c>factlint score &lt;file&gt;</c>: the file's text with every token shaded by surprisal (GLTR-style), then its claims
/// with their bits; <c>--format json</c> prints the tokens; <c>--html</c> writes a self-contained heat-map page.
/// </summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var file = new Argument<string>("file") { Description = "Markdown or text file to score" };
        var format = new Option<string>("--format", "-f") { Description = "text (heat map in the terminal) or json (tokens with offsets and bits)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var html = new Option<string?>("--html") { Description = "Also write a self-contained HTML heat map to this file" };
        var noColor = new Option<bool>("--no-color") { Description = "Plain text: bits in brackets instead of colours" };
        var model = CommonOptions.Model();
        var device = CommonOptions.Device();
        var config = CommonOptions.Config();
        var command = new Command("score", "Show the surprisal of every token of a file, and of its claims");
        command.Arguments.Add(file);
        foreach (var o in new Option[] { format, html, noColor, model, device, config }) command.Options.Add(o);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format)!, parse.GetValue(html), parse.GetValue(noColor) || Console.IsOutputRedirected,
            parse.GetValue(model), parse.GetValue(device), parse.GetValue(config)));
        return command;
    }

    private static int Run(string path, string format, string? htmlPath, bool noColor, string? modelPath, string? device, string? configPath)
    {
        SourceText source;
        try
        {
            source = SourceFileReader.Read(Path.GetFullPath(path));
        }
        catch (SourceReadException e)
        {
            Console.Error.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
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
        ISurprisalScorer? scorer;
        try
        {
            scorer = models.ScorerFor(config with { Model = config.Model == "none" ? null : config.Model });
        }
        catch (ModelRequiredException e)
        {
            Console.Error.WriteLine($"factlint: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
        if (scorer is null)
        {
            foreach (var n in models.Notices) Console.Error.WriteLine($"factlint: {n}");
            Console.Error.WriteLine("factlint: score needs a language model (see --model)");
            return ExitCodes.UsageOrConfig;
        }

        var tokens = scorer.Score(source.Text);
        var claims = profile.Detection.Detect(FileLinter.Parse(source))
            .Select(c => (Claim: c, Span: c.SourceSpan, Score: ClaimSurprisal.Over(tokens, c.SourceSpan.Start, c.SourceSpan.End)))
            .ToList();

        if (format == "json")
        {
            using var stdout = Console.OpenStandardOutput();
            JsonScoreWriter.Write(stdout, scorer.Info, source.Text, tokens, indented: true);
            Console.Out.Flush();
        }
        else
        {
            AnsiHeatmapRenderer.Render(Console.Out, source.Text, tokens, color: !noColor);
            Console.WriteLine();
            AnsiHeatmapRenderer.WriteLegend(Console.Out, color: !noColor);
            Console.WriteLine();
            Console.WriteLine($"Claims in {path} (model {scorer.Info.Name}, {scorer.Info.Device}): highest token surprisal, mean, sum in bits");
            foreach (var (claim, span, score) in claims.OrderByDescending(c => c.Score?.MaxBits ?? 0))
            {
                var at = source.PositionOf(span.Start);
                string bits = score is null ? "      -" : string.Create(CultureInfo.InvariantCulture, $"{score.MaxBits,7:0.0} {score.MeanBits,6:0.0} {score.SumBits,7:0.0}");
                Console.WriteLine($"  {at.Line,5}:{at.Column,-4} {bits}  {Claim.KindName(claim.Kind),-10} {claim.Text}");
            }
        }

        if (htmlPath is not null)
        {
            var spans = claims.Select(c => new ClaimSpan(c.Span.Start, c.Span.End, Claim.KindName(c.Claim.Kind))).ToList();
            using var writer = new StreamWriter(htmlPath, false, new System.Text.UTF8Encoding(false));
            HtmlHeatmapWriter.Write(writer, Path.GetFileName(path), scorer.Info, source.Text, tokens, spans);
            Console.Error.WriteLine($"factlint: wrote {htmlPath}");
        }
        return ExitCodes.Clean;
    }
}
