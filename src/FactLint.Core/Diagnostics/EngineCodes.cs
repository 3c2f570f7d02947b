namespace FactLint.Core.Diagnostics;

/// <summary>
/// Codes the engine itself reports (FL9xx). Claim rules (FL1xx), citation verification (FL2xx) and
/// surprisal rules (FL3xx) get their codes from the rule packs under rules/.
/// </summary>
public static class EngineCodes
{
    public const string FileUnreadable = "FL900";
    public const string PackYamlInvalid = "FL901";
    public const string PackUnknownField = "FL902";
    public const string PackInvalidRegex = "FL903";
    public const string RegexTimeout = "FL904";
    public const string PackInvalidValue = "FL905";
    public const string ConfigInvalid = "FL906";
    public const string ModelUnavailable = "FL907";
    public const string SuppressionUnknownCode = "FL908";

    public static readonly IReadOnlyDictionary<string, (string Name, string Summary)> All = new Dictionary<string, (string, string)>
    {
        [FileUnreadable] = ("file-unreadable", "A file could not be read as text (binary, invalid UTF-8, too large, vanished or unreadable)."),
        [PackYamlInvalid] = ("pack-yaml-invalid", "A rule pack file is not valid YAML, or too large or deeply nested to load safely."),
        [PackUnknownField] = ("pack-unknown-field", "A rule pack or config file has a field FactLint does not know (often a typo)."),
        [PackInvalidRegex] = ("pack-invalid-regex", "A regular expression in a rule pack does not compile."),
        [RegexTimeout] = ("regex-timeout", "A rule's regular expression took too long on some text and was stopped."),
        [PackInvalidValue] = ("pack-invalid-value", "A field in a rule pack has the wrong type or an unknown value."),
        [ConfigInvalid] = ("config-invalid", "The configuration file is invalid."),
        [ModelUnavailable] = ("model-unavailable", "The language model could not be loaded; surprisal was skipped."),
        [SuppressionUnknownCode] = ("suppression-unknown-code", "A factlint-disable comment names a code or rule that no loaded pack has, so it suppresses nothing (often a typo)."),
    };
}
