using FactLint.Core.Surprisal;
using FactLint.LanguageModel.Execution;
using FactLint.LanguageModel.Manifest;
using FactLint.LanguageModel.Tokenization;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace FactLint.LanguageModel.Scoring;

/// <summary>
/// Scores text with a causal language model exported to ONNX: tokenizes, runs overlapping windows in
/// batches, and turns the logit row before each token into -log2 p(token | left context) and the token's rank.
/// Thread-safe: concurrent <see cref="Score"/> calls share one ONNX Runtime session.
/// </summary>
public sealed partial class OnnxSurprisalScorer : ISurprisalScorer
{
    private readonly InferenceSession _session;
    private readonly GraphContract _graph;
    private readonly int _vocab;
    private readonly int _batchSize;
    private readonly int _batchTokens;

    private OnnxSurprisalScorer(ModelManifest manifest, string sha256, ModelTokenizer tokenizer, InferenceSession session,
        GraphContract graph, string device, int contextLength, int overlap, int batchSize, int batchTokens)
    {
        Manifest = manifest;
        Tokenizer = tokenizer;
        _session = session;
        _graph = graph;
        _vocab = manifest.VocabSize;
        _batchSize = batchSize;
        _batchTokens = batchTokens;
        ContextLength = contextLength;
        WindowOverlap = overlap;
        Info = new ScorerInfo(manifest.Name, sha256, device);
    }

    public ScorerInfo Info { get; }
    public ModelManifest Manifest { get; }
    public ModelTokenizer Tokenizer { get; }
    public int ContextLength { get; }
    public int WindowOverlap { get; }
    /// <summary>The inputs and outputs fed; <see cref="GraphContract.LogitPositions"/> says whether logits are computed only where read.</summary>
    public GraphContract Graph => _graph;

    /// <summary>Everything besides the model and text that changes scores; part of the cache key.</summary>
    public string SettingsFingerprint => $"ctx={ContextLength};overlap={WindowOverlap};bos={Tokenizer.BosId?.ToString() ?? "none"}";

