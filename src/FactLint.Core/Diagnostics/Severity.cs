namespace FactLint.Core.Diagnostics;

/// <summary>How serious a finding is; ordered so that comparisons mean "at least as serious".</summary>
public enum Severity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}

public static class SeverityNames
{
    public static string Name(this Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        _ => "error",
    };

    public static bool TryParse(string? text, out Severity severity)
    {
        switch (text?.Trim().ToLowerInvariant())
        {
            case "info" or "suggestion" or "note": severity = Severity.Info; return true;
            case "warning" or "warn": severity = Severity.Warning; return true;
            case "error": severity = Severity.Error; return true;
            default: severity = Severity.Warning; return false;
        }
    }
}
