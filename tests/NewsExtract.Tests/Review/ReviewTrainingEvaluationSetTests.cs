using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Storage.Review;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;
using NewsExtract.Worker.Reviews;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Gold stays gold in training too: a reviewed article that is one of an evaluation set's articles (same text, or
/// same URL) is left out of <c>train ner --include-reviews</c> and of the CoNLL training-data exports (command line
/// and review page), and training on reviews of evaluation articles only is refused.
/// </summary>
public sealed class ReviewTrainingEvaluationSetTests : IDisposable
{
    private readonly TempDirectory _dir = new();
    private readonly string _db;

    public ReviewTrainingEvaluationSetTests()
    {
        _db = _dir.File("state.db");
        var hostile = ReviewSample.Hostile() with { Url = "https://news.example/2024/05/hostile-story" };
        ReviewSample.Seed(_db, ReviewSample.Record(), hostile);
        var store = new SqliteReviewStore(_db);
        store.Add(ReviewSample.Decision(ReviewActions.Reject, ReviewSample.Key("official", "Ilham Aliyev")));
        var name = hostile.Text.IndexOf("Kamran Aliyev", StringComparison.Ordinal);
        store.Add(ReviewSample.Decision(ReviewActions.Accept, $"person:{name}-{name + "Kamran Aliyev".Length}") with { RecordId = ReviewSample.HostileId });
    }

    public void Dispose() => _dir.Dispose();

    private static string Envelope(string text, string? url = null) =>
        System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, string?> { ["title"] = "Held out", ["text"] = text, ["url"] = url });

    private string Folder(string name, params (string File, string Json)[] files)
    {
        var folder = _dir.File(name);
        Directory.CreateDirectory(folder);
        foreach (var (file, json) in files) File.WriteAllText(Path.Combine(folder, file), json);
        return folder;
    }

    private (List<AnnotatedDocument> Documents, ReviewedTrainingSummary Summary) Load(params string[] evaluationSets) =>
        ReviewedNerTrainingData.Load(new NerReviewsConfig { Database = _db, EvaluationSets = evaluationSets }, TypeScheme.NewsExtract);

    private static bool Mentions(List<AnnotatedDocument> documents, string word) =>
        documents.SelectMany(d => d.Sentences).Any(s => s.Words.Contains(word));

    [Fact]
    public void A_reviewed_article_with_an_evaluation_articles_text_is_left_out_and_counted()
    {
        // The gold copy of the sample article, its paragraphs laid out differently; a README and a non-article JSON beside it.
        var gold = Folder("gold",
            ("101-sample.json", Envelope("  " + ReviewSample.Text.Replace(". ", ".\n\n", StringComparison.Ordinal) + "\n")),
            ("README.md", "# not an article"), ("config.json", "[1, 2, 3]"));
        var (documents, summary) = Load(gold, _dir.File("no-such-folder"));

        Assert.Equal((1, 1), (summary.Articles, summary.SkippedAsEvaluation));
        Assert.Contains("1 left out as evaluation articles", summary.Describe());
        Assert.True(Mentions(documents, "Kamran"), "the other reviewed article is trained on");
        Assert.False(Mentions(documents, "Wentao"), "the gold article's sentences must not be in the training data");
    }

    [Fact]
    public void A_reviewed_article_fetched_from_an_evaluation_articles_url_is_left_out_and_only_evaluation_articles_are_refused()
    {
        // Only the URL matches (another scheme, host in capitals, a trailing slash); the text is a different copy.
        var agency = Folder("agency-dev", ("146-story.json", Envelope("A different copy of the story.", "http://NEWS.example/2024/05/hostile-story/")));
        var (documents, summary) = Load(agency);
        Assert.Equal((1, 1), (summary.Articles, summary.SkippedAsEvaluation));
        Assert.False(Mentions(documents, "Kamran"));
        Assert.True(Mentions(documents, "Wentao"));

        var gold = Folder("gold", ("101-sample.json", Envelope(ReviewSample.Text)));
        var refused = Assert.Throws<InvalidDataException>(() => Load(gold, agency));
        Assert.Contains("All 2 reviewed articles", refused.Message);
        Assert.Contains("evaluation set", refused.Message);

        // Without evaluation sets both are trained on.
        Assert.Equal((2, 0), (Load().Summary.Articles, Load().Summary.SkippedAsEvaluation));
    }

    [Fact]
    public async Task Train_ner_include_reviews_leaves_out_the_gold_sets_articles_by_default()
    {
        Folder(Path.Combine("corpus", "gold"), ("101-sample.json", Envelope(ReviewSample.Text)), ("102-hostile.json", Envelope(ReviewSample.Hostile().Text)));
        var model = _dir.File("tiny.zip");
        var run = await CliRunner.RunAsync(_dir.Path, null, "train", "ner", "--include-reviews", "--reviews-db", _db, "--out", model);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("in an evaluation set", run.StdErr);
        Assert.False(File.Exists(model));

        File.Delete(_dir.File(Path.Combine("corpus", "gold", "102-hostile.json")));
        var config = _dir.File("tiny.json");
        File.WriteAllText(config, """{ "version": "tiny-reviews/1", "gazetteerFolds": 1, "maxIterations": 20, "features": { "hashBits": 14 } }""");
        var trained = await CliRunner.RunAsync(_dir.Path, null, "train", "ner", "--include-reviews", "--reviews-db", _db, "--config", config, "--out", model);
        Assert.True(trained.ExitCode == 0, trained.StdErr);
        Assert.Contains(NerModel.Load(model).Info.TrainingData, d => d.Contains("(1 articles", StringComparison.Ordinal) && d.Contains("1 left out as evaluation articles", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_conll_exports_leave_out_evaluation_articles_and_the_jsonl_export_keeps_every_review()
    {
        var gold = Folder(Path.Combine("corpus", "gold"), ("101-sample.json", Envelope(ReviewSample.Text)));
        var conll = await CliRunner.RunAsync(_dir.Path, null, "export", "reviews", "--format", "conll", "--db", _db, "--out", _dir.File("reviews.conll"));
        Assert.True(conll.ExitCode == 0, conll.StdErr);
        Assert.Contains("1 reviewed article is an evaluation article", conll.StdErr);
        Assert.Contains("1 reviewed articles written", conll.StdErr);
        var tokens = File.ReadAllLines(_dir.File("reviews.conll")).Select(l => l.Split(' ')[0]).ToList();
        Assert.Contains("Kamran", tokens);
        Assert.DoesNotContain("Wentao", tokens);
        var jsonl = await CliRunner.RunAsync(_dir.Path, null, "export", "reviews", "--db", _db, "--out", _dir.File("reviews.jsonl"));
        Assert.True(jsonl.ExitCode == 0, jsonl.StdErr);
        Assert.Equal(2, File.ReadAllLines(_dir.File("reviews.jsonl")).Length);   // the reviews themselves are all exported

        await using var server = await ReviewServer.StartAsync(_db, evaluationSets: [gold]);
        var fromPage = await server.Client.GetStringAsync("/export/reviews.conll");
        Assert.Contains("Kamran", fromPage);
        Assert.DoesNotContain("Wentao", fromPage);
        await using var unguarded = await ReviewServer.StartAsync(_db, evaluationSets: []);
        Assert.Contains("Wentao", await unguarded.Client.GetStringAsync("/export/reviews.conll"));
    }
}
