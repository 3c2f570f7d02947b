using FactLint.Cli.Git;

namespace FactLint.Cli.Tests.Git;

/// <summary>A throwaway git repository with its own identity and no global hooks; deleted on dispose.</summary>
internal sealed class TempGitRepository : IDisposable
{
    public TempGitRepository()
    {
        Root = Path.GetFullPath(Directory.CreateTempSubdirectory("factlint-git-").FullName);
        Git("init", "-q", "-b", "main");
        Git("config", "user.email", "test@example.com");
        Git("config", "user.name", "FactLint Test");
        Git("config", "core.autocrlf", "false");
        Git("config", "commit.gpgsign", "false");
    }

    public string Root { get; }

    public string Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public string Git(params string[] args)
    {
        var result = GitProcess.Run(Root, args);
        if (result.ExitCode != 0) throw new InvalidOperationException($"git {string.Join(' ', args)}: {result.Error}");
        return result.OutputText;
    }

    /// <summary>Runs the factlint program built beside the tests, in the repository, as a user (or the hook) would.</summary>
    public (int ExitCode, string Stdout, string Stderr) Factlint(params string[] args) => FactlintIn(Root, args);

    public static (int ExitCode, string Stdout, string Stderr) FactlintIn(string workingDirectory, params string[] args)
    {
        var result = Reliability.CliProcess.Run(workingDirectory, args);
        return (result.ExitCode, result.Stdout, result.Stderr);
    }

    public void Dispose()
    {
        try
        {
            foreach (var file in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories)) File.SetAttributes(file, FileAttributes.Normal);
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
