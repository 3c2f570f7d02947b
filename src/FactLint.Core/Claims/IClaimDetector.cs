using FactLint.Core.Documents;

namespace FactLint.Core.Claims;

/// <summary>Finds one kind of precise claim in a prose block. Detectors are stateless and thread-safe.</summary>
public interface IClaimDetector
{
    ClaimKind Kind { get; }

    void Detect(ProseBlock block, List<Claim> claims);
}
