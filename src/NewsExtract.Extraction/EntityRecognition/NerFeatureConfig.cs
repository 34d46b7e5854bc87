namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Which feature groups the recogniser computes and how large the hashed feature space is. Stored in the model so
/// tagging uses exactly the features the model was trained with.
/// </summary>
public sealed record NerFeatureConfig
{
    /// <summary>Number of hash bits: the feature space has 2^HashBits slots.</summary>
    public int HashBits { get; init; } = 20;

    /// <summary>Neighbouring words (lower-cased) at ±1 and ±2, and neighbouring shapes.</summary>
    public bool Window { get; init; } = true;

    /// <summary>Word bigrams (previous+current, current+next).</summary>
    public bool Bigrams { get; init; } = true;

    /// <summary>Prefixes and suffixes up to this length (0 disables them).</summary>
    public int AffixLength { get; init; } = 4;

    /// <summary>Gazetteer membership of the token and its neighbours (training-data lists and written facts).</summary>
    public bool Gazetteers { get; init; } = true;

    /// <summary>Label-free document features: other casings of the same word elsewhere in the article.</summary>
    public bool DocumentCasing { get; init; } = true;

    /// <summary>How the same word was tagged earlier in the article (predictions at run time, gold in training).</summary>
    public bool DocumentHistory { get; init; } = true;

    /// <summary>
    /// The neighbours of the same capitalised word's other occurrences in the article (context aggregation, Ratinov &amp;
    /// Roth 2009): "Kaplan" alone in one sentence borrows the "David" and "said" of its other mentions (words at ±1
    /// and ±2, shapes at ±1). Label-free, so the same in training and tagging. Off in models stored before it existed.
    /// </summary>
    public bool ContextAggregation { get; init; }

    /// <summary>Word-cluster ids (learned from unlabelled text) of the token and its neighbours, when the model has clusters.</summary>
    public bool Clusters { get; init; } = true;

    public int Mask => (1 << HashBits) - 1;
}
