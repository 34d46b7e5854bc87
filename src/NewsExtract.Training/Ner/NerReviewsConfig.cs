namespace NewsExtract.Training.Ner;

/// <summary>
/// Analysts' reviewed articles folded into NER training: the worker's state database they are read from, how many
/// times each reviewed article is repeated in the training data, whether only completely reviewed articles count, and
/// the evaluation sets whose articles never join the training data even when an analyst reviewed them.
/// </summary>
public sealed record NerReviewsConfig
{
    /// <summary>The worker's state database holding the records and review decisions.</summary>
    public string Database { get; init; } = Path.Combine("out", "state.db");

    /// <summary>Times each reviewed article appears in the training data (1 = once, like any corpus document).</summary>
    public int Weight { get; init; } = 1;

    /// <summary>Only articles an analyst marked as completely reviewed (else also those in progress, unreviewed mentions as extracted).</summary>
    public bool CompletedOnly { get; init; }

    /// <summary>
    /// Folders of evaluation articles (<c>*.json</c> envelopes with <c>text</c> and optional <c>url</c>): a reviewed
    /// article with the same text or URL as one of them is left out, so the scores on those sets stay honest. Folders
    /// that do not exist are passed over (a machine without the shared data). Default: the gold set and the shared agency-dev set
    /// (the same folders as the review exports' <c>EvaluationArticles.DefaultFolders</c>).
    /// </summary>
    public IReadOnlyList<string> EvaluationSets { get; init; } =
        [Path.Combine("corpus", "gold"), Path.Combine("..", "shared", "data", "agency-dev", "articles")];
}
