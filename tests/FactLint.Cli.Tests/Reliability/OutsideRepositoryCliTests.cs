namespace FactLint.Cli.Tests.Reliability;

/// <summary>
/// Issue 22, "nothing outside the repository is read", through the real program: one line and exit 2 for a config or
/// pack, never the outside file's text; --context folders do not follow links out, a file named on the command line is read.
/// </summary>
public sealed class OutsideRepositoryCliTests : IDisposable
{
    private const string Good = "The API handled 18,412 requests.\n";
    private readonly TempDir _outside = new();
    private readonly TempDir _repo = new();

    public OutsideRepositoryCliTests()
    {
        Directory.CreateDirectory(Path.Combine(_repo.Path, ".git"));
        _repo.Write("good.md", Good);
    }

    public void Dispose()
    {
        _repo.Dispose();
        _outside.Dispose();
    }

    private CliResult Run(params string[] args)
    {
        var r = CliProcess.Run(_repo.Path, TimeSpan.FromSeconds(60), ["check", "--no-model", "-q", .. args]);
        CliProcess.AssertOrderly(r);
        Assert.DoesNotContain("SECRET", r.All, StringComparison.Ordinal);
        return r;
    }

    [Fact]
    public void ConfigLinkedOutOfTheRepository_IsExit2_WithOneLine()
    {
        if (OperatingSystem.IsWindows()) return;
        File.CreateSymbolicLink(Path.Combine(_repo.Path, ".factlint.yaml"), _outside.Write("config.yaml", "SECRET: [\n"));
        var r = Run("good.md");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.Equal($"{Path.Combine(_repo.Path, ".factlint.yaml")}:1:1: FL906 config is a symbolic link to a file outside the repository; not read", r.Stderr.Trim());
    }

    [Fact]
    public void PackOutsideTheRepository_IsExit2_WithOneLine()
    {
        _outside.Write("pack/pack.yaml", "name: SECRET\n");
        _repo.Write(".factlint.yaml", $"packs: [core, \"{Path.Combine(_outside.Path, "pack")}\"]\n");
        var r = Run("good.md");
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.EndsWith(".factlint.yaml:1:15: FL906 pack '" + Path.Combine(_outside.Path, "pack") + "' lies outside the repository; not read (allow_outside_root: true allows it)", r.Stderr.Trim());
    }

    [Fact]
    public void ContextFolder_DoesNotFollowALinkOut_ButAFileNamedOnTheCommandLineIsRead()
    {
        if (OperatingSystem.IsWindows()) return;
        var secret = _outside.Write("SECRET.txt", Good);
        _repo.Write("ctx/notes.txt", "Nothing precise here.\n");
        File.CreateSymbolicLink(Path.Combine(_repo.Path, "ctx/leak.txt"), secret);

        var viaFolder = Run("--format", "concise", "good.md", "--context", "ctx");
        Assert.Equal(1, viaFolder.ExitCode);
        // --context takes several values: the file to lint comes first.
        Assert.Contains("good.md:1:17: FL206 [error] Claim not in context: the number \"18,412 requests\" is not in ctx/notes.txt", viaFolder.StdoutLines);

        var named = CliProcess.Run(_repo.Path, TimeSpan.FromSeconds(60), ["check", "--no-model", "-q", "--format", "concise", "good.md", "--context", secret]);
        Assert.Equal(0, named.ExitCode);
    }
}
