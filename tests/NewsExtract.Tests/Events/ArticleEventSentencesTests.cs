using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Text;
using NewsExtract.Training.Events;

namespace NewsExtract.Tests.Events;

/// <summary>
/// Annotated articles become event training sentences: a sentence an event gives as its evidence is a positive of
/// the event's type, every other sentence a negative, and cross-validation keeps an article's sentences in one fold.
/// The article below is written for this test.
/// </summary>
public sealed class ArticleEventSentencesTests
{
    private const string Text =
        "The ministers of Norland and Estavia met in Port Hale on Monday. They signed a memorandum on fisheries. " +
        "The weather was mild. Officials said talks would continue in the spring.";

    private static Document Split(string text) =>
        new ExtractionPipeline([new Tokenizer(), new SentenceSplitter()])
            .Run(new Article { Key = "k", Text = text, Source = new ArticleSource("test", null, null) });

    [Fact]
    public void The_evidence_sentence_is_a_positive_of_its_type_and_the_others_are_negatives()
    {
        var sentences = ArticleEventSentences.Label("a1", Split(Text),
            [("Meeting", "The ministers of Norland and Estavia met in Port Hale on Monday."), ("Agreement", "They signed a memorandum on fisheries.")], out int unmatched);

        Assert.Equal(0, unmatched);
        Assert.Equal(4, sentences.Count);
        Assert.Equal(["Meeting"], sentences[0].Types);
        Assert.Equal(["Agreement"], sentences[1].Types);
        Assert.Empty(sentences[2].Types);
        Assert.Empty(sentences[3].Types);
        Assert.All(sentences, s => Assert.Equal("a1", s.ArticleId));
    }

    [Fact]
    public void An_evidence_the_splitter_cut_in_two_labels_both_parts_and_a_missing_one_is_counted()
    {
        var sentences = ArticleEventSentences.Label("a1", Split(Text),
            [("Conference", "The weather was mild. Officials said talks would continue in the spring."), ("Visit", "A sentence this article never had.")], out int unmatched);

        Assert.Equal(1, unmatched);
        Assert.Equal(["Conference"], sentences[2].Types);
        Assert.Equal(["Conference"], sentences[3].Types);
        Assert.Empty(sentences[0].Types);
    }

    [Fact]
    public void Sentences_too_short_to_classify_are_left_out_as_extraction_leaves_them_out()
    {
        var sentences = ArticleEventSentences.Label("a1", Split("Photo: AP. The two presidents met in Norland on Friday."), [], out _);

        Assert.All(sentences, s => Assert.True(s.Sentence.Length >= EventExtractor.MinimumSentenceLength, s.Sentence));
        Assert.Contains(sentences, s => s.Sentence.StartsWith("The two presidents", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_event_type_is_refused_with_the_article_named()
    {
        var ex = Assert.Throws<InvalidDataException>(() => ArticleEventSentences.Label("a7", Split(Text), [("Party", "The weather was mild.")], out _));
        Assert.Contains("a7", ex.Message, StringComparison.Ordinal);
    }
}

/// <summary>Cross-validation over annotated articles never splits an article between training and held-out parts.</summary>
public sealed class EventCrossValidationArticleTests
{
    private static List<ArticleEventSentence> Articles(int articles, int sentencesEach) =>
        [.. Enumerable.Range(0, articles).SelectMany(a => Enumerable.Range(0, sentencesEach)
            .Select(s => new ArticleEventSentence($"art{a}", $"Sentence {s} of article {a} about the harbour budget.", s == 0 ? ["Investment"] : [])))];

    [Fact]
    public void Every_sentence_of_an_article_falls_in_one_fold_and_the_folds_share_the_articles()
    {
        var sentences = Articles(articles: 10, sentencesEach: 7);
        var folds = EventCrossValidation.ArticleFolds(sentences, 5, new Random(3));

        foreach (var article in sentences.Select((s, i) => (s.ArticleId, Fold: folds[i])).GroupBy(x => x.ArticleId))
            Assert.Single(article.Select(x => x.Fold).Distinct());
        Assert.All(Enumerable.Range(0, 5), k => Assert.Equal(14, folds.Count(f => f == k)));
    }

    [Fact]
    public void The_articles_sentences_are_scored_out_of_fold_after_the_hand_labelled_ones()
    {
        (string, string[])[] hand =
        [
            ("The ministers met in the capital on Monday.", ["Meeting"]),
            ("The two delegations held talks on Tuesday.", ["Meeting"]),
            ("The company will invest 40 million dollars in a plant.", ["Investment"]),
            ("The fund invested in the new port.", ["Investment"]),
            ("It rained all week in the north.", []),
            ("The museum opens at nine.", []),
        ];
        var articles = Articles(articles: 4, sentencesEach: 3);
        var cv = EventCrossValidation.Run(hand, [], articles, new EventTrainingOptions(WeakNegatives: 0, Iterations: 5), folds: 2);

        Assert.Equal(hand.Length, cv.ArticleStart);
        Assert.Equal(articles.Count, cv.ArticleSentences);
        Assert.Equal(hand.Length + articles.Count, cv.Scores.Length);
        Assert.All(cv.Scores, s => Assert.Equal(EventTypes.All.Count, s.Length));
        var investment = EventTypes.All.ToList().IndexOf("Investment");
        Assert.Equal(articles.Select(a => a.Types.Contains("Investment")), cv.Labels.Skip(cv.ArticleStart).Select(l => l[investment]));
    }
    [Fact]
    public void Thresholds_with_a_trigger_word_are_re_chosen_on_the_included_sentences_only_and_may_let_the_word_alone_decide()
    {
        (string, string[])[] hand =
        [
            ("The ministers met in the capital on Monday.", ["Meeting"]),
            ("The company will invest 40 million dollars in a plant.", ["Investment"]),
            ("It rained all week in the north.", []),
            ("The museum opens at nine.", []),
        ];
        var articles = Articles(articles: 4, sentencesEach: 3);
        var cv = EventCrossValidation.Run(hand, [], articles, new EventTrainingOptions(WeakNegatives: 0, Iterations: 5), folds: 2);
        int investment = EventTypes.All.ToList().IndexOf("Investment");
        for (int i = 0; i < cv.Scores.Length; i++)
        {
            // the articles' positives hold a trigger word and score 0; the hand-labelled positive holds one and
            // scores 0.3; the hand-labelled negatives hold one too and score 0
            bool positive = cv.Labels[i][investment];
            cv.Scores[i][investment] = i < cv.ArticleStart && positive ? 0.3f : 0f;
            cv.Triggers[i][investment] = i >= cv.ArticleStart ? positive : true;
        }
        var plain = EventTypes.All.ToDictionary(t => t, _ => 0.5f, StringComparer.Ordinal);

        var onArticles = cv.ChooseTriggeredThresholds(plain, i => i >= cv.ArticleStart);
        var onHand = cv.ChooseTriggeredThresholds(plain, i => i < cv.ArticleStart);

        Assert.Equal(0f, onArticles["Investment"]);
        Assert.Equal(0.05f, onHand["Investment"], 3); // 0.05 … 0.3 tie: the first reached
        Assert.All(onArticles.Values, v => Assert.True(v <= 0.5f));
    }
}
