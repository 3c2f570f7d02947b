using System.CommandLine;
using FactLint.Core.Config;
using FactLint.Core.Verification.Sources;
using FactLint.Core.Yaml;

namespace FactLint.Cli.Commands;

/// <summary><c>factlint sources add|verify</c>: the snapshot store that citations to URLs, DOIs and keys resolve through.</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "Manage source snapshots (.factlint/sources/sources.yaml) that citations resolve to offline");

        var key = new Argument<string>("source") { Description = "URL, DOI or citation key (@smith2020) the snapshot answers to" };
        var from = new Option<string?>("--from") { Description = "File to take the snapshot from (HTML, Markdown or text)" };
        var fetch = new Option<bool>("--fetch") { Description = "Download the URL now (never done by check)" };
        var url = new Option<string?>("--url") { Description = "Original URL to record, when the source is a key or DOI" };
        var config = CommonOptions.Config();
        var add = new Command("add", "Store a snapshot of a source and record its SHA-256 and retrieval date");
        add.Arguments.Add(key);
        foreach (var o in new Option[] { from, fetch, url, config }) add.Options.Add(o);
        add.SetAction(parse => Add(parse.GetValue(key)!, parse.GetValue(from), parse.GetValue(fetch), parse.GetValue(url), parse.GetValue(config), Console.Out, Console.Error));

        var verifyConfig = CommonOptions.Config();
        var verify = new Command("verify", "Recheck every snapshot's SHA-256 against the manifest");
        verify.Options.Add(verifyConfig);
        verify.SetAction(parse => Verify(parse.GetValue(verifyConfig), Console.Out, Console.Error));

        command.Subcommands.Add(add);
        command.Subcommands.Add(verify);
        return command;
    }

    private static SourceStore? StoreFor(string? configPath, TextWriter stderr)
    {
        try
        {
            var cwd = Directory.GetCurrentDirectory();
            var path = configPath ?? ConfigLoader.Find(cwd);
            var cfg = path is null ? FactLintConfig.Default(cwd) : ConfigLoader.Load(Path.GetFullPath(path));
            return new SourceStore(cfg.Resolve(cfg.Sources));
        }
        catch (YamlLoadException e)
        {
            ProblemReporter.Report(e, stderr);
            return null;
        }
    }

    public static int Add(string key, string? from, bool fetch, string? url, string? configPath, TextWriter stdout, TextWriter stderr)
    {
        if ((from is null) == !fetch)
        {
            stderr.WriteLine("factlint: sources add needs exactly one of --from <file> or --fetch");
            return ExitCodes.UsageOrConfig;
        }
        var store = StoreFor(configPath, stderr);
        if (store is null) return ExitCodes.UsageOrConfig;
        string content;
        bool html;
        try
        {
            if (fetch)
            {
                var target = url ?? key;
                if (!Uri.TryCreate(target, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    stderr.WriteLine($"factlint: --fetch needs an http(s) URL, got '{target}'");
                    return ExitCodes.UsageOrConfig;
                }
                (content, html) = StoreFetch(uri);
                url ??= uri.ToString();
            }
            else
            {
                content = File.ReadAllText(from!);
                html = TextExtractor.IsHtml(from!);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or HttpRequestException or TaskCanceledException)
        {
            stderr.WriteLine($"factlint: cannot read the source: {e.Message}");
            return ExitCodes.UsageOrConfig;
        }
        var entry = store.Add(key, content, html, url);
        stdout.WriteLine($"stored {entry.Key} as {Path.Combine(store.Directory, entry.File)} (sha256 {entry.Sha256}, retrieved {entry.Retrieved})");
        return ExitCodes.Clean;
    }

    private static (string, bool) StoreFetch(Uri uri) => SourceStore.FetchAsync(uri).GetAwaiter().GetResult();

    public static int Verify(string? configPath, TextWriter stdout, TextWriter stderr)
    {
        var store = StoreFor(configPath, stderr);
        if (store is null) return ExitCodes.UsageOrConfig;
        var checks = store.Verify();
        int bad = 0;
        foreach (var c in checks)
        {
            if (c.Ok) continue;
            bad++;
            stdout.WriteLine(c.Problem is not null ? $"{c.Entry.Key}: snapshot {c.Entry.File} {c.Problem}"
                : c.Missing ? $"{c.Entry.Key}: snapshot {c.Entry.File} is missing"
                : $"{c.Entry.Key}: snapshot {c.Entry.File} changed (manifest sha256 {c.Entry.Sha256}, file {c.ActualSha256})");
        }
        stdout.WriteLine(bad == 0 ? $"{checks.Count} snapshot(s) verified in {store.Directory}" : $"{bad} of {checks.Count} snapshot(s) failed verification");
        return bad == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }
}
