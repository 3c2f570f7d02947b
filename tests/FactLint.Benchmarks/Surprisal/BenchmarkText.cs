namespace FactLint.Benchmarks.Surprisal;

/// <summary>A deterministic English-like Markdown text with numbers, dates and versions, for timing.</summary>
internal static class BenchmarkText
{
    private static readonly string[] Subjects = ["Revenue", "The survey", "PostgreSQL", "The city council", "Our benchmark", "The report", "Median latency", "The new release"];
    private static readonly string[] Verbs = ["rose by", "fell to", "reached", "was measured at", "stayed near", "doubled to", "dropped below"];
    private static readonly string[] Units = ["%", " million euros", " ms", " users", " GB", " percent", " requests per second"];
    private static readonly string[] Tails = ["in the third quarter.", "according to the 2023 annual report.", "after version 15.2 shipped.", "since January 2021.", "across 12 regions.", "in Zürich and Genève."];

    public static string Generate(int sentences, int seed = 42)
    {
        var random = new Random(seed);
        var sb = new System.Text.StringBuilder("# Quarterly notes\n\n");
        for (int i = 0; i < sentences; i++)
        {
            double value = Math.Round(random.NextDouble() * 1000, random.Next(0, 3));
            sb.Append($"{Subjects[random.Next(Subjects.Length)]} {Verbs[random.Next(Verbs.Length)]} {value.ToString(System.Globalization.CultureInfo.InvariantCulture)}{Units[random.Next(Units.Length)]} {Tails[random.Next(Tails.Length)]} ");
            if (i % 6 == 5) sb.Append("\n\n");
        }
        return sb.ToString();
    }
}
