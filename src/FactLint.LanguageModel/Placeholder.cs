namespace FactLint.LanguageModel; internal static class Placeholder {}
