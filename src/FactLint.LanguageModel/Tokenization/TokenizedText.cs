namespace FactLint.LanguageModel.Tokenization;

/// <summary>Token ids of a text and each token's character span [Start, End) in that text.</summary>
public sealed record TokenizedText(int[] Ids, int[] Starts, int[] Ends)
{
    public int Count => Ids.Length;
}
