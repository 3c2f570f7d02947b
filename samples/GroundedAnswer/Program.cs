// Checks an answer against the passages it was generated from, as an app would before showing it.
//   dotnet run -- [answer.md] [context.md ...]      (default: the answer and context beside this file)
// Exit code: 0 when every figure, date and quote of the answer is in the context, 1 when not.
using FactLint.Core.Engine;

var answerPath = args.Length > 0 ? args[0] : "answer.md";
var contextPaths = args.Length > 1 ? args[1..] : ["context.md"];

var answer = await File.ReadAllTextAsync(answerPath);
var passages = new List<string>();
foreach (var path in contextPaths) passages.Add(await File.ReadAllTextAsync(path));

var report = await FactLintChecker.CheckAsync(answer, new CheckRequest { Context = passages, Name = answerPath });

foreach (var finding in report.Findings)
{
    Console.WriteLine($"{answerPath}:{finding.StartPosition}: {finding.Code} {finding.Message}");
    Console.WriteLine($"  answer text [{finding.Start}..{finding.End}): {answer[finding.Start..finding.End]}");
    foreach (var note in finding.Notes) Console.WriteLine($"  = {note}");
}
Console.WriteLine(report.Passed
    ? $"Grounded: all {report.ClaimCount} claim(s) are in the context."
    : $"Not grounded: {report.Findings.Count} finding(s) in {report.ClaimCount} claim(s); do not show this answer as is.");
return report.Passed ? 0 : 1;
