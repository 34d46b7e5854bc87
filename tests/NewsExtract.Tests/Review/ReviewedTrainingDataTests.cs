using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;
using NewsExtract.Worker.Reviews;

namespace NewsExtract.Tests.Review;

public sealed class ReviewedTrainingDataTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _db;
    private readonly SqliteReviewStore _store;

    public ReviewedTrainingDataTests()
    {
        _db = _dir.File("state.db");
        ReviewSample.Seed(_db, ReviewSample.Record());
        _store = new SqliteReviewStore(_db);
    }

    public void Dispose() => _dir.Dispose();

    private void Decide(string action, string target, Func<ReviewDecision, ReviewDecision>? change = null)
    {
        var decision = ReviewSample.Decision(action, target);
        _store.Add(change is null ? decision : change(decision));
    }

    /// <summary>The analyst rejects an official, widens an organisation's span to take in "The", and retypes a person.</summary>
    private void Review()
    {
        Decide(ReviewActions.Reject, ReviewSample.Key("official", "Ilham Aliyev"));
        var widened = ReviewSample.M("The State Oil Company of Azerbaijan");
        Decide(ReviewActions.Correct, ReviewSample.Key("organization", "State Oil Company of Azerbaijan"), d => d with { Start = widened.Start, End = widened.End });
        Decide(ReviewActions.Correct, ReviewSample.Key("person", "Rauf Mammadov"), d => d with { Type = "organization" });
    }

    private static string[] TagsOf(List<AnnotatedDocument> documents, params string[] words)
    {
        foreach (var sentence in documents.SelectMany(d => d.Sentences))
            for (int i = 0; i + words.Length <= sentence.Count; i++)
                if (words.Select((w, n) => sentence.Words[i + n] == w).All(x => x))
                    return sentence.Tags[i..(i + words.Length)];
        throw new InvalidOperationException($"'{string.Join(' ', words)}' is in no training sentence.");
    }

    [Fact]
    public void Reviewed_entities_become_training_tags_in_the_models_types()
    {
        Review();
        var (documents, summary) = ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _db }, TypeScheme.NewsExtract);

        var document = Assert.Single(documents);
        Assert.Equal((1, document.Sentences.Count, document.TokenCount), (summary.Articles, summary.Sentences, summary.Tokens));
        Assert.True(document.Sentences.Count >= 5, $"expected the article's sentences, got {document.Sentences.Count}");
        Assert.Equal(["O", "O"], TagsOf(documents, "Ilham", "Aliyev"));
        Assert.Equal(["B-PERSON", "I-PERSON"], TagsOf(documents, "Wang", "Wentao"));
        Assert.Equal(["B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION"],
            TagsOf(documents, "The", "State", "Oil", "Company", "of", "Azerbaijan"));
        Assert.Equal(["B-ORGANIZATION", "I-ORGANIZATION"], TagsOf(documents, "Rauf", "Mammadov"));
        Assert.Equal(["B-LOCATION", "O"], TagsOf(documents, "Baku", "on"));
        Assert.Equal(["O", "O"], TagsOf(documents, "150", "million"));
        Assert.Equal(summary.Entities, documents.SelectMany(d => d.Sentences).Sum(s => IobTags.Spans(s.Tags).Count));
    }

    [Fact]
    public void The_weight_repeats_the_reviewed_articles()
    {
        Review();
        var (documents, summary) = ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _db, Weight = 3 }, TypeScheme.Conll);
        Assert.Equal(3, documents.Count);
        Assert.Equal(1, summary.Articles);
        Assert.Equal(["B-PER", "I-PER"], TagsOf(documents, "Wang", "Wentao"));
        Assert.Contains("×3", summary.Describe());
    }

    [Fact]
    public void A_missing_database_or_one_without_reviews_is_a_clear_error()
    {
        var missing = Assert.Throws<FileNotFoundException>(() => ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _dir.File("none.db") }, TypeScheme.NewsExtract));
        Assert.Contains("No state database", missing.Message);
        var empty = Assert.Throws<InvalidDataException>(() => ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _db }, TypeScheme.NewsExtract));
        Assert.Contains("no reviewed articles", empty.Message);
        Review();
        var incomplete = Assert.Throws<InvalidDataException>(() => ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _db, CompletedOnly = true }, TypeScheme.NewsExtract));
        Assert.Contains("no completely reviewed articles", incomplete.Message);
    }

    [Fact]
    public void A_tiny_model_trained_on_reviewed_articles_tags_them_back()
    {
        Review();
        var (documents, _) = ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _db }, TypeScheme.NewsExtract);
        var config = new NerTrainingConfig
        {
            Version = "tiny-reviews/1", GazetteerFolds = 1, MaxIterations = 50, L2 = 1e-4f,
            Features = new NerFeatureConfig { HashBits = 16, Clusters = false },
        };
        var model = new NerTrainer(config, _ => { }).Train(documents, ["reviews"]);
        Assert.Equal(["PERSON", "ORGANIZATION", "LOCATION"], model.Labels.Types);
        var scores = NerEvaluation.Evaluate(model, documents);
        Assert.True(scores.Micro.F1 >= 90, $"F1 on its own reviewed sentences was {scores.Micro.F1:F1}");
    }

    [Fact]
    public async Task Train_ner_with_include_reviews_records_them_in_the_model_card()
    {
        Review();
        var config = _dir.File("tiny.json");
        File.WriteAllText(config, """{ "version": "tiny-reviews/1", "gazetteerFolds": 1, "maxIterations": 20, "features": { "hashBits": 14 } }""");
        var model = _dir.File("tiny.zip");
        var run = await CliRunner.RunAsync(_dir.Path, null, "train", "ner", "--include-reviews", "--reviews-db", _db, "--reviews-weight", "2", "--config", config, "--out", model);
        Assert.True(run.ExitCode == 0, run.StdErr);
        var card = File.ReadAllText(_dir.File("tiny.md"));
        Assert.Contains("state.db`: **1** (", card);
        Assert.Contains("each repeated 2×", card);
        Assert.Contains("\"weight\": 2", File.ReadAllText(_dir.File("tiny.config.json")));
        Assert.Contains(NerModel.Load(model).Info.TrainingData, d => d.StartsWith("reviews:", StringComparison.Ordinal));

        var noReviews = await CliRunner.RunAsync(_dir.Path, null, "train", "ner", "--include-reviews", "--reviews-db", _dir.File("none.db"), "--out", model);
        Assert.Equal(2, noReviews.ExitCode);
        Assert.Contains("No state database", noReviews.StdErr);
        var stray = await CliRunner.RunAsync(_dir.Path, null, "train", "ner", "--reviews-weight", "2", "--train", "conll:x", "--out", model);
        Assert.Equal(2, stray.ExitCode);
        Assert.Contains("--include-reviews", stray.StdErr);
    }
}
