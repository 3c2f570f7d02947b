using System.Diagnostics;
using System.Text;

namespace FactLint.Cli.Git;

/// <summary>git failed or is missing; the message says what to do.</summary>
internal sealed class GitException(string message) : Exception(message);

/// <summary>The outcome of one git command: raw standard output (paths and blobs are bytes), standard error, exit code.</summary>
internal sealed record GitResult(int ExitCode, byte[] Output, string Error)
{
    public string OutputText => Encoding.UTF8.GetString(Output).TrimEnd('\n', '\r');
}

/// <summary>Runs the <c>git</c> program (no libgit2): whatever git the user has, with their config, hooks path and index.</summary>
internal static class GitProcess
{
    public static GitResult Run(string workingDirectory, IEnumerable<string> arguments, byte[]? input = null)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = input is not null,
            UseShellExecute = false,
            CreateNoWindow = true,
        };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        // Plain, untranslated messages; never page or prompt.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_PAGER"] = "cat";
        start.Environment["GIT_TERMINAL_PROMPT"] = "0";

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new GitException("could not start git");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new GitException($"could not run git ({e.Message}); is git installed and on PATH?");
        }
        using (process)
        {
            var error = process.StandardError.ReadToEndAsync();
            Task? write = null;
            if (input is not null)
            {
                write = Task.Run(() =>
                {
                    process.StandardInput.BaseStream.Write(input);
                    process.StandardInput.Close();
                });
            }
            using var output = new MemoryStream();
            process.StandardOutput.BaseStream.CopyTo(output);
            write?.GetAwaiter().GetResult();
            process.WaitForExit();
            return new GitResult(process.ExitCode, output.ToArray(), error.GetAwaiter().GetResult().Trim());
        }
    }

    public static GitResult Run(string workingDirectory, params string[] arguments) => Run(workingDirectory, arguments, null);

    /// <summary>Runs git and throws <see cref="GitException"/> with git's own message when it fails.</summary>
    public static GitResult RunChecked(string workingDirectory, params string[] arguments)
    {
        var result = Run(workingDirectory, arguments);
        if (result.ExitCode != 0)
            throw new GitException($"git {string.Join(' ', arguments)} failed: {(result.Error.Length > 0 ? result.Error : $"exit code {result.ExitCode}")}");
        return result;
    }
}
