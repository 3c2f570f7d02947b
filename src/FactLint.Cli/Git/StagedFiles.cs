using System.Text;
using FactLint.Core.Text;

namespace FactLint.Cli.Git;

/// <summary>One staged file: its real path in the working tree and its bytes as staged (the index version).</summary>
internal sealed record StagedFile(string FullPath, string RelativePath, byte[] Content)
{
    /// <summary>Decodes like a file on disk (BOM, UTF-16; binary and invalid UTF-8 throw <see cref="SourceReadException"/>).</summary>
    public SourceText ToSourceText() => new(FullPath, SourceFileReader.Decode(FullPath, Content));
}

/// <summary>
/// Reads what a commit would contain: the staged (index) version of added, copied, modified and renamed files,
/// never the working tree. Names come from <c>git diff --cached --name-only --diff-filter=ACMR -z</c>; contents from
/// one <c>git cat-file --batch</c> process fed <c>:path</c> names (the same blobs <c>git show :path</c> prints).
/// </summary>
internal static class StagedFiles
{
    /// <summary>The top folder of the work tree that holds <paramref name="directory"/>.</summary>
    public static string RepositoryRoot(string directory)
    {
        var result = GitProcess.Run(directory, "rev-parse", "--show-toplevel");
        if (result.ExitCode != 0)
            throw new GitException($"--staged needs a git repository, and {directory} is not in one ({result.Error})");
        return Path.GetFullPath(result.OutputText);
    }

    /// <summary>Paths (relative to the repository root, '/' separated) of staged files, limited to <paramref name="pathspecs"/> when given.</summary>
    public static IReadOnlyList<string> Names(string workingDirectory, IReadOnlyList<string> pathspecs)
    {
        var args = new List<string> { "-c", "core.quotePath=false", "diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z", "--no-renames" };
        if (pathspecs.Count > 0)
        {
            args.Add("--");
            args.AddRange(pathspecs);
        }
        var result = GitProcess.Run(workingDirectory, args, null);
        if (result.ExitCode != 0) throw new GitException($"git diff --cached failed: {result.Error}");
        return Encoding.UTF8.GetString(result.Output).Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>Reads the staged text of <paramref name="relativePaths"/> (relative to <paramref name="root"/>).</summary>
    public static IReadOnlyList<StagedFile> Read(string root, IReadOnlyList<string> relativePaths)
    {
        var files = new List<StagedFile>(relativePaths.Count);
        // cat-file --batch is line-based; a name with a newline (legal, rare) is read with its own git show.
        var batchable = relativePaths.Where(p => p.IndexOf('\n') < 0).ToList();
        if (batchable.Count > 0)
        {
            var request = Encoding.UTF8.GetBytes(string.Concat(batchable.Select(p => ":" + p + "\n")));
            var result = GitProcess.Run(root, ["cat-file", "--batch"], request);
            if (result.ExitCode != 0) throw new GitException($"git cat-file --batch failed: {result.Error}");
            var blobs = ParseBatch(result.Output, batchable.Count);
            for (int i = 0; i < batchable.Count; i++)
                if (blobs[i] is { } blob) files.Add(Decode(root, batchable[i], blob));
        }
        foreach (var odd in relativePaths.Where(p => p.IndexOf('\n') >= 0))
        {
            var show = GitProcess.Run(root, "show", ":" + odd);
            if (show.ExitCode == 0) files.Add(Decode(root, odd, show.Output));
        }
        return files;
    }

    private static StagedFile Decode(string root, string relative, byte[] blob) =>
        new(Path.GetFullPath(Path.Combine(root, relative)), relative, blob);

    /// <summary>Splits <c>cat-file --batch</c> output: "&lt;oid&gt; blob &lt;size&gt;\n&lt;bytes&gt;\n", or "&lt;name&gt; missing\n".</summary>
    internal static byte[]?[] ParseBatch(byte[] output, int count)
    {
        var blobs = new byte[]?[count];
        int at = 0;
        for (int i = 0; i < count && at < output.Length; i++)
        {
            int eol = Array.IndexOf(output, (byte)'\n', at);
            if (eol < 0) break;
            var header = Encoding.UTF8.GetString(output, at, eol - at);
            at = eol + 1;
            var parts = header.Split(' ');
            if (parts.Length == 3 && long.TryParse(parts[2], out long size))
            {
                if (parts[1] == "blob") blobs[i] = output.AsSpan(at, (int)size).ToArray();
                at += (int)size + 1;
            }
            // "missing" or "ambiguous": no content follows.
        }
        return blobs;
    }
}
