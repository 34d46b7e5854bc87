using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>
/// Two corpora that disagree on one convention (whether a title belongs to the person span): trained with the
/// second one as its own domain, the model keeps both conventions apart instead of averaging them.
/// </summary>
public sealed class NerDomainAdaptationTests
{
    private static AnnotatedSentence Sentence(string line) => InlineIob.Sentence(line);

    private static readonly string[] NameOnly =
    [
        "President Kofi|B-PER Mensah|I-PER visited Trondheim|B-LOC .",
        "President Maria|B-PER Lindqvist|I-PER met the press .",
        "Minister Anders|B-PER Berg|I-PER spoke in Tromso|B-LOC .",
        "Minister Lena|B-PER Holm|I-PER left Oslo|B-LOC .",
    ];

    private static readonly string[] TitleIncluded =
    [
        "President|B-PER Kofi|I-PER Mensah|I-PER visited Trondheim|B-LOC .",
        "President|B-PER Maria|I-PER Lindqvist|I-PER met the press .",
        "Minister|B-PER Anders|I-PER Berg|I-PER spoke in Tromso|B-LOC .",
        "Minister|B-PER Lena|I-PER Holm|I-PER left Oslo|B-LOC .",
    ];

    private static NerModel Train()
    {
        var documents = new List<AnnotatedDocument>
        {
            new("plain", [.. NameOnly.Select(Sentence)]),
            new("titled", [.. TitleIncluded.Select(Sentence)]) { Domain = "titled" },
        };
        var config = new NerTrainingConfig
        {
            Version = "tiny-domains/1",
            Scheme = TypeScheme.ConllName,
            GazetteerFolds = 1,
            MaxIterations = 100,
            L2 = 1e-4f,
            Features = new NerFeatureConfig { HashBits = 16, DocumentHistory = false },
        };
        return new NerTrainer(config, _ => { }).Train(documents, ["inline"]);
    }

    private static List<AnnotatedDocument> Probe(string? domain) =>
        [new("probe", [Sentence("President|B-PER Maria|I-PER Lindqvist|I-PER visited Oslo|B-LOC .")]) { Domain = domain }];

    [Fact]
    public void Each_domain_keeps_its_own_convention_and_the_shared_weights_keep_the_undomained_one()
    {
        var model = Train();
        Assert.Equal(["titled"], model.Info.Domains);

        // in its domain the title is part of the person; with the shared weights (the product) it is not
        var inDomain = NerEvaluation.Evaluate(model, Probe("titled"), new HashSet<string> { "PER" });
        var shared = NerEvaluation.Evaluate(model, Probe(null), new HashSet<string> { "PER" });
        Assert.Equal(1, inDomain.Micro.Correct);
        Assert.Equal(0, shared.Micro.Correct);
        Assert.Equal(1, shared.Micro.Predicted);
    }

    [Fact]
    public void A_tagger_refuses_a_domain_the_model_does_not_have()
    {
        var tagger = new NerTagger(Train());
        var error = Assert.Throws<ArgumentException>(() => tagger.Domain = "gmb");
        Assert.Contains("titled", error.Message);
        tagger.Domain = "titled";
        tagger.Domain = null;
    }

    [Fact]
    public void A_corpus_domain_parses_round_trips_and_marks_its_documents()
    {
        var spec = CorpusSpec.Parse("gold:some/dir@0-0.5#agency*2");
        Assert.Equal(("some/dir", 0.0, 0.5, 2, "agency"), (spec.Path, spec.From, spec.To, spec.Weight, spec.Domain));
        Assert.Equal("gold:some/dir@0-0.5#agency*2", spec.ToString());
        Assert.Throws<FormatException>(() => CorpusSpec.Parse("gold:x#"));
        Assert.Throws<FormatException>(() => CorpusSpec.Parse("gold:x#a b"));
        using var dir = new TempDirectory();
        File.WriteAllText(dir.File("1.json"), """{"text":"Ana left.","persons":["Ana"]}""");
        Assert.All(CorpusSpec.Parse($"gold:{dir.Path}#agency").Load(TypeScheme.Conll), d => Assert.Equal("agency", d.Domain));
        Assert.All(CorpusSpec.Parse($"gold:{dir.Path}").Load(TypeScheme.Conll), d => Assert.Null(d.Domain));
    }
}
