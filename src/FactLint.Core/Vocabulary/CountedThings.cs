namespace FactLint.Core.Vocabulary;

/// <summary>
/// The words that decide whether a number word counts things in the world (<c>two head coaches</c>) or the document's own
/// things (<c>two options</c>); read by the count detector. Add a noun here when a document's own kind of thing is
/// reported as a count.
/// </summary>
public static class CountedThings
{
    /// <summary>What a hyphen joins to a number word to make a count: "a five-man sprint", "their two-year history", "a four-time champion".</summary>
    public static readonly IReadOnlyList<string> HyphenUnits =
        ["year", "month", "week", "day", "hour", "man", "woman", "person", "member", "player", "time", "game", "match", "race",
         "season", "term", "seat", "story", "storey", "level", "lane", "mile", "point", "round", "hole", "part", "volume"];

    // Plural nouns that count the document's own things or a manner, not things in the world: "two options", "three steps".
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> OwnThings = new HashSet<string>(
        ["ways", "steps", "options", "kinds", "types", "sorts", "things", "parts", "sections", "chapters", "examples", "reasons",
         "tips", "ideas", "factors", "methods", "approaches", "strategies", "points", "questions", "answers", "items", "categories",
         "stages", "phases", "rules", "principles", "benefits", "advantages", "disadvantages", "aspects", "arguments", "parameters",
         "values", "fields", "columns", "rows", "modes", "levels", "times", "words", "letters", "characters", "lines", "cases",
         "choices", "components", "elements", "features", "functions", "commands", "files", "variables", "versions", "tests",
         "modules", "packages", "classes", "objects", "properties", "keys", "bits", "bytes", "cells", "pages", "paragraphs",
         "sentences", "numbers", "digits", "decimals", "places", "spaces", "tabs", "hooks", "plugins", "formats",
         "layers", "outputs", "inputs", "results", "criteria", "requirements", "dependencies", "errors", "warnings", "issues",
         // An answer's own advice: "here are five suggestions".
         "suggestions", "recommendations", "alternatives", "possibilities", "solutions", "scenarios", "techniques", "practices",
         "considerations", "guidelines", "measures", "actions", "goals", "objectives", "resources", "habits", "lessons",
         "takeaways", "highlights", "exercises", "activities", "notes", "differences", "similarities", "characteristics",
         // Software's own things, for docs read under the prose profile: "two threads", "three backticks".
         "links", "headers", "threads", "branches", "builds", "backticks", "calls", "backends", "frontends", "runs", "processes",
         "requests", "responses", "servers", "clients", "nodes", "instances", "workers", "jobs", "tasks", "buffers", "flags",
         "settings", "directories", "folders", "paths", "scripts", "images", "containers", "ports", "endpoints", "routes",
         "handlers", "callbacks", "events", "messages", "tokens", "sessions", "connections", "streams", "queries", "tables",
         "indexes", "caches", "libraries", "tools", "platforms", "browsers", "devices", "machines", "cores", "repositories",
         "repos", "sources", "pieces", "bugs", "patches", "fixes", "releases", "commits", "stars", "entries",
         "this", "thus", "plus", "less", "always", "perhaps", "whereas", "besides", "towards", "afterwards", "sometimes", "others",
         "ones"],
        StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether a plural noun names the document's, the software's or an answer's own things.</summary>
    public static bool IsOwnThing(ReadOnlySpan<char> plural) => OwnThings.Contains(plural);
}
