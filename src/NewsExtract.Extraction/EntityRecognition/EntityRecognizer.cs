using System.Collections.Concurrent;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Language;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The statistical named-entity recogniser as a pipeline component ("ner"): tags <see cref="Document.Tokens"/>
/// sentence by sentence with a trained <see cref="NerModel"/> and adds one <see cref="EntitySpan"/> per entity, with
/// labels from <see cref="EntityLabels"/>. A document the register detector judged web writing is tagged in the
/// model's web domain where it has one (<see cref="DomainFor"/>). Safe to share across threads (each thread borrows its own tagger).
/// </summary>
public sealed class EntityRecognizer : IPipelineComponent
{
    public const string ComponentName = "ner";

    private readonly NerModel _model;
    private readonly string[] _outputLabels;
    private readonly ConcurrentBag<NerTagger> _taggers = [];
    private readonly ConcurrentBag<int[]> _tagBuffers = [];

    public EntityRecognizer(NerModel model)
    {
        _model = model;
        _outputLabels = new string[model.Labels.Types.Count];
        for (int t = 0; t < _outputLabels.Length; t++) _outputLabels[t] = ToEntityLabel(model.Labels.Types[t]);
    }

    private static readonly Lazy<EntityRecognizer> Default = new(() =>
    {
        string path = NerModel.FindDefault()
            ?? throw new FileNotFoundException($"The default NER model models/ner/{NerModel.DefaultFileName} was not found beside the program or above it.");
        return new EntityRecognizer(NerModel.Load(path));
    });

    /// <summary>The recogniser with the shipped default model, loaded once per process; a clear error when it cannot be found.</summary>
    public static EntityRecognizer LoadDefault() => Default.Value;

    public string Name => ComponentName;

    public NerModel Model => _model;

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        document.Models[ComponentName] = _model.Info.Version;
        if (document.Tokens.Count == 0 || document.Sentences.Count == 0) return;
        var tagger = _taggers.TryTake(out var t) ? t : new NerTagger(_model);
        if (!_tagBuffers.TryTake(out var tags) || tags.Length < document.Tokens.Count)
            tags = new int[Math.Max(document.Tokens.Count, 1024)];
        try
        {
            tagger.Domain = DomainFor(_model, document.Register);
            tagger.Tag(document.Text, document.Tokens, document.Sentences, tags);
            AddSpans(document, tags);
        }
        finally
        {
            _taggers.Add(tagger);
            _tagBuffers.Add(tags);
        }
    }

    /// <summary>
    /// The annotation domain to tag a document of this register in: web writing in the model's web domain when it
    /// learned one (its conventions: restaurants and shops as places, lower-case names), anything else with the
    /// shared weights.
    /// </summary>
    public static string? DomainFor(NerModel model, string? register) =>
        register == TextRegisters.Web && model.Info.HasDomain(TextRegisters.Web) ? TextRegisters.Web : null;

    /// <summary>Maps a model type name to an <see cref="EntityLabels"/> name (CoNLL-style short names included).</summary>
    public static string ToEntityLabel(string type) => type switch
    {
        "PER" or "PERSON" => EntityLabels.Person,
        "ORG" or "ORGANIZATION" => EntityLabels.Organization,
        "LOC" or "LOCATION" => EntityLabels.Location,
        "GPE" => EntityLabels.Gpe,
        "NORP" => EntityLabels.Norp,
        "DATE" => EntityLabels.Date,
        "EVENT" => EntityLabels.Event,
        _ => EntityLabels.Misc,
    };

    private void AddSpans(Document document, int[] tags)
    {
        var labels = _model.Labels;
        var tokens = document.Tokens;
        foreach (var sentence in document.Sentences)
        {
            int i = sentence.FirstToken;
            while (i < sentence.EndToken)
            {
                int type = labels.TypeOf(tags[i]);
                if (type < 0) { i++; continue; }
                int start = i++;
                while (i < sentence.EndToken && labels.IsInside(tags[i]) && labels.TypeOf(tags[i]) == type) i++;
                document.EntitySpans.Add(new EntitySpan(tokens[start].Start, tokens[i - 1].End, start, i - start,
                    _outputLabels[type], ComponentName));
            }
        }
    }
}
