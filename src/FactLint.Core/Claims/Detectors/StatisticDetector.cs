using System.Text.RegularExpressions;
using FactLint.Core.Markdown;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Statistical phrasing: <c>3 out of 4</c>, <c>one in five</c>, <c>twice as many</c>, <c>3.5 times faster</c>, <c>two-thirds of</c>.</summary>
public sealed partial class StatisticDetector : IClaimDetector
{
    public ClaimKind Kind => ClaimKind.Statistic;

    private const string Small = @"(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+hundred|a\s+thousand|hundred|thousand)";

    [GeneratedRegex(
        @"(?<![\p{L}\p{N}_.,])(?:" +
        Small + @"\s+(?:out\s+of|in(?:\s+every)?|of\s+every)\s+(?!(?:1[5-9]|20)\d{2}\b)" + Small + @"(?![\p{L}\p{N}])" +
        @"|(?:twice|thrice|half|(?:" + Small + @"|\d+(?:\.\d+)?)(?:\s*[x×]|\s+times|-fold|\s+fold))\s+(?:as\s+(?:many|much|likely|fast|large|high|often|long|big|expensive)|more|less|fewer|faster|slower|higher|lower|larger|smaller|bigger|cheaper|longer|shorter|likelier|more\s+likely|less\s+likely)\b" +
        @"|(?:a\s+third|a\s+quarter|a\s+fifth|two[- ]thirds|three[- ]quarters|three[- ]fifths|nine\s+in\s+ten)\s+of\b" +
        @"|(?:doubled|tripled|quadrupled|halved)\b" +
        @")",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase | RegexOptions.ExplicitCapture)]
    private static partial Regex StatisticRegex();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        foreach (Match m in StatisticRegex().Matches(block.Text))
            claims.Add(new Claim(ClaimKind.Statistic, block, m.Index, m.Index + m.Length, m.Value));
    }
}
