namespace FactLint.LanguageModel;

/// <summary>
/// A model folder that cannot be used: missing file, bad manifest, checksum mismatch, invalid ONNX,
/// unexpected inputs/outputs, tokenizer/model mismatch. The message is one line naming the file and the problem.
/// </summary>
public sealed class ModelLoadException : Exception
{
    public ModelLoadException(string path, string problem, Exception? inner = null)
        : base($"{path}: {problem}", inner)
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The file or folder at fault.</summary>
    public string Path { get; }

    /// <summary>What is wrong with it, without the path.</summary>
    public string Problem { get; }
}
