using System.CommandLine;
using FactLint.Cli;
using FactLint.Cli.Commands;

var root = new RootCommand("FactLint: finds precise claims in Markdown and demands a citation whose source really contains them.");
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(RulesCommand.Create());
root.Subcommands.Add(ExplainCommand.Create());
root.Subcommands.Add(InitCommand.Create());
root.Subcommands.Add(TestCommand.Create());
root.Subcommands.Add(BaselineCommand.Create());
root.Subcommands.Add(ScoreCommand.Create());
root.Subcommands.Add(HookCommand.Create());
root.Subcommands.Add(SourcesCommand.Create());

// Console.Out flushes every line: a write system call per finding was the largest item in a profile of 50k findings. Buffer it and
// flush at the end (commands flush after their findings, so stderr notices still come after them).
var stdout = new StreamWriter(Console.OpenStandardOutput(), Console.OutputEncoding, 1 << 16) { AutoFlush = false };
Console.SetOut(stdout);

try
{
    var parse = root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = ResponseFiles.TryExpand });
    if (parse.Errors.Count > 0)
    {
        foreach (var error in parse.Errors) Console.Error.WriteLine($"factlint: {error.Message}");
        Console.Error.WriteLine("Run 'factlint --help' for usage.");
        return ExitCodes.UsageOrConfig;
    }
    // Our handler below prints one line; System.CommandLine's default one would print a stack trace and exit 1.
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (Exception e)
{
    // Last resort: a bug in FactLint. One line for users; the details only when asked.
    Console.Error.WriteLine($"factlint: internal error: {e.GetType().Name}: {e.Message}");
    if (Environment.GetEnvironmentVariable("FACTLINT_DEBUG") == "1") Console.Error.WriteLine(e);
    else Console.Error.WriteLine("Set FACTLINT_DEBUG=1 for details, and please report it.");
    return ExitCodes.Internal;
}
finally
{
    try { stdout.Flush(); }
    catch (IOException) { /* stdout closed early (a pipe into head); nothing left to tell */ }
}
