namespace NewsExtract.Training.Ner;

/// <summary>What reviewed articles added to a NER model's training data, for its model card.</summary>
public sealed record ReviewedTrainingSummary(NerReviewsConfig Reviews, int Articles, int Sentences, int Tokens, int Entities)
{
    /// <summary>The line naming the reviewed data among the model's training data.</summary>
    public string Describe() =>
        $"reviews:{Reviews.Database} ({Articles} articles, {Sentences} sentences{(Reviews.Weight > 1 ? $", ×{Reviews.Weight}" : "")}{(Reviews.CompletedOnly ? ", completed only" : "")})";
}
