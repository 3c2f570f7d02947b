using FactLint.LanguageModel.Locating;

namespace FactLint.LanguageModel.Tests;

/// <summary>
/// A fact that needs the default model (models/factlint-tiny with reference.json, found by
/// <see cref="ModelLocator"/>); skipped with the reason when the model is not in this checkout.
/// </summary>
public sealed class DefaultModelFactAttribute : FactAttribute
{
    public DefaultModelFactAttribute()
    {
        if (ModelDirectory is null)
            Skip = $"default model not found ({ModelLocator.DefaultModelRelativePath}/model.yaml with reference.json; it arrives from branch 'model', or set {ModelLocator.EnvironmentVariable})";
    }

    public static string? ModelDirectory
    {
        get
        {
            var dir = ModelLocator.Find();
            return dir is not null && File.Exists(Path.Combine(dir, "model.yaml")) && File.Exists(Path.Combine(dir, "reference.json")) ? dir : null;
        }
    }
}
