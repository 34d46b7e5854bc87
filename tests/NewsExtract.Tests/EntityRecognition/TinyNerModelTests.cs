using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class TinyNerModelTests
{
    private static readonly string[] Lines =
    [
        "Maria|B-PER Lindqvist|I-PER visited Trondheim|B-LOC on Monday .",
        "The talks at Borealis|B-ORG Shipping|I-ORG ended in Trondheim|B-LOC .",
        "Kofi|B-PER Mensah|I-PER joined Borealis|B-ORG Shipping|I-ORG last year .",
        "Officials in Tromso|B-LOC praised Maria|B-PER Lindqvist|I-PER .",
        "Borealis|B-ORG Shipping|I-ORG opened an office in Tromso|B-LOC .",
        "Kofi|B-PER Mensah|I-PER said the office will grow .",
    ];

    private static List<AnnotatedDocument> Corpus()
    {
        var sentences = Lines.Select(line =>
        {
            var parts = line.Split(' ').Select(p => p.Split('|')).ToList();
            return new AnnotatedSentence([.. parts.Select(p => p[0])], [.. parts.Select(p => p.Length > 1 ? p[1] : "O")]);
        }).ToList();
        return [new AnnotatedDocument("a", sentences.Take(3).ToList()), new AnnotatedDocument("b", sentences.Skip(3).ToList())];
    }

    private static NerModel TrainTiny()
    {
        var config = new NerTrainingConfig
        {
            Version = "tiny/1",
            Scheme = TypeScheme.ConllName,
            GazetteerFolds = 1,
            MaxIterations = 50,
            L2 = 1e-4f,
            Features = new NerFeatureConfig { HashBits = 16 },
        };
        return new NerTrainer(config, _ => { }).Train(Corpus(), ["inline"]);
    }

    [Fact]
    public void Evaluation_reports_each_document_scored()
    {
        var model = TrainTiny();
        var corpus = Corpus();
        int reported = 0;
        NerEvaluation.Evaluate(model, corpus, documentDone: () => reported++);
        Assert.Equal(corpus.Count, reported);
    }

    [Fact]
    public void A_model_trained_on_a_few_sentences_tags_them_back()
    {
        var model = TrainTiny();
        var scores = NerEvaluation.Evaluate(model, Corpus());
        Assert.Equal(11, scores.Micro.Gold);
        Assert.True(scores.Micro.F1 >= 99.9, $"F1 on its own training sentences was {scores.Micro.F1:F1}");
    }

    [Fact]
    public void Saved_model_loads_and_the_pipeline_component_adds_labelled_spans()
    {
        using var temp = new TempDirectory();
        string path = temp.File("tiny.zip");
        TrainTiny().Save(path);
        var recognizer = new EntityRecognizer(NerModel.Load(path));

        const string text = "Kofi Mensah visited Trondheim .";
        var document = new Document(new Article { Key = "k", Text = text, Source = new ArticleSource("test", null, null) });
        int offset = 0;
        foreach (var word in text.Split(' '))
        {
            document.Tokens.Add(new Token(offset, offset + word.Length));
            offset += word.Length + 1;
        }
        document.Sentences.Add(new Sentence(0, text.Length, 0, document.Tokens.Count));

        recognizer.Process(document);

        Assert.Equal("tiny/1", document.Models["ner"]);
        Assert.Contains(document.EntitySpans, s => s.Label == EntityLabels.Person && document.Slice(s.Start, s.End) == "Kofi Mensah");
        Assert.Contains(document.EntitySpans, s => EntityLabels.IsPlace(s.Label) && document.Slice(s.Start, s.End) == "Trondheim");
        Assert.All(document.EntitySpans, s => Assert.Equal("ner", s.Recognizer));
    }

    [Fact]
    public void Transition_counts_and_weight_are_saved_with_the_model_and_the_weight_can_be_overridden()
    {
        using var temp = new TempDirectory();
        string path = temp.File("tiny.zip");
        TrainTiny().Save(path);
        var model = NerModel.Load(path);
        var transitions = Assert.IsAssignableFrom<IReadOnlyList<float[]>>(model.Info.Transitions);
        Assert.Equal(1 + model.Labels.Count, transitions.Count);
        Assert.Equal(0f, model.Info.TransitionWeight);
        Assert.Null(model.WeightedTransitions());

        var weighted = model.WithTransitionWeight(0.5f);
        Assert.Equal(0.5f, weighted.Info.TransitionWeight);
        Assert.Same(model.ScoringRows, weighted.ScoringRows);
        Assert.Equal(transitions[1][2] * 0.5f, weighted.WeightedTransitions()![model.Labels.Count + 2]);
        // a model this confident on its own sentences tags them back either way
        Assert.True(NerEvaluation.Evaluate(weighted, Corpus()).Micro.F1 >= 99.9);
    }

    [Fact]
    public void Loading_something_that_is_not_a_model_fails_clearly()
    {
        using var temp = new TempDirectory();
        string path = temp.File("bad.zip");
        File.WriteAllText(path, "not a zip");
        Assert.Throws<InvalidDataException>(() => NerModel.Load(path));
        Assert.Throws<FileNotFoundException>(() => NerModel.Load(temp.File("missing.zip")));
    }
}
