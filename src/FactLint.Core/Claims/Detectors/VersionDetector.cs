using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Markdown;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Version numbers: <c>v3.2.1</c>, <c>4.2.7</c>, <c>version 2.1</c>, <c>.NET 8</c>, <c>Python 3.12</c>.
/// IPv4 addresses look like versions and are skipped.
/// </summary>
public sealed partial class VersionDetector : IClaimDetector
{
    public static readonly IReadOnlyList<string> DefaultProducts =
    [
        ".NET", ".NET Core", ".NET Framework", "ASP.NET Core", "C#", "F#", "Python", "Node", "Node.js", "Java", "JDK", "Go", "Rust", "Ruby",
        "PHP", "Perl", "Kotlin", "Swift", "TypeScript", "ECMAScript", "PostgreSQL", "Postgres", "MySQL", "MariaDB", "SQLite", "Redis",
        "MongoDB", "Ubuntu", "Debian", "Fedora", "RHEL", "CentOS", "Windows", "Windows Server", "macOS", "iOS", "Android", "Kubernetes",
        "Docker", "Angular", "React", "Vue", "Django", "Rails", "Spring Boot", "Laravel", "Elasticsearch", "Kafka", "Terraform",
        "Visual Studio", "Xcode", "GCC", "Clang", "LLVM", "OpenSSL", "TLS", "Unicode", "Gradle", "Maven", "Webpack", "Next.js",
        "Chrome", "Firefox", "Safari", "CUDA", "PyTorch", "TensorFlow", "Bootstrap", "jQuery", "Electron", "Flutter", "Dart", "Scala",
        "Haskell", "Elixir", "Erlang", "Lua", "Julia", "Fortran", "COBOL", "Qt", "GTK", "Linux", "Markdig", "xUnit", "NUnit", "Jest",
        "CPython", "PyPy", "MacOS", "Mac OS X", "OS X", "XCode", "Alpine", "Emacs", "Vim", "Bash", "Zsh", "PowerShell", "Excel", "Java SE", "Kernel", "Nginx",
        "Apache", "Tomcat", "Jenkins", "Helm", "Istio", "Envoy", "Rails", "Symfony", "Express", "Deno", "Bun", "Godot", "Unity", "Blender",
    ];

    private const string ProductBefore = @"(?<![\p{L}\p{N}_.])(?:";
    private const string ProductAfter = @")\s(?<v>\d+(?:\.\d+){0,3})(?![\p{L}\p{N}_]|[.,]\d)";

    /// <summary><see cref="DefaultProducts"/> as <see cref="ProductAlternation"/> writes them (a test keeps the two in step).</summary>
    internal const string DefaultProductAlternation =
        @"\.NET\ Framework|Windows\ Server|Elasticsearch|Visual\ Studio|ASP\.NET\ Core|Spring\ Boot|TypeScript|ECMAScript|PostgreSQL|Kubernetes|TensorFlow|PowerShell|\.NET\ Core|Terraform|Bootstrap|Postgres|Electron|Mac\ OS\ X|Node\.js|MariaDB|MongoDB|Windows|Android|Angular|Laravel|OpenSSL|Unicode|Webpack|Next\.js|Firefox|PyTorch|Flutter|Haskell|Fortran|Markdig|CPython|Java\ SE|Jenkins|Symfony|Express|Blender|Python|Kotlin|SQLite|Ubuntu|Debian|Fedora|CentOS|Docker|Django|Gradle|Chrome|Safari|jQuery|Elixir|Erlang|Alpine|Kernel|Apache|Tomcat|Swift|MySQL|Redis|macOS|React|Rails|Kafka|Xcode|Clang|Maven|Scala|Julia|COBOL|Linux|xUnit|NUnit|MacOS|XCode|Emacs|Excel|Nginx|Istio|Envoy|Godot|Unity|\.NET|Node|Java|Rust|Ruby|Perl|RHEL|LLVM|CUDA|Dart|Jest|PyPy|OS\ X|Bash|Helm|Deno|JDK|PHP|iOS|Vue|GCC|TLS|Lua|GTK|Vim|Zsh|Bun|C\#|F\#|Go|Qt";

