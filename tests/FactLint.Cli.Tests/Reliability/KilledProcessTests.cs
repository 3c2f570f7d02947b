using System.Text.Json;

namespace FactLint.Cli.Tests.Reliability;

/// <summary>Issue 7, durability: a <c>factlint baseline</c> killed at any moment leaves the old baseline or the new one, never a mix.</summary>
public sealed class KilledProcessTests
{
    [Fact]
    public void BaselineKilledMidRun_LeavesOldOrNewContent()
    {
        if (OperatingSystem.IsWindows()) return;
        using var dir = new TempDir();
        var figures = string.Join(" ", Enumerable.Range(1, 20).Select(i => $"We had {i},{i:D3} users."));
        for (int f = 0; f < 300; f++) dir.Write($"docs/f{f:D3}.md", figures + "\n");
        const string old = "{\n  \"version\": 1,\n  \"findings\": []\n}\n";
        var path = dir.Write(".factlint-baseline.json", old);

        // A full run first, to learn how long one takes and what the new content is.
        var full = CliProcess.Run(dir.Path, "baseline", "--no-model", "docs");
        Assert.Equal(0, full.ExitCode);
        var fresh = File.ReadAllText(path);
        Assert.Equal(300 * 20, JsonDocument.Parse(fresh).RootElement.GetProperty("findings").GetArrayLength());

        var random = new Random(11);
        int sawOld = 0, sawNew = 0;
        for (int attempt = 0; attempt < 6; attempt++)
        {
            File.WriteAllText(path, old);
            using var process = CliProcess.Start(dir.Path, "baseline", "--no-model", "docs");
            // Kill somewhere between start-up and a little after the end of a normal run.
            Thread.Sleep(TimeSpan.FromMilliseconds(full.Elapsed.TotalMilliseconds * random.NextDouble() * 1.1));
            try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
            process.WaitForExit();
            var content = File.ReadAllText(path);
            if (content == old) sawOld++;
            else { Assert.Equal(fresh, content); sawNew++; }
        }
        Assert.Equal(6, sawOld + sawNew);
    }
}
