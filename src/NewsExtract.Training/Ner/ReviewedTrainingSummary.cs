namespace NewsExtract.Training.Ner;

/// <summary>
/// What reviewed articles added to a NER model's training data, for its model card, and how many reviewed articles
/// were left out because they belong to an evaluation set.
/// </summary>
public sealed record ReviewedTrainingSummary(NerReviewsConfig Reviews, int Articles, int Sentences, int Tokens, int Entities, int SkippedAsEvaluation = 0)
{
    /// <summary>The line naming the reviewed data among the model's training data.</summary>
    public string Describe() =>
        $"reviews:{Reviews.Database} ({Articles} articles, {Sentences} sentences{(Reviews.Weight > 1 ? $", ×{Reviews.Weight}" : "")}{(Reviews.CompletedOnly ? ", completed only" : "")}" +
        $"{(SkippedAsEvaluation > 0 ? $", {SkippedAsEvaluation} left out as evaluation articles" : "")})";
}
