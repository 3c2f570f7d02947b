using FactLint.Core.Documents;
using FactLint.Core.Parsing;

namespace FactLint.Core.Claims;

/// <summary>Finds one kind of precise claim in a prose block. Detectors are stateless and thread-safe.</summary>
public interface IClaimDetector
{
    ClaimKind Kind { get; }

    /// <summary>
    /// What a paragraph must contain for this detector to match in it: a necessary condition, so the inline-parse gate can
    /// skip paragraphs that hold none. A detector that declares nothing is asked about every paragraph.
    /// </summary>
    InlineTriggers Triggers => InlineTriggers.AnyText;

    void Detect(ProseBlock block, List<Claim> claims);
}
