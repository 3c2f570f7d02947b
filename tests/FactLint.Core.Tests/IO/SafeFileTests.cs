using FactLint.Core.IO;

namespace FactLint.Core.Tests.IO;

public sealed class SafeFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factlint-safefile-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(4097)]
    [InlineData(3_000_001)]
    public void One_stat_gives_the_kind_and_the_same_length_as_FileInfo(int bytes)
    {
        var path = Path.Combine(_dir, $"f{bytes}.md");
        File.WriteAllBytes(path, new byte[bytes]);
        var kind = SafeFile.KindOf(path, out var length);
        Assert.Equal(FileKind.Regular, kind);
        // Where the platform has no stat shim (Windows), the length is left to FileInfo.
        if (length is { } known) Assert.Equal(new FileInfo(path).Length, known);
        else Assert.True(OperatingSystem.IsWindows());
    }

    [Fact]
    public void A_folder_or_a_missing_path_has_no_length()
    {
        Assert.Equal(FileKind.Directory, SafeFile.KindOf(_dir, out var folder));
        Assert.Null(folder);
        Assert.Equal(FileKind.Missing, SafeFile.KindOf(Path.Combine(_dir, "gone.md"), out var missing));
        Assert.Null(missing);
    }

    [Fact]
    public void The_readable_length_is_the_files_length_null_when_missing_and_a_refusal_for_a_folder()
    {
        var path = Path.Combine(_dir, "a.md");
        File.WriteAllText(path, "12345");
        Assert.Equal(5, SafeFile.ReadableLength(path));
        Assert.Null(SafeFile.ReadableLength(Path.Combine(_dir, "gone.md")));
        Assert.Equal("a folder, not a file", Assert.Throws<RefusedFileException>(() => SafeFile.ReadableLength(_dir)).Message);
    }
}
