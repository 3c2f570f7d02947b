using FactLint.Core.Documents;

namespace FactLint.Core.Tests.Documents;

public class SourceOffsetMapTests
{
    [Fact]
    public void Plain_prose_is_one_run()
    {
        var block = TestDocuments.Parse("Revenue grew to $9.73 billion in the third quarter.\n").Blocks.Single();
        Assert.Equal(1, block.SourceOffsets.RunCount);
        Assert.Equal(block.Text.Length + 1, block.SourceOffsets.Count);
    }

    [Fact]
    public void Markup_starts_a_new_run_and_every_index_maps_to_its_source_character()
    {
        const string markdown = "A **bold** claim, an \\* escape, `code` and [a link](https://example.com) of 1,240 nodes.\n";
        var block = TestDocuments.Parse(markdown).Blocks.Single();
        Assert.True(block.SourceOffsets.RunCount > 1);
        for (int i = 0; i < block.Text.Length; i++)
            if (block.Text[i] != ProsePlaceholder.Opaque)
                Assert.Equal(block.Text[i], markdown[block.SourceOffsets[i]]);
        // The extra entry maps the end: just past the last character.
        Assert.Equal(block.SourceOffsets[block.Text.Length - 1] + 1, block.SourceOffsets[block.Text.Length]);
    }

    [Fact]
    public void Enumerating_gives_what_the_indexer_gives()
    {
        var block = TestDocuments.Parse("Some *emphasis*, a line\nbreak &amp; an entity.\n").Blocks.Single();
        Assert.Equal(Enumerable.Range(0, block.SourceOffsets.Count).Select(i => block.SourceOffsets[i]), block.SourceOffsets);
    }

    [Fact]
    public void An_index_outside_the_map_is_refused()
    {
        var offsets = TestDocuments.Parse("Text.\n").Blocks.Single().SourceOffsets;
        Assert.Throws<ArgumentOutOfRangeException>(() => offsets[offsets.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => offsets[-1]);
    }
}
