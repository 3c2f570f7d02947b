using System.Net;
using System.Net.Sockets;
using System.Text;
using FactLint.Core.IO;
using FactLint.Core.Verification.Sources;

namespace FactLint.Core.Tests.Verification.Sources;

public sealed class SourceLibraryTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "cite-tests-" + Guid.NewGuid().ToString("N"));
    private readonly string _outside;

    public SourceLibraryTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "repo", ".git"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "docs"));
        Directory.CreateDirectory(Path.Combine(_root, "repo", "data"));
        _outside = Path.Combine(_root, "outside");
        Directory.CreateDirectory(_outside);
        File.WriteAllText(Path.Combine(_outside, "secret.txt"), "revenue was $9.73 billion");
        File.WriteAllText(Path.Combine(Repo, "data", "q3.md"), "# Q3\n\n## Results\n\nRevenue was $9.73 billion.\n\n## Outlook\n\nGrowth of 5%.\n");
    }

    private string Repo => Path.Combine(_root, "repo");
    private string Doc => Path.Combine(Repo, "docs", "report.md");

    private SourceLibrary Library(bool allowOutside = false) =>
        new(RepositoryBounds.FindRoot(Path.Combine(Repo, "docs"))!, Path.Combine(Repo, ".factlint", "sources"), Path.Combine(Repo, ".factlint", "cache"), allowOutside);

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public void RepositoryRootIsTheFolderHoldingGit() =>
        Assert.Equal(Repo, RepositoryBounds.FindRoot(Path.Combine(Repo, "docs")));

    [Fact]
    public void A_section_carries_its_parent_headings_as_context_and_not_its_siblings()
    {
        File.WriteAllText(Path.Combine(Repo, "data", "annual.md"),
            "# Annual report 2022\n\n## Sales\n\n### Results\n\nRevenue grew 12%.\n\n## Staff\n\nWe hired 40 people.\n");
        var library = Library();
        var results = library.Resolve("../data/annual.md#results", Doc);
        var text = results.Index!.Document.Text;
        Assert.Equal(["## Sales", "# Annual report 2022"], results.Context.Select(r => text[r.Start..r.End]).ToList());

        var staff = library.Resolve("../data/annual.md#staff", Doc);
        Assert.Equal(["# Annual report 2022"], staff.Context.Select(r => text[r.Start..r.End]).ToList());
        Assert.Empty(library.Resolve("../data/annual.md#annual-report-2022", Doc).Context);
        Assert.Empty(library.Resolve("../data/annual.md#L7", Doc).Context);
    }

    [Fact]
    public void A_shell_comment_in_fenced_code_is_no_heading()
    {
        // "# interleaved runs" inside ```sh neither ends the section nor becomes a heading or a parent; an unclosed
        // fence runs to the end of the file.
        File.WriteAllText(Path.Combine(Repo, "data", "bench.md"),
            "# Bench\n\n## Current\n\n```sh\n# interleaved runs\nrun.sh 3\n```\n\nThe build took 0.75 s.\n\n" +
            "## Earlier\n\n~~~\n## not a heading\n~~~~\n\nIt took 0.90 s.\n\n```\n# open\n");
        var library = Library();
        var current = library.Resolve("../data/bench.md#current", Doc);
        var text = current.Index!.Document.Text[current.Range!.Value.Start..current.Range.Value.End];
        Assert.Contains("0.75 s", text);
        Assert.DoesNotContain("0.90 s", text);
        Assert.Equal(["# Bench"], current.Context.Select(r => current.Index.Document.Text[r.Start..r.End]).ToList());
        Assert.Equal(ResolutionKind.NotFound, library.Resolve("../data/bench.md#interleaved-runs", Doc).Kind);
        Assert.Equal(ResolutionKind.NotFound, library.Resolve("../data/bench.md#not-a-heading", Doc).Kind);
        Assert.Equal(ResolutionKind.NotFound, library.Resolve("../data/bench.md#open", Doc).Kind);
        var earlier = library.Resolve("../data/bench.md#earlier", Doc);
        Assert.Contains("0.90 s", earlier.Index!.Document.Text[earlier.Range!.Value.Start..earlier.Range.Value.End]);
    }

    [Fact]
    public void ResolvesRelativeFilesAndFragments()
    {
        var library = Library();
        Assert.Equal(ResolutionKind.Resolved, library.Resolve("../data/q3.md", Doc).Kind);
        var section = library.Resolve("../data/q3.md#results", Doc);
        Assert.Equal(ResolutionKind.Resolved, section.Kind);
        Assert.NotNull(section.Range);
        var text = section.Index!.Document.Text[section.Range!.Value.Start..section.Range.Value.End];
        Assert.Contains("9.73", text);
        Assert.DoesNotContain("5%", text);
        var lines = library.Resolve("../data/q3.md#L9", Doc);
        Assert.Equal("Growth of 5%.\n", lines.Index!.Document.Text[lines.Range!.Value.Start..lines.Range.Value.End]);
        Assert.Equal(ResolutionKind.NotFound, library.Resolve("../data/q3.md#nope", Doc).Kind);
        Assert.Equal(ResolutionKind.NotFound, library.Resolve("../data/q4.md", Doc).Kind);
    }

    [Theory]
    [InlineData("../../../etc/passwd")]
    [InlineData("../../outside/secret.txt")]
    [InlineData("/etc/passwd")]
    [InlineData("file:///etc/passwd")]
    public void PathTraversalIsRefused(string target)
    {
        var r = Library().Resolve(target, Doc);
        Assert.Equal(ResolutionKind.OutsideRoot, r.Kind);
        Assert.False(string.IsNullOrEmpty(r.Reason));
        Assert.Null(r.Index);
    }

    [Fact]
    public void SymlinkOutOfTheRepositoryIsRefused()
    {
        var link = Path.Combine(Repo, "data", "link.txt");
        try { File.CreateSymbolicLink(link, Path.Combine(_outside, "secret.txt")); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return; /* no symlink rights on this machine */ }
        var r = Library().Resolve("../data/link.txt", Doc);
        Assert.Equal(ResolutionKind.OutsideRoot, r.Kind);
        Assert.Contains("symbolic link", r.Reason);

        var dirLink = Path.Combine(Repo, "data", "out");
        Directory.CreateSymbolicLink(dirLink, _outside);
        Assert.Equal(ResolutionKind.OutsideRoot, Library().Resolve("../data/out/secret.txt", Doc).Kind);
    }

    [Fact]
    public void OutsideRootAllowedByConfig() =>
        Assert.Equal(ResolutionKind.Resolved, Library(allowOutside: true).Resolve("../../outside/secret.txt", Doc).Kind);

    [Fact]
    public void SnapshotStoreAddVerifyAndHashMismatch()
    {
        var store = new SourceStore(Path.Combine(Repo, ".factlint", "sources"));
        var entry = store.Add("https://example.com/q3", "<p>Revenue was <b>$9.73</b>&nbsp;billion.</p>", isHtml: true, url: null);
        Assert.Equal("https://example.com/q3", entry.Url);
        Assert.All(store.Verify(), c => Assert.True(c.Ok));
        var key = store.Add("@smith2020", "Response rate: 37.5 percent.", isHtml: false, url: "https://example.org/smith");

        var library = Library();
        var r = library.Resolve("https://example.com/q3/", Doc);
        Assert.Equal(ResolutionKind.Resolved, r.Kind);
        Assert.False(r.HashMismatch);
        Assert.Contains("$9.73", r.Index!.Document.Text);
        Assert.Equal(ResolutionKind.Resolved, library.Resolve("smith2020", Doc, isKey: true).Kind);
        Assert.Equal(ResolutionKind.NotFound, library.Resolve("jones1999", Doc, isKey: true).Kind);
        Assert.Equal(ResolutionKind.Unverifiable, library.Resolve("https://example.com/other", Doc).Kind);

        File.AppendAllText(Path.Combine(store.Directory, key.File), "edited");
        Assert.Contains(store.Verify(), c => !c.Ok && c.Entry.Key == "@smith2020");
        Assert.True(Library().Resolve("smith2020", Doc, isKey: true).HashMismatch);
    }

    [Fact]
    public void IndexIsCachedByContentHash()
    {
        Library().Resolve("../data/q3.md", Doc);
        var cached = Directory.GetFiles(Path.Combine(Repo, ".factlint", "cache", "sources"), "*.json", SearchOption.AllDirectories);
        Assert.Single(cached);
        var again = Library().Resolve("../data/q3.md", Doc);
        Assert.Contains(again.Index!.Figures, f => f.Value == 9_730_000_000m);
    }

    [Fact]
    public async Task FetchDownloadsFromALocalServer()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        var server = Task.Run(async () =>
        {
            using var client = await listener.AcceptTcpClientAsync();
            var stream = client.GetStream();
            var buffer = new byte[4096];
            var request = new StringBuilder();
            while (!request.ToString().Contains("\r\n\r\n", StringComparison.Ordinal))
            {
                int n = await stream.ReadAsync(buffer);
                if (n == 0) break;
                request.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }
            var body = Encoding.UTF8.GetBytes("<html><body><p>Revenue was $9.73 &amp; more billion.</p></body></html>");
            var head = Encoding.ASCII.GetBytes($"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {body.Length}\r\nConnection: close\r\n\r\n");
            await stream.WriteAsync(head);
            await stream.WriteAsync(body);
            return request.ToString();
        });
        try
        {
            var (content, isHtml) = await SourceStore.FetchAsync(new Uri($"http://127.0.0.1:{port}/q3"));
            Assert.True(isHtml);
            var store = new SourceStore(Path.Combine(Repo, ".factlint", "sources"));
            var entry = store.Add($"http://127.0.0.1:{port}/q3", content, isHtml, null);
            Assert.Contains("Revenue was $9.73 & more billion.", File.ReadAllText(Path.Combine(store.Directory, entry.File)));
            Assert.StartsWith("GET /q3 ", await server);
        }
        finally
        {
            listener.Stop();
        }
    }
}