    // Source-generated for the built-in list: compiling the runtime regex cost start-up time on every run, and the
    // interpreter is slow. A pack that adds products gets a compiled one.
    [GeneratedRegex(ProductBefore + DefaultProductAlternation + ProductAfter, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DefaultProductRegex();

    private readonly Regex _productRegex;

    public VersionDetector(IEnumerable<string>? extraProducts = null)
    {
        var extra = extraProducts?.Except(DefaultProducts).ToList() ?? [];
        _productRegex = extra.Count == 0
            ? DefaultProductRegex()
            : new Regex(ProductBefore + ProductAlternation(extra) + ProductAfter, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    /// <summary>The products, longest first (so ".NET Core" wins over ".NET"), as a regex alternation.</summary>
    internal static string ProductAlternation(IEnumerable<string> extraProducts) =>
        string.Join('|', DefaultProducts.Concat(extraProducts).Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape));

    public ClaimKind Kind => ClaimKind.Version;

    [GeneratedRegex(
        @"(?:(?<![\p{L}\p{N}_.\-/#@\uFFFC])(?:" +
        @"[vV]\d+(?:\.\d+){0,3}(?:-[0-9A-Za-z][0-9A-Za-z.]*)?" +
        @"|(?<dotted>\d+\.\d+\.\d+(?:\.\d+)?)(?:-[0-9A-Za-z][0-9A-Za-z.]*)?(?:\+[0-9A-Za-z.]+)?" +
        @"|(?<=\b(?:[Vv]ersions?|[Rr]eleases?|[Vv]er\.)\s+)\d+(?:\.\d+)*" +
        @")|\b(?:HTTP|SPDY|OAuth)/\d+(?:\.\d+)?" +
        @")(?![\p{L}\p{N}_\uFFFC]|[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionRegex();

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        if (!text.AsSpan().ContainsAnyInRange('0', '9')) return;
        // EnumerateMatches: no Match objects. A match that starts with a digit came from the dotted alternative (or, with
        // five or more parts, from "version 1.2.3.4.5", never an address); its numbers end at the first '-' or '+'.
        foreach (var m in VersionRegex().EnumerateMatches(text))
        {
            var matched = text.AsSpan(m.Index, m.Length);
            int suffix = matched.IndexOfAny('-', '+');
            if (char.IsDigit(matched[0]) && IsIpAddress(suffix >= 0 ? matched[..suffix] : matched)) continue;
            claims.Add(Claim.At(ClaimKind.Version, block, m.Index, m.Index + m.Length));
        }
        foreach (Match m in _productRegex.Matches(text))
        {
            var v = m.Groups["v"];
            // Keep the product name in the claim: ".NET 8" is the claim, "8" alone is not.
            claims.Add(new Claim(ClaimKind.Version, block, m.Index, v.Index + v.Length, m.Value));
        }
        // "Python 3.11 and 3.12", ".NET Framework 3.5 or 4.0": the rest of a version list are versions too.
        // Each list is walked once, from the claims the regexes found: walking again from every member added n² claims
        // for a list of n versions (a changelog's "1.0.1, 1.0.2, …" line).
        int found = claims.Count;
        HashSet<int>? walked = null;
        for (int i = 0; i < found; i++)
        {
            if (claims[i].Kind != ClaimKind.Version || claims[i].Block != block) continue;
            walked ??= [];
            int at = claims[i].End;
            Match next;
            while (walked.Add(at) && (next = VersionListContinuation().Match(text, at)).Success && next.Index == at)
            {
                var v = next.Groups[ContinuationVersionGroup];
                claims.Add(new Claim(ClaimKind.Version, block, v.Index, v.Index + v.Length, v.Value));
                at = v.Index + v.Length;
            }
        }
    }

    private static readonly int ContinuationVersionGroup = VersionListContinuation().GroupNumberFromName("v");

    [GeneratedRegex(@"\G(?:,\s*|\s+(?:and|or|to|through)\s+|\s?[-–]\s?)(?<v>v?\d+(?:\.\d+)*(?:\.x)?)(?![\p{L}\p{N}_\uFFFC]|[.,]\d|\s?%)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionListContinuation();

    private static bool IsIpAddress(ReadOnlySpan<char> dotted)
    {
        int parts = 0;
        foreach (var part in dotted.Split('.'))
            if (++parts > 4 || !int.TryParse(dotted[part], NumberStyles.None, CultureInfo.InvariantCulture, out int n) || n > 255) return false;
        return parts == 4;
    }
}
