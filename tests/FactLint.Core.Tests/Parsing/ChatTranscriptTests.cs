using FactLint.Core.Parsing;
using FactLint.Core.Text;

namespace FactLint.Core.Tests.Parsing;

public class ChatTranscriptTests
{
    [Fact]
    public void A_json_list_of_messages_is_one_conversation_numbered_from_1()
    {
        var conversation = Assert.Single(ChatTranscript.Read(new SourceText("chat.json", """
            [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Revenue?"}, {"role": "assistant", "content": "$9.73 billion."}]
            """)));
        Assert.Equal(["1", "2", "3"], conversation.Select(m => m.Id));
        Assert.Equal("$9.73 billion.", conversation[2].Content);
        Assert.True(conversation[2].IsAnswer);
        Assert.False(conversation[1].IsAnswer);
    }

    [Fact]
    public void A_messages_object_and_content_parts_are_read()
    {
        var conversation = Assert.Single(ChatTranscript.Read(new SourceText("chat.json", """
            {"model": "x", "messages": [{"role": "tool", "content": [{"type": "text", "text": "Staff: 1,204."}, {"type": "image_url", "image_url": {"url": "u"}}, {"type": "text", "text": "Sites: 38."}]}]}
            """)));
        Assert.Equal("Staff: 1,204.\n\nSites: 38.", Assert.Single(conversation).Content);
    }

    [Fact]
    public void Jsonl_has_one_conversation_per_line_and_ids_name_the_line()
    {
        var conversations = ChatTranscript.Read(new SourceText("chats.jsonl",
            "{\"messages\": [{\"role\": \"user\", \"content\": \"a\"}]}\n\n[{\"role\": \"user\", \"content\": \"b\"}, {\"role\": \"assistant\", \"content\": null}]\n"));
        Assert.Equal(2, conversations.Count);
        Assert.Equal(["3.1", "3.2"], conversations[1].Select(m => m.Id));
        Assert.Equal("", conversations[1][1].Content);
    }

    [Theory]
    [InlineData("chat.json", "{\"role\": ", "not a chat transcript: invalid JSON")]
    [InlineData("chat.json", "{\"name\": \"package\"}", "not a chat transcript: expected a list")]
    [InlineData("chat.json", "[{\"content\": \"no role\"}]", "message 1: not a chat transcript")]
    [InlineData("chats.jsonl", "[]\n[{\"content\": \"no role\"}]\n", "line 2: message 1: not a chat transcript")]
    public void Other_json_is_one_clear_problem(string path, string text, string problem)
    {
        var e = Assert.Throws<SourceReadException>(() => ChatTranscript.Read(new SourceText(path, text)));
        Assert.Equal(path, e.Path);
        Assert.StartsWith(problem, e.Problem);
    }
}
