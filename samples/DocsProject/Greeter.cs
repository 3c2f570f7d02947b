namespace DocsProject;

/// <summary>Something for the docs to describe.</summary>
public static class Greeter
{
    public static string Greet(string name) => $"Hello, {name}!";
}
