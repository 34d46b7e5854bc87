using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Text;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>
/// A model that learned a <c>web</c> annotation domain tags a document judged web writing in that domain, in the
/// product (the recogniser reads <see cref="Document.Register"/>) and in evaluation (a register detector decides for
/// documents without a domain of their own). The web convention here: the title belongs to the person span.
/// </summary>
public sealed class RegisterDomainTaggingTests
{
    private static AnnotatedSentence Sentence(string line) => InlineIob.Sentence(line);

    private static readonly Lazy<NerModel> WebDomainModel = new(() =>
    {
        string[] news =
        [
            "President Kofi|B-PERSON Mensah|I-PERSON visited Trondheim|B-LOCATION .",
            "President Maria|B-PERSON Lindqvist|I-PERSON met the press .",
            "Minister Anders|B-PERSON Berg|I-PERSON spoke in Tromso|B-LOCATION .",
            "Minister Lena|B-PERSON Holm|I-PERSON left Oslo|B-LOCATION .",
        ];
        string[] web =
        [
            "President|B-PERSON Kofi|I-PERSON Mensah|I-PERSON visited Trondheim|B-LOCATION .",
            "President|B-PERSON Maria|I-PERSON Lindqvist|I-PERSON met the press .",
            "Minister|B-PERSON Anders|I-PERSON Berg|I-PERSON spoke in Tromso|B-LOCATION .",
            "Minister|B-PERSON Lena|I-PERSON Holm|I-PERSON left Oslo|B-LOCATION .",
        ];
        var documents = new List<AnnotatedDocument>
        {
            new("news", [.. news.Select(Sentence)]),
            new("web", [.. web.Select(Sentence)]) { Domain = TextRegisters.Web },
        };
        var config = new NerTrainingConfig
        {
            Version = "tiny-web/1",
            GazetteerFolds = 1,
            MaxIterations = 100,
            L2 = 1e-4f,
            Features = new NerFeatureConfig { HashBits = 16, DocumentHistory = false, Gazetteers = false },
        };
        return new NerTrainer(config, _ => { }).Train(documents, ["inline"]);
    });

    /// <summary>A detector that judges every text one way (its only weight is zero; the bias decides).</summary>
    private static TextRegisterDetector Always(string register)
    {
        int n = TextRegisterFeatures.Names.Length;
        var model = new TextRegisterModel("fixed/1", TextRegisterFeatures.Names, new double[n], [.. Enumerable.Repeat(1.0, n)], new double[n],
            register == TextRegisters.Web ? 10 : -10, 0.5);
        return new TextRegisterDetector(model);
    }

    private static List<string> PersonsTagged(string? register)
    {
        var document = new Document(new Article { Key = "k", Text = "President Maria Lindqvist visited Oslo .", Source = new ArticleSource("s", null, null) })
        {
            Register = register,
        };
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        new EntityRecognizer(WebDomainModel.Value).Process(document);
        return [.. document.EntitySpans.Where(s => s.Label == EntityLabels.Person).Select(s => document.Slice(s.Start, s.End))];
    }

    [Fact]
    public void The_recogniser_tags_web_writing_in_the_web_domain_and_news_with_the_shared_weights()
    {
        Assert.Equal(["President Maria Lindqvist"], PersonsTagged(TextRegisters.Web));
        Assert.Equal(["Maria Lindqvist"], PersonsTagged(TextRegisters.News));
        Assert.Equal(["Maria Lindqvist"], PersonsTagged(null));
    }

    [Fact]
    public void A_model_without_a_web_domain_tags_web_writing_with_the_shared_weights()
    {
        var model = WebDomainModel.Value;
        Assert.Equal(TextRegisters.Web, EntityRecognizer.DomainFor(model, TextRegisters.Web));
        Assert.Null(EntityRecognizer.DomainFor(model, TextRegisters.News));
        Assert.Null(EntityRecognizer.DomainFor(model, null));
        Assert.Null(EntityRecognizer.DomainFor(ModelWithoutWeb(), TextRegisters.Web));
    }

    private static NerModel ModelWithoutWeb()
    {
        var config = new NerTrainingConfig
        {
            Version = "tiny-plain/1",
            GazetteerFolds = 1,
            MaxIterations = 20,
            Features = new NerFeatureConfig { HashBits = 12, DocumentHistory = false, Gazetteers = false },
        };
        return new NerTrainer(config, _ => { }).Train([new("plain", [Sentence("Maria|B-PERSON Holm|I-PERSON left Oslo|B-LOCATION .")])], ["inline"]);
    }

    [Fact]
    public void Evaluation_tags_an_undomained_document_as_the_product_would_for_its_register()
    {
        var probe = new List<AnnotatedDocument> { new("probe", [Sentence("President|B-PERSON Maria|I-PERSON Lindqvist|I-PERSON visited Oslo|B-LOCATION .")]) };
        var person = new HashSet<string> { "PERSON" };
        Assert.Equal(1, NerEvaluation.Evaluate(WebDomainModel.Value, probe, person, registers: Always(TextRegisters.Web)).Micro.Correct);
        Assert.Equal(0, NerEvaluation.Evaluate(WebDomainModel.Value, probe, person, registers: Always(TextRegisters.News)).Micro.Correct);
        Assert.Equal(0, NerEvaluation.Evaluate(WebDomainModel.Value, probe, person).Micro.Correct);
    }
}
