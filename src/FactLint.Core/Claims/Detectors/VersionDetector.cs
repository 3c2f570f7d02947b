using System.Globalization;
using System.Text.RegularExpressions;
using FactLint.Core.Documents;
using FactLint.Core.Parsing;

namespace FactLint.Core.Claims.Detectors;

/// <summary>
/// Version numbers: <c>v3.2.1</c>, <c>4.2.7</c>, <c>version 2.1</c>, <c>.NET 8</c>, <c>Python 3.12</c>.
/// IPv4 addresses look like versions and are skipped.
/// </summary>
public sealed partial class VersionDetector : IClaimDetector
{
    private static readonly string[] CapitalisedProducts =
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
        "V8",
    ];

    // Products also written in lower case ("python 3.9", "ubuntu 22.04"). Not "Node", "Go", "Express", "Unity", "Bun" or "Qt":
    // in lower case those are mostly words ("node 3" is a cluster member).
    private static readonly string[] AlsoInLowerCase =
    [
        "Python", "Java", "JDK", "Ruby", "Rust", "Perl", "PHP", "Kotlin", "Swift", "TypeScript", "PostgreSQL", "Postgres", "MySQL",
        "MariaDB", "SQLite", "Redis", "MongoDB", "Ubuntu", "Debian", "Fedora", "CentOS", "macOS", "iOS", "Android", "Windows",
        "Kubernetes", "Docker", "Angular", "React", "Vue", "Django", "Rails", "Laravel", "Elasticsearch", "Kafka", "Terraform",
        "Xcode", "GCC", "Clang", "LLVM", "OpenSSL", "TLS", "Unicode", "Gradle", "Maven", "Webpack", "Chrome", "Firefox", "Safari",
        "CUDA", "PyTorch", "TensorFlow", "Electron", "Flutter", "Scala", "Haskell", "Elixir", "Erlang", "Lua", "Julia", "Kernel",
        "Linux", "Alpine", "Emacs", "Vim", "Bash", "Zsh", "PowerShell", "Nginx", "Tomcat", "Jenkins", "Helm", "Istio", "Deno",
        "Node.js", "CPython", "PyPy", "Godot", "Blender",
    ];

    // After the two lists above: static fields are initialised in the order they are written.
    public static readonly IReadOnlyList<string> DefaultProducts =
    [
        .. CapitalisedProducts,
        .. AlsoInLowerCase.Select(p => p.ToLowerInvariant()),
        "nodejs",
    ];

    private const string ProductBefore = @"(?<![\p{L}\p{N}_.])(?:";
    // The version ends the match (the lookahead is zero-width), so the claim is the whole match: no capture group.
    private const string ProductAfter = @")\s\d+(?:\.\d+){0,3}(?:\.[xX])?(?![\p{L}\p{N}_]|[.,]\d)";

    /// <summary><see cref="DefaultProducts"/> as <see cref="ProductAlternation"/> writes them (a test keeps the two in step).</summary>
    internal const string DefaultProductAlternation =
        @"\.NET\ Framework|Windows\ Server|Elasticsearch|Visual\ Studio|elasticsearch|ASP\.NET\ Core|Spring\ Boot|TypeScript|ECMAScript|PostgreSQL|Kubernetes|TensorFlow|PowerShell|typescript|postgresql|kubernetes|tensorflow|powershell|\.NET\ Core|Terraform|Bootstrap|terraform|Postgres|Electron|Mac\ OS\ X|postgres|electron|Node\.js|MariaDB|MongoDB|Windows|Android|Angular|Laravel|OpenSSL|Unicode|Webpack|Next\.js|Firefox|PyTorch|Flutter|Haskell|Fortran|Markdig|CPython|Java\ SE|Jenkins|Symfony|Express|Blender|mariadb|mongodb|android|windows|angular|laravel|openssl|unicode|webpack|firefox|pytorch|flutter|haskell|jenkins|node\.js|cpython|blender|Python|Kotlin|SQLite|Ubuntu|Debian|Fedora|CentOS|Docker|Django|Gradle|Chrome|Safari|jQuery|Elixir|Erlang|Alpine|Kernel|Apache|Tomcat|python|kotlin|sqlite|ubuntu|debian|fedora|centos|docker|django|gradle|chrome|safari|elixir|erlang|kernel|alpine|tomcat|nodejs|Swift|MySQL|Redis|macOS|React|Rails|Kafka|Xcode|Clang|Maven|Scala|Julia|COBOL|Linux|xUnit|NUnit|MacOS|XCode|Emacs|Excel|Nginx|Istio|Envoy|Godot|Unity|swift|mysql|redis|macos|react|rails|kafka|xcode|clang|maven|scala|julia|linux|emacs|nginx|istio|godot|\.NET|Node|Java|Rust|Ruby|Perl|RHEL|LLVM|CUDA|Dart|Jest|PyPy|OS\ X|Bash|Helm|Deno|java|ruby|rust|perl|llvm|cuda|bash|helm|deno|pypy|JDK|PHP|iOS|Vue|GCC|TLS|Lua|GTK|Vim|Zsh|Bun|jdk|php|ios|vue|gcc|tls|lua|vim|zsh|C\#|F\#|Go|Qt|V8";

    // Source-generated for the built-in list: compiling the runtime regex cost start-up time on every run, and the
    // interpreter is slow. A pack that adds products gets a compiled one.
    [GeneratedRegex(ProductBefore + DefaultProductAlternation + ProductAfter, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex DefaultProductRegex();

    private readonly Regex _productRegex;

    internal Regex ProductPattern => _productRegex;

    // The products by name, and the lengths they come in: a product version is a product name, one white-space character
    // and a digit, so a block where no product name ends right before " <digit>" cannot match the product regex.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _productNames;
    private readonly int[] _productLengths;

    public VersionDetector(IEnumerable<string>? extraProducts = null)
    {
        var extra = extraProducts?.Except(DefaultProducts).ToList() ?? [];
        var names = new HashSet<string>(DefaultProducts.Concat(extra), StringComparer.Ordinal);
        _productNames = names.GetAlternateLookup<ReadOnlySpan<char>>();
        _productLengths = names.Select(n => n.Length).Distinct().Order().ToArray();
        _productRegex = extra.Count == 0
            ? DefaultProductRegex()
            : new Regex(ProductBefore + ProductAlternation(extra) + ProductAfter, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);
    }

    /// <summary>The products, longest first (so ".NET Core" wins over ".NET"), as a regex alternation.</summary>
    internal static string ProductAlternation(IEnumerable<string> extraProducts) =>
        string.Join('|', DefaultProducts.Concat(extraProducts).Distinct().OrderByDescending(p => p.Length).Select(Regex.Escape));

    public ClaimKind Kind => ClaimKind.Version;

    /// <inheritdoc/>
    public InlineTriggers Triggers { get; } = new() { Characters = ClaimPatterns.Digits };

    [GeneratedRegex(
        @"(?:(?<![\p{L}\p{N}_.\-/#@\uFFFC])(?:" +
        @"[vV]\d+(?:\.\d+){0,3}(?:\.[xX])?(?:-[0-9A-Za-z][0-9A-Za-z.]*)?" +
        @"|(?:\d+\.\d+\.\d+(?:\.\d+)?)(?:-[0-9A-Za-z][0-9A-Za-z.]*)?(?:\+[0-9A-Za-z.]+)?" +
        // A release line: "14.x", "1.2.x".
        @"|\d+(?:\.\d+)?\.[xX]" +
        @"|(?<=\b(?:[Vv]ersions?|[Rr]eleases?|[Vv]er\.)\s+)\d+(?:\.\d+)*(?:\.[xX])?" +
        @")|\b(?:HTTP|SPDY|OAuth)/\d+(?:\.\d+)?" +
        @")(?![\p{L}\p{N}_\uFFFC]|[.,]\d)",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionRegex();

    // Versions in context, found from the context: after a comparison or an arrow (">= 10.1", "(1.3.2 -> 2.0)"; not
    // "> 1.5 seconds", a measurement), and after "versions older than" and the like. Separate from VersionRegex, whose
    // lookbehinds would run at every digit: these run only where a comparison character, "ersion" or a verb of moving
    // between versions ("grad", "igrat", "pdat") is.
    [GeneratedRegex(@"(?:>=|<=|==|~>|->|→|≥|≤|[<>^~])\s?(?<v>\d+(?:\.\d+)+)(?![\p{L}\p{N}_\uFFFC]|[.,]\d|\s?" + ClaimPatterns.Unit + @"(?!\p{L}))" +
        @"|\b[Vv]ersions?\s+(?:(?:less|greater|older|newer|earlier|later)\s+than|before|after|prior\s+to|up\s+to|from)\s+(?<v>\d+(?:\.\d+)*(?:\.[xX])?)(?![\p{L}\p{N}_\uFFFC]|[.,]\d)" +
        // "Upgrade to 2.4 first", "migrating from 1.8": a dotted number that one moves to or from (not "upgrade to 2 nodes").
        @"|\b(?:[Uu]pgrad|[Dd]owngrad|[Mm]igrat|[Uu]pdat)(?:e|es|ed|ing)\s+(?:to|from)\s+(?<v>\d+(?:\.\d+)+(?:\.[xX])?)(?![\p{L}\p{N}_\uFFFC]|[.,]\d|\s?" + ClaimPatterns.Unit + @"(?!\p{L}))",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionInContext();

    // ASCII only: with '→', '≥' and '≤' in the set, the search fell back to a probabilistic map (4% of a run).
    private static readonly System.Buffers.SearchValues<char> AsciiComparisonChars = System.Buffers.SearchValues.Create("<>=~^");

    // The words of VersionInContext's other alternatives, found in one pass ("version", "upgrade", "migrate", "update").
    private static readonly System.Buffers.SearchValues<string> ContextWords = System.Buffers.SearchValues.Create(["ersion", "grad", "igrat", "pdat"], StringComparison.Ordinal);

    public void Detect(ProseBlock block, List<Claim> claims)
    {
        string text = block.Text;
        if (!block.HoldsDigit) return;
        if (text.AsSpan().ContainsAny(AsciiComparisonChars) || text.AsSpan().ContainsAny('→', '≥', '≤') || text.AsSpan().ContainsAny(ContextWords))
            foreach (Match m in VersionInContext().Matches(text))
            {
                // "p < 0.001", "n > 1.5": a comparison after a one-letter name is mathematics, not a version range.
                if (AfterOneLetterName(text, m.Index)) continue;
                var v = m.Groups["v"];
                if (IsDecreaseAfterArrow(text, m.Index, v.ValueSpan)) continue;
                claims.Add(Claim.At(ClaimKind.Version, block, v.Index, v.Index + v.Length));
            }
        List<int>? engineEnds = null;
        // EnumerateMatches: no Match objects. A match that starts with a digit came from the dotted alternative (or, with
        // five or more parts, from "version 1.2.3.4.5", never an address); its numbers end at the first '-' or '+'.
        foreach (var m in VersionRegex().EnumerateMatches(text))
        {
            var matched = text.AsSpan(m.Index, m.Length);
            int suffix = matched.IndexOfAny('-', '+');
            if (char.IsDigit(matched[0]) && IsIpAddress(suffix >= 0 ? matched[..suffix] : matched)) continue;
            if (char.IsDigit(matched[0]) && IsLicenceVersion(text, m.Index, m.Index + m.Length)) continue;
            if (IsIpFamily(text, m.Index, m.Index + m.Length)) continue;
            if (IsEngineName(text, m.Index, matched))
            {
                // Not a claim, but "V8 to 7.9" still lists V8's versions.
                (engineEnds ??= []).Add(m.Index + m.Length);
                continue;
            }
            claims.Add(Claim.At(ClaimKind.Version, block, m.Index, m.Index + m.Length));
        }
        // Keep the product name in the claim: ".NET 8" is the claim, "8" alone is not.
        if (MayHoldProductVersion(text))
            foreach (var m in _productRegex.EnumerateMatches(text))
                claims.Add(Claim.At(ClaimKind.Version, block, m.Index, m.Index + m.Length));
        // "Python 3.11 and 3.12", ".NET Framework 3.5 or 4.0": the rest of a version list are versions too.
        // Each list is walked once, from the claims the regexes found: walking again from every member added n² claims
        // for a list of n versions (a changelog's "1.0.1, 1.0.2, …" line).
        int found = claims.Count;
        HashSet<int>? walked = null;
        for (int i = 0; i < found; i++)
            if (claims[i].Kind == ClaimKind.Version && claims[i].Block == block) WalkList(block, claims[i].End, claims, walked ??= []);
        if (engineEnds is not null)
            foreach (int end in engineEnds) WalkList(block, end, claims, walked ??= []);
    }

    /// <summary>
    /// "14.72 → 10.56", "4.60 -> 4.16": a figure that falls across an arrow is a measurement before and after a change; a
    /// version only rises across one ("1.3.2 -> 2.0"), and a downgrade is written out ("downgrade to 1.8").
    /// </summary>
    private static bool IsDecreaseAfterArrow(string text, int arrow, ReadOnlySpan<char> after)
    {
        if (text[arrow] != '→' && !(text[arrow] == '-' && arrow + 1 < text.Length && text[arrow + 1] == '>')) return false;
        int end = arrow;
        while (end > 0 && text[end - 1] == ' ') end--;
        int start = end;
        while (start > 0 && (char.IsAsciiDigit(text[start - 1]) || text[start - 1] == '.')) start--;
        var before = text.AsSpan(start, end - start).Trim('.');
        return !before.IsEmpty && CompareDotted(before, after) > 0;
    }

    // Part by part, as versions compare ("1.10" after "1.9"); a part too long for a long compares as its length.
    private static int CompareDotted(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        while (!a.IsEmpty || !b.IsEmpty)
        {
            int da = a.IndexOf('.'), db = b.IndexOf('.');
            var pa = da < 0 ? a : a[..da];
            var pb = db < 0 ? b : b[..db];
            long x = long.TryParse(pa, NumberStyles.None, CultureInfo.InvariantCulture, out long xa) ? xa : pa.IsEmpty ? 0 : long.MaxValue;
            long y = long.TryParse(pb, NumberStyles.None, CultureInfo.InvariantCulture, out long yb) ? yb : pb.IsEmpty ? 0 : long.MaxValue;
            if (x != y) return x.CompareTo(y);
            a = da < 0 ? default : a[(da + 1)..];
            b = db < 0 ? default : b[(db + 1)..];
        }
        return 0;
    }

    private static bool AfterOneLetterName(string text, int at)
    {
        int i = at;
        while (i > 0 && text[i - 1] == ' ') i--;
        return i > 0 && char.IsLetter(text[i - 1]) && (i == 1 || !char.IsLetterOrDigit(text[i - 2]));
    }

    private static void WalkList(ProseBlock block, int at, List<Claim> claims, HashSet<int> walked)
    {
        string text = block.Text;
        Match next;
        while (walked.Add(at) && (next = VersionListContinuation().Match(text, at)).Success && next.Index == at)
        {
            var v = next.Groups[ContinuationVersionGroup];
            claims.Add(new Claim(ClaimKind.Version, block, v.Index, v.Index + v.Length, v.Value));
            at = v.Index + v.Length;
        }
    }

    private static readonly int ContinuationVersionGroup = VersionListContinuation().GroupNumberFromName("v");

    [GeneratedRegex(@"\G(?:,\s*|\s+(?:and|or|to|through)\s+|\s?[-–]\s?)(?<v>v?\d+(?:\.\d+)*(?:\.[xX])?)(?![\p{L}\p{N}_\uFFFC]|[.,]\d|\s?%)", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex VersionListContinuation();

    /// <summary>Whether some product name ends right before a white-space character that is followed by a digit.</summary>
    internal bool MayHoldProductVersion(string text)
    {
        for (int i = 1; i + 1 < text.Length; i++)
        {
            if (!char.IsDigit(text[i + 1]) || !char.IsWhiteSpace(text[i])) continue;
            foreach (int length in _productLengths)
            {
                if (length > i) break;
                if (_productNames.Contains(text.AsSpan(i - length, length))) return true;
            }
        }
        return false;
    }
}
