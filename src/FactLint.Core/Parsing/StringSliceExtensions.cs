namespace FactLint.Core.Parsing;

internal static class StringSliceExtensions
{
    public static ReadOnlySpan<char> AsSpan(this Markdig.Helpers.StringSlice slice) =>
        slice.Text is null || slice.Length <= 0 ? ReadOnlySpan<char>.Empty : slice.Text.AsSpan(slice.Start, slice.Length);
}
