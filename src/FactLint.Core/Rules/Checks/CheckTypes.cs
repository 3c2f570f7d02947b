using FactLint.Core.Yaml;

namespace FactLint.Core.Rules.Checks;

/// <summary>
/// Every check type a rule can extend, by name. A new check type is one file in this folder plus one line here.
/// The parser reads the check's own fields; fields shared by all rules are read by the pack loader.
/// </summary>
public static class CheckTypes
{
    private static readonly Dictionary<string, Func<YamlFields, ICheck?>> Parsers = new(StringComparer.Ordinal)
    {
        [UnsourcedClaimCheck.TypeName] = UnsourcedClaimCheck.Parse,
        [SurprisalCheck.TypeName] = SurprisalCheck.Parse,
        [CitationVerifyCheck.TypeName] = CitationVerifyCheck.Parse,
        [GroundedClaimCheck.TypeName] = GroundedClaimCheck.Parse,
    };

    public static IReadOnlyCollection<string> Names => Parsers.Keys;

    public static bool TryGet(string name, out Func<YamlFields, ICheck?> parser) => Parsers.TryGetValue(name, out parser!);
}
