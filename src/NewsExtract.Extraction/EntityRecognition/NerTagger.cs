using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Tags the tokens of whole documents with one model: features → linear scores → constrained Viterbi, sentence by
/// sentence, feeding each sentence's tags to the document-history features of the next. One instance per thread;
/// its buffers are reused, so tagging allocates nothing per token.
/// </summary>
public sealed class NerTagger
{
    private readonly NerModel _model;
    private readonly NerFeatureExtractor _extractor;
    private readonly LinearTokenScorer _scorer;
    private readonly ViterbiDecoder _decoder;
    private readonly FeatureBuffer _features = new();
    private float[] _scores = new float[1024];
    private int[] _sentenceTags = new int[128];
    private int[] _sentenceTypes = new int[128];

    public NerTagger(NerModel model)
    {
        _model = model;
        _extractor = new NerFeatureExtractor(model.Features, model.Gazetteer, model.Clusters);
        _scorer = new LinearTokenScorer(model.ScoringRows, model.Biases);
        _decoder = new ViterbiDecoder(model.Labels, model.WeightedTransitions());
    }

    public NerModel Model => _model;

    /// <summary>
    /// The annotation domain to tag in (one of the model's <see cref="NerModelInfo.Domains"/>), or null for the shared
    /// weights alone, as the product tags news copy (web writing it tags in the web domain: see <see cref="EntityRecognizer.DomainFor"/>). A domain the model does not know is refused.
    /// </summary>
    public string? Domain
    {
        get => _extractor.Domain;
        set
        {
            if (value is not null && !_model.Info.HasDomain(value))
                throw new ArgumentException($"The model {_model.Info.Version} has no domain '{value}' (it has: {(_model.Info.Domains.Count == 0 ? "none" : string.Join(", ", _model.Info.Domains))}).", nameof(value));
            _extractor.Domain = value;
        }
    }

    /// <summary>
    /// Writes a tag index (see <see cref="NerLabelSet"/>) for every token of the document into <paramref name="tags"/>
    /// (length ≥ tokens.Count). Tokens outside every sentence get O.
    /// </summary>
    public void Tag(string text, IReadOnlyList<Token> tokens, IReadOnlyList<Sentence> sentences, Span<int> tags)
    {
        tags[..tokens.Count].Clear();
        _extractor.BeginDocument(text, tokens, sentences);
        int k = _model.Labels.Count;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int n = sentence.TokenCount;
            if (n == 0) continue;
            if (_scores.Length < n * k) _scores = new float[Math.Max(n * k, _scores.Length * 2)];
            if (_sentenceTags.Length < n)
            {
                _sentenceTags = new int[Math.Max(n, _sentenceTags.Length * 2)];
                _sentenceTypes = new int[_sentenceTags.Length];
            }
            _extractor.Extract(sentence, _features);
            _scorer.Score(_features, _scores);
            _decoder.Decode(_scores.AsSpan(0, n * k), n, _sentenceTags);
            for (int i = 0; i < n; i++)
            {
                int tag = _sentenceTags[i];
                tags[sentence.FirstToken + i] = tag;
                _sentenceTypes[i] = _model.Labels.TypeOf(tag);
            }
            _extractor.Remember(sentence, _sentenceTypes.AsSpan(0, n));
        }
    }
}
