using System.Collections.Concurrent;
using FactLint.Core.Config;
using FactLint.Core.Diagnostics;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Core.Engine;

/// <summary>What to check an answer against, for <see cref="FactLintChecker"/>.</summary>
public sealed record CheckRequest
{
    /// <summary>
    /// The passages the answer was generated from (retrieved chunks, tool output). When set, every precise claim of the answer
    /// must be in them (FL206); when null, claims need a citation instead (FL101–FL107), as in a document.
    /// </summary>
    public IReadOnlyList<string>? Context { get; init; }

    /// <summary>The answer's name in findings; <c>.txt</c> reads it as plain text, anything else as Markdown.</summary>
    public string Name { get; init; } = "answer.md";

    /// <summary>A <c>.factlint.yaml</c> to use (packs, rule levels); default: the built-in core pack, every rule at its level.</summary>
    public string? ConfigPath { get; init; }
}

/// <summary>One finding of <see cref="FactLintChecker"/>. <see cref="Start"/> and <see cref="End"/> are offsets into the answer text.</summary>
public sealed record Finding(string Code, string Rule, Severity Severity, string Message, string Claim, int Start, int End,
    LinePosition StartPosition, LinePosition EndPosition, IReadOnlyList<string> Notes);

/// <summary>The result of checking one answer.</summary>
public sealed record CheckReport(IReadOnlyList<Finding> Findings, int ClaimCount)
{
    /// <summary>True when no finding is at warning or above: the answer may be shown.</summary>
    public bool Passed => Findings.All(f => f.Severity < Severity.Warning);
}

/// <summary>
/// Checks LLM answers in an application, before they are shown:
/// <code>var report = await FactLintChecker.CheckAsync(answer, new CheckRequest { Context = retrievedPassages });</code>
/// No console, no language model, no network. Thread-safe; packs are loaded once per config and reused.
/// </summary>
public static class FactLintChecker
{
    private static readonly ConcurrentDictionary<string, Lazy<(LintProfile Profile, LintServices Services)>> Profiles = new(StringComparer.Ordinal);

    public static Task<CheckReport> CheckAsync(string answer, CheckRequest? request = null, CancellationToken cancellationToken = default) =>
        Task.Run(() => Check(answer, request, cancellationToken), cancellationToken);

    /// <summary>Throws <see cref="Yaml.YamlLoadException"/> when the config or a pack is broken.</summary>
    public static CheckReport Check(string answer, CheckRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(answer);
        request ??= new CheckRequest();
        var (profile, services) = ProfileFor(request.ConfigPath);
        var grounding = request.Context is { } passages
            ? GroundingContext.From(passages.Select((p, i) => new ContextPassage($"context[{i + 1}]", p ?? "")))
            : null;
        var source = new SourceText(request.Name, answer);
        var result = FileLinter.Lint(source, profile, services, scorer: null, cancellationToken, grounding);
        return new CheckReport(result.Diagnostics.Select(d => ToFinding(d, source)).ToList(), result.ClaimCount);
    }

    private static (LintProfile, LintServices) ProfileFor(string? configPath)
    {
        var key = configPath is null ? "" : Path.GetFullPath(configPath);
        var lazy = Profiles.GetOrAdd(key, k => new(() =>
        {
            var config = k.Length == 0 ? FactLintConfig.Default(Directory.GetCurrentDirectory()) : ConfigLoader.Load(k);
            return (LintProfile.Load(config), LintServices.ForFolder(config.Directory));
        }));
        try
        {
            return lazy.Value;
        }
        catch
        {
            // A broken config is reported again on the next call rather than cached.
            Profiles.TryRemove(key, out _);
            throw;
        }
    }

    private static Finding ToFinding(Diagnostic d, SourceText source) =>
        new(d.Code, d.RuleName, d.Severity, d.Message, d.Subject, OffsetOf(source, d.Start), OffsetOf(source, d.End), d.Start, d.End, d.Notes);

    /// <summary>The character offset of a 1-based line and code-point column.</summary>
    private static int OffsetOf(SourceText source, LinePosition position)
    {
        if (source.LineCount == 0) return 0;
        int line = Math.Clamp(position.Line - 1, 0, source.LineCount - 1);
        int offset = source.LineStart(line);
        for (int column = 1; column < position.Column && offset < source.Text.Length; column++)
            offset += char.IsHighSurrogate(source.Text[offset]) && offset + 1 < source.Text.Length ? 2 : 1;
        return offset;
    }
}
