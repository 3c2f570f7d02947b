using FactLint.Core.Diagnostics;
using FactLint.Core.Parsing;
using FactLint.Core.Rules.Checks;
using FactLint.Core.Surprisal;
using FactLint.Core.Text;
using FactLint.Core.Verification.Grounding;

namespace FactLint.Core.Engine;

/// <summary>
/// Lints the assistant messages of a chat transcript, each as its own Markdown text named <c>chat.json#N</c>, so every
/// output format shows <c>chat.json#3:2:15</c>. With <c>ground</c>, the earlier system, user and tool messages are that
/// answer's context (before any <c>--context</c> files); earlier answers are not, since they may hold the drift.
/// </summary>
public static class TranscriptLinter
{
    public static FileResult Lint(SourceText source, LintProfile profile, LintServices services, ISurprisalScorer? scorer,
        GroundingContext? grounding, bool ground, CancellationToken cancellationToken = default)
    {
        var diagnostics = new List<Diagnostic>();
        int claims = 0;
        foreach (var conversation in ChatTranscript.Read(source))
        {
            for (int i = 0; i < conversation.Count; i++)
            {
                var message = conversation[i];
                if (!message.IsAnswer) continue;
                var context = grounding;
                if (ground)
                {
                    var earlier = conversation.Take(i).Where(m => !m.IsAnswer && m.Content.Length > 0)
                        .Select(m => new ContextPassage($"{Path.GetFileName(source.Path)}#{m.Id}", m.Content));
                    context = (grounding ?? GroundingContext.Empty).With(earlier);
                }
                var result = FileLinter.Lint(new SourceText($"{source.Path}#{message.Id}", message.Content), profile, services, scorer, cancellationToken, context);
                diagnostics.AddRange(result.Diagnostics);
                claims += result.ClaimCount;
            }
        }
        return new FileResult(source.Path, diagnostics, claims);
    }
}
