namespace FactLint.Core.Config;

/// <summary>
/// Which claims need a source (<c>profile:</c> in <c>.factlint.yaml</c>, <c>--profile</c>): <c>docs</c> treats the documented
/// project's own facts (requirements, settings, release history) as no claims, <c>prose</c> only examples and version
/// requirements, <c>strict</c> every figure; <c>auto</c> picks docs or prose per file.
/// </summary>
public enum ClaimProfile { Auto, Docs, Prose, Strict }

public static class ClaimProfiles
{
    public static readonly string[] Names = ["auto", "docs", "prose", "strict"];

    public static bool TryParse(string? text, out ClaimProfile profile)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "auto": profile = ClaimProfile.Auto; return true;
            case "docs": profile = ClaimProfile.Docs; return true;
            case "prose": profile = ClaimProfile.Prose; return true;
            case "strict": profile = ClaimProfile.Strict; return true;
            default: profile = ClaimProfile.Auto; return false;
        }
    }

    public static string Name(this ClaimProfile profile) => Names[(int)profile];
}
