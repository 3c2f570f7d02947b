using FactLint.Core.Vocabulary;

namespace FactLint.Core.Claims.Detectors;

/// <summary>Regex fragments shared by the detectors, so a number means the same thing to all of them.</summary>
internal static class ClaimPatterns
{
    /// <summary>Every figure, date and version holds one.</summary>
    public const string Digits = "0123456789";

    /// <summary>Not glued to a word, identifier or other number on the left (rejects <c>UTF-8</c>, <c>x86</c>, <c>#12</c>).</summary>
    public const string LeftBoundary = @"(?<![\p{L}\p{N}_.,/#@\\\uFFFC:])(?<![\p{L}\p{N}]-)";

    /// <summary>A number: thousands separators, decimals; a leading minus only after a space.</summary>
    public const string Number = @"(?:(?<=^|\s|\()[-−])?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?";

    /// <summary>Not followed by more identifier or number characters.</summary>
    public const string RightBoundary = @"(?![\p{L}\p{N}_\uFFFC]|[.,:]\d|-\p{L}(?<!-(?:bit|byte|core|day|hour|minute|week|month|year|fold)))";

    public const string Scale = "(?:" + Scales.Words + "|" + Scales.Letters + @"(?![\p{L}]))";

    public const string Month = @"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?";

    /// <summary>Units that make a bare number a measurement (and so a claim even when small).</summary>
    public const string Unit =
        @"(?:%|‰|" +
        @"(?:[kKMGTP]i?B|(?:kilo|mega|giga|tera|peta|exa)?bytes?|(?:kilo|mega|giga|tera)?bits?|[kMGT]bit|[kMG]bps|[kMG]?Hz|k?Wh|[kMG]?W|(?:kilo|mega|giga|tera)?watt(?:s|[- ]hours?)?|mA|°[CF]|°\s?[NSEW](?![\p{L}])|°|K\b|" +
        @"(?:milli|micro|nano)?seconds|ms|µs|us|ns|s|sec(?:ond)?s?|min(?:ute)?s?|h|hrs?|hours?|days?|weeks?|months?|years?|decades?|centuries|" +
        @"degrees?(?:\s+(?:Celsius|Fahrenheit))?|" +
        @"(?:cubic|square)\s+(?:metres|meters|kilometres|kilometers|miles|feet)|(?:centi|milli)met(?:re|er)s|mm|cm|m|km|nm|µm|mi|miles?|ft|feet|foot|inch(?:es)?|metres?|meters?|kilomet(?:re|er)s?|acres?|hectares?|" +
        @"mg|g|kg|t|lbs?|pounds|tons?|tonnes?|l|L|ml|mL|lit(?:re|er)s?|gallons?|" +
        @"people|persons|users|customers|patients|employees|respondents|participants|members|students|visitors|subscribers|developers|" +
        @"requests|queries|transactions|downloads|installs|issues|commits|stars|lines|tokens|parameters|cores|threads|nodes|servers|machines|" +
        @"words|characters|pages|records|rows|files|packages|countries|cities|species|votes|cases|deaths|copies|units|instances|times|" +
        @"cards|workers|jobs|tests|cycles|bugs|releases|contributors|companies|organisations|organizations|vehicles|homes|households|sites|websites|apps|accounts|devices|" +
        @"calories|kcal|x|×|fps|rps|qps|ops|req/s|points?))" +
        @"(?:\s*(?:/|per\s+)(?:s|sec|second|minute|min|hour|h|day|week|month|year|user|core|request|capita))?";
}
