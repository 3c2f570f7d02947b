namespace FactLint.Cli;

/// <summary>Exit codes, as ruff and Vale users expect them.</summary>
public static class ExitCodes
{
    public const int Clean = 0;
    public const int Findings = 1;
    public const int UsageOrConfig = 2;
    public const int Internal = 3;
}
