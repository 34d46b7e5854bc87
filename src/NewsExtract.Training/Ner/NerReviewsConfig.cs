namespace NewsExtract.Training.Ner;

/// <summary>
/// Analysts' reviewed articles folded into NER training: the worker's state database they are read from, how many
/// times each reviewed article is repeated in the training data, and whether only completely reviewed articles count.
/// </summary>
public sealed record NerReviewsConfig
{
    /// <summary>The worker's state database holding the records and review decisions.</summary>
    public string Database { get; init; } = Path.Combine("out", "state.db");

    /// <summary>Times each reviewed article appears in the training data (1 = once, like any corpus document).</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Only articles an analyst marked as completely reviewed (else also those in progress, unreviewed mentions as extracted).</summary>
    public bool CompletedOnly { get; init; }
}
