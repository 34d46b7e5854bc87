using NewsExtract.Review.Export;
using NewsExtract.Storage.Review;
using NewsExtract.Worker.Hosting;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Worker.Reviews;

/// <summary>
/// Turns analysts' reviewed articles into NER training documents: the articles are written in memory by the CoNLL
/// review exporter (PER/ORG/LOC after the decisions, tokenised by the extraction pipeline) and read back by the CoNLL
/// corpus reader, which maps the types into the model's scheme (PERSON/ORGANIZATION/LOCATION for the product's).
/// Reviewed articles that belong to an evaluation set (<see cref="NerReviewsConfig.EvaluationSets"/>) are left out:
/// training on them would make the scores measured there meaningless.
/// </summary>
public static class ReviewedNerTrainingData
{
    /// <summary>
    /// The reviewed articles as training documents, each repeated <see cref="NerReviewsConfig.Weight"/> times, and a
    /// summary for the model card. Throws <see cref="FileNotFoundException"/> when the database is missing and
    /// <see cref="InvalidDataException"/> when it holds no reviewed articles, or only ones from evaluation sets.
    /// </summary>
    public static (List<AnnotatedDocument> Documents, ReviewedTrainingSummary Summary) Load(NerReviewsConfig reviews, TypeScheme scheme)
    {
        if (reviews.Weight < 1) throw new ArgumentException($"The reviews weight must be at least 1, not {reviews.Weight}.");
        // In cluster mode (NewsExtract__Store=postgres) the reviews are in the cluster's database, not in a file.
        var postgres = ReviewStoreSelection.PostgresConnectionString(out var settingsError);
        if (settingsError is not null) throw new ArgumentException(settingsError);
        if (postgres is null && !File.Exists(reviews.Database))
            throw new FileNotFoundException($"No state database at {Path.GetFullPath(reviews.Database)} to read reviewed articles from (--reviews-db).", reviews.Database);

        List<ReviewedArticle> reviewed;
        using (var storage = postgres is null ? ReviewStorage.Sqlite(reviews.Database) : ReviewStorage.Postgres(postgres))
            reviewed = ReviewedArticles.Load(storage, reviews.CompletedOnly).ToList();
        if (reviewed.Count == 0)
            throw new InvalidDataException($"{reviews.Database} holds no {(reviews.CompletedOnly ? "completely " : "")}reviewed articles: review some with `newsextract review` first.");
        var evaluation = EvaluationArticles.Load(reviews.EvaluationSets);
        var (articles, skipped) = evaluation.Without(reviewed);
        if (articles.Count == 0)
            throw new InvalidDataException(
                $"All {reviewed.Count} reviewed article{(reviewed.Count == 1 ? " in " + reviews.Database + " is" : "s in " + reviews.Database + " are")} in an evaluation set " +
                $"({string.Join(", ", evaluation.Folders)}); they never join the training data, or the scores measured there would mean nothing.");

        var conll = new StringWriter { NewLine = "\n" };
        // A StringWriter completes synchronously, so waiting here blocks nothing.
        ConllReviewWriter.WriteAsync(conll, articles, CancellationToken.None, PipelineSentences.Split).GetAwaiter().GetResult();
        var read = ConllReader.Read(new StringReader(conll.ToString()), raw => scheme.Map(CorpusFormat.Conll, raw), "reviews");

        var documents = new List<AnnotatedDocument>(read.Count * reviews.Weight);
        for (int copy = 0; copy < reviews.Weight; copy++) documents.AddRange(read);
        var summary = new ReviewedTrainingSummary(reviews, articles.Count,
            read.Sum(d => d.Sentences.Count), read.Sum(d => d.TokenCount),
            read.Sum(d => d.Sentences.Sum(s => IobTags.Spans(s.Tags).Count)), skipped);
        return (documents, summary);
    }
}
