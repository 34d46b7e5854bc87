namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>What a named-entity model is and how it was made: stored as <c>model.json</c> in the model zip.</summary>
public sealed record NerModelInfo
{
    /// <summary>Format version of the zip; loading refuses other values.</summary>
    public int FormatVersion { get; init; } = NerModel.CurrentFormatVersion;

    /// <summary>The model's name and version as recorded in <c>Document.Models["ner"]</c>, e.g. "newsextract-ner/1.0".</summary>
    public required string Version { get; init; }

    /// <summary>The type scheme the corpora were mapped to ("newsextract" or "conll").</summary>
    public required string Scheme { get; init; }

    /// <summary>Entity types in tag order.</summary>
    public required IReadOnlyList<string> Types { get; init; }

    public required NerFeatureConfig Features { get; init; }

    public string Trainer { get; init; } = "";

    /// <summary>The corpora the model was trained on (FORMAT:PATH as given, without machine-specific roots).</summary>
    public IReadOnlyList<string> TrainingData { get; init; } = [];

    public int Seed { get; init; }

    public DateTimeOffset CreatedUtc { get; init; }

    /// <summary>
    /// Annotation domains the model has domain-specific feature copies for (see <see cref="NerFeatureExtractor.Domain"/>);
    /// the product tags news copy with none of them and web writing with <c>web</c> when the model has it
    /// (<see cref="EntityRecognizer.DomainFor"/>).
    /// </summary>
    public IReadOnlyList<string> Domains { get; init; } = [];

    /// <summary>Whether the model has feature copies for this annotation domain.</summary>
    public bool HasDomain(string domain) => Domains.Contains(domain, StringComparer.Ordinal);

    /// <summary>Weights whose row maximum magnitude was below this were dropped when saving.</summary>
    public float PruneThreshold { get; init; }

    /// <summary>
    /// Tag-to-tag transition scores counted on the training data (what the previous tag says about starting another
    /// entity of its type; see the trainer's NerTransitionCounts): one row for the sentence start, then one per previous
    /// tag, each with a value per tag. Null for a model without them.
    /// </summary>
    public IReadOnlyList<float[]>? Transitions { get; init; }

    /// <summary>How much <see cref="Transitions"/> count beside the token scores when decoding (0: not at all).</summary>
    public float TransitionWeight { get; init; }
}