    /// <summary>Loads the model folder (model.yaml, ONNX file, tokenizer), verifying checksum, graph and vocabulary.</summary>
    /// <exception cref="ModelLoadException">The folder or one of its files is missing or invalid.</exception>
    /// <exception cref="InvalidOperationException">Device <see cref="ExecutionDevice.Cuda"/> was requested but is unavailable.</exception>
    public static OnnxSurprisalScorer Load(string modelDirectory, ScorerOptions? options = null)
    {
        options ??= ScorerOptions.Default;
        var manifest = ModelManifest.Load(modelDirectory);
        var sha = ModelIntegrity.Verify(manifest);

        int context = options.ContextLength ?? manifest.ContextLength;
        if (context < 2 || context > manifest.ContextLength)
            throw new ArgumentOutOfRangeException(nameof(options), $"context length {context} must be in [2, {manifest.ContextLength}] for {manifest.Name}");
        int overlap = options.WindowOverlap ?? context / 2;
        if (overlap < 1 || overlap >= context)
            throw new ArgumentOutOfRangeException(nameof(options), $"window overlap {overlap} must be in [1, {context})");
        if (options.BatchSize < 1) throw new ArgumentOutOfRangeException(nameof(options), "batch size must be at least 1");
        if (options.BatchTokens < 1) throw new ArgumentOutOfRangeException(nameof(options), "batch tokens must be at least 1");

        // The tokenizer loads on another thread while ONNX Runtime builds the session: each is about a tenth of a
        // second of a cold run's start-up, and nothing else runs while the scorer loads.
        var tokenizerLoad = Task.Run(() =>
        {
            var t = TokenizerFactory.Create(manifest.Tokenizer);
            if (t.VocabularySize > manifest.VocabSize)
                throw new ModelLoadException(manifest.Tokenizer.File ?? manifest.Tokenizer.Vocab!,
                    $"tokenizer has {t.VocabularySize} tokens but the model's vocab_size is {manifest.VocabSize}");
            return t;
        });
        InferenceSession session;
        string device;
        try
        {
            (session, device) = CreateSession(manifest, options);
        }
        catch
        {
            // A broken tokenizer is reported first, as when it loaded before the session.
            try { tokenizerLoad.Wait(); }
            catch (AggregateException e) when (e.InnerException is ModelLoadException tokenizerError)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(tokenizerError);
            }
            throw;
        }
        try
        {
            var tokenizer = tokenizerLoad.GetAwaiter().GetResult();
            var graph = GraphContract.Resolve(session, manifest);
            return new OnnxSurprisalScorer(manifest, sha, tokenizer, session, graph, device, context, overlap, options.BatchSize, options.BatchTokens);
        }
        catch
        {
            session.Dispose();
            throw;
        }
    }

    private static (InferenceSession Session, string Device) CreateSession(ModelManifest manifest, ScorerOptions options)
    {
        var (sessionOptions, device) = ExecutionProviderSelector.Create(options.Device, options.Threads, options.Verbose);
        using (sessionOptions)
        {
            try
            {
                return (new InferenceSession(manifest.OnnxPath, sessionOptions), device);
            }
            catch (OnnxRuntimeException e)
            {
                throw new ModelLoadException(manifest.OnnxPath, $"not a loadable ONNX model: {e.Message.Split('\n')[0]}", e);
            }
        }
    }

    public IReadOnlyList<TokenSurprisal> Score(string text, CancellationToken cancellationToken = default) =>
        ScoreDetailed(text, cancellationToken).Tokens;

    public ScoredText ScoreDetailed(string text, CancellationToken cancellationToken = default) =>
        ScoreAll([text], cancellationToken)[0];

    public IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        ScoreAll(texts, cancellationToken).Select(s => s.Tokens).ToList();

    /// <summary>Scores only the tokens each caller reads (those ending after <paramref name="scoreFrom"/>[i]); the rest is context.</summary>
    public IReadOnlyList<IReadOnlyList<TokenSurprisal>> ScoreMany(IReadOnlyList<string> texts, IReadOnlyList<int> scoreFrom, CancellationToken cancellationToken = default) =>
        ScoreAll(texts, scoreFrom, cancellationToken).Select(s => s.Tokens).ToList();

    /// <summary>Scores each text on its own; windows of all texts share model calls, grouped by length to keep padding small.</summary>
    public IReadOnlyList<ScoredText> ScoreAll(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        ScoreAll(texts, null, cancellationToken);

    /// <summary>As <see cref="ScoreAll(IReadOnlyList{string}, CancellationToken)"/>, scoring per text only the tokens that end after
    /// character <paramref name="scoreFrom"/>[i]: earlier tokens are context, left out of <see cref="ScoredText.Tokens"/>
    /// (<see cref="ScoredText.TokenIds"/> keeps them all). Null scores every token.</summary>
    public IReadOnlyList<ScoredText> ScoreAll(IReadOnlyList<string> texts, IReadOnlyList<int>? scoreFrom, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        if (scoreFrom is not null && scoreFrom.Count != texts.Count)
            throw new ArgumentException($"{scoreFrom.Count} start offsets for {texts.Count} texts", nameof(scoreFrom));
        int offset = Tokenizer.BosId is null ? 0 : 1;
        var sequences = new Sequence[texts.Count];
        var work = new List<Job>();
        for (int s = 0; s < texts.Count; s++)
        {
            ArgumentNullException.ThrowIfNull(texts[s]);
            var encoded = Tokenizer.Encode(texts[s]);
            var ids = new int[encoded.Count + offset];
            if (Tokenizer.BosId is { } bos) ids[0] = bos;
            encoded.Ids.CopyTo(ids, offset);
            int firstToken = 0;
            if (scoreFrom is not null)
                while (firstToken < encoded.Count && encoded.Ends[firstToken] <= scoreFrom[s]) firstToken++;
            // bits[i] and ranks[i] belong to ids[i]; position 0 is never a target.
            var sequence = new Sequence(encoded, ids, new double[ids.Length], new int[ids.Length], firstToken);
            sequences[s] = sequence;
            foreach (var window in WindowPlanner.Plan(ids.Length, ContextLength, WindowOverlap))
            {
                // Windows are planned as for the whole text, so a read token's context does not depend on scoreFrom.
                int from = Math.Max(window.FirstTarget, firstToken + offset);
                if (from < window.EndTarget) work.Add(new Job(sequence, window, from));
            }
        }

        // Longest first: a batch pads to its first window's length.
        work.Sort((a, b) => b.Window.Length.CompareTo(a.Window.Length));
        for (int i = 0; i < work.Count;)
        {
            cancellationToken.ThrowIfCancellationRequested();
            // The token budget bounds the padded positions per call (and so the logits buffer).
            int count = 1, longest = work[i].Window.Length;
            while (i + count < work.Count && count < _batchSize && (count + 1) * longest <= Math.Max(_batchTokens, longest)) count++;
            RunBatch(work, i, count, longest);
            i += count;
        }

        var results = new ScoredText[texts.Count];
        for (int s = 0; s < texts.Count; s++)
        {
            var (encoded, _, bits, ranks, firstToken) = sequences[s];
            var tokens = new TokenSurprisal[encoded.Count - firstToken];
            for (int i = firstToken; i < encoded.Count; i++)
            {
                // Without a BOS token the first token has no context: score it as uniform over the vocabulary.
                bool first = i + offset == 0;
                tokens[i - firstToken] = new TokenSurprisal(encoded.Starts[i], encoded.Ends[i], first ? Math.Log2(_vocab) : bits[i + offset], first ? _vocab : ranks[i + offset]);
            }
            results[s] = new ScoredText(encoded.Ids, tokens);
        }
        return results;
    }

    private sealed record Sequence(TokenizedText Encoded, int[] Ids, double[] Bits, int[] Ranks, int FirstToken);

    /// <summary>One window of a sequence; it reports targets [From, Window.EndTarget).</summary>
    private readonly record struct Job(Sequence Sequence, ScoringWindow Window, int From);

    public void Dispose() => _session.Dispose();
}
