using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Vocabulary;

namespace FactLint.Core.Claims.Detectors;

/// <summary>A claim pattern from a pack (<c>claims: patterns:</c>), for claims the built-in detectors do not know.</summary>
public sealed class PatternClaimDetector(ClaimKind kind, PackRegex regex) : IClaimDetector
{
    public ClaimKind Kind => kind;

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        try
        {
            foreach (Match m in regex.Regex.Matches(block.Text))
                if (m.Length > 0) claims.Add(new Claim(kind, block, m.Index, m.Index + m.Length, m.Value));
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new PackRegexTimeoutException("claims.patterns", regex.Pattern, e);
        }
    }
}
