using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// Guards the project's own web-register NER corpus (<c>corpus/web/*.iob2</c>: invented e-mails, reviews, forum and
/// blog threads, chat): every file reads as Universal NER IOB2 into the product's type scheme, document ids are unique
/// across the files, every type is well represented, many lines name nobody (so the model also learns what is not a
/// name), and no e-mail address or web address is tagged as a name.
/// </summary>
public sealed class WebCorpusFilesTests
{
    private static readonly string[] RegisterFiles = ["email", "reviews", "forums", "chat", "blogs", "newsgroups", "answers"];

    private static List<AnnotatedDocument> Load() =>
        [.. RegisterFiles.SelectMany(register =>
            new CorpusSpec(CorpusFormat.Uner, RepoPaths.InRepo("corpus", "web", register + ".iob2")).Load(TypeScheme.NewsExtract))];

    [Fact]
    public void Every_register_file_of_the_web_corpus_is_listed_here()
    {
        var files = Directory.GetFiles(RepoPaths.InRepo("corpus", "web"), "*.iob2").Select(Path.GetFileNameWithoutExtension);
        Assert.Equal(RegisterFiles.Order(StringComparer.Ordinal), files.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Web_corpus_reads_with_unique_documents_and_every_type_well_represented()
    {
        var documents = Load();
        Assert.True(documents.Count >= 400, $"{documents.Count} documents");
        Assert.Equal(documents.Count, documents.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count());

        var spans = documents.SelectMany(d => d.Sentences).SelectMany(s => IobTags.Spans(s.Tags)).ToList();
        foreach (var type in new[] { "PERSON", "ORGANIZATION", "LOCATION" })
        {
            int count = spans.Count(span => span.Type == type);
            Assert.True(count >= 500, $"{type}: {count} spans");
        }
        Assert.Equal(["LOCATION", "ORGANIZATION", "PERSON"], spans.Select(s => s.Type).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Many_web_lines_name_nobody()
    {
        var sentences = Load().SelectMany(d => d.Sentences).ToList();
        double withoutNames = sentences.Count(s => s.Tags.All(t => t == "O")) / (double)sentences.Count;
        Assert.InRange(withoutNames, 0.25, 0.75);
    }

    [Fact]
    public void No_mail_or_web_address_is_tagged_as_a_name()
    {
        var tagged = Load().SelectMany(d => d.Sentences)
            .SelectMany(s => s.Words.Zip(s.Tags))
            .Where(pair => pair.Second != "O" && (pair.First.Contains('@') || pair.First.Contains("://", StringComparison.Ordinal) || pair.First.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
            .Select(pair => pair.First)
            .ToList();
        Assert.Empty(tagged);
    }

    [Fact]
    public void Universal_NER_corpora_are_completed_with_the_reference_models_other_types()
    {
        var raw = SilverTypeFiller.AnnotatedRawTypes(CorpusFormat.Uner);
        Assert.NotNull(raw);
        Assert.Equal(["PERSON", "ORGANIZATION", "LOCATION"], raw.Select(r => TypeScheme.NewsExtract.Map(CorpusFormat.Uner, r)));
        Assert.Null(SilverTypeFiller.AnnotatedRawTypes(CorpusFormat.Gmb));
    }

    [Fact]
    public void Completing_a_corpus_keeps_its_documents_domain()
    {
        var reference = NerModel.Load(RepoPaths.InRepo("models", "ner", "reference", "newsextract-ner-1.0.zip"));
        var document = new AnnotatedDocument("web-1", [new AnnotatedSentence(["Meet", "Ines", "in", "Lisbon", "on", "Friday", "."], ["O", "B-PERSON", "O", "B-LOCATION", "O", "O", "O"])])
        {
            Domain = "web",
        };
        var filled = Assert.Single(SilverTypeFiller.Fill([document], reference, new HashSet<string> { "PERSON", "ORGANIZATION", "LOCATION" }));
        Assert.Equal("web", filled.Domain);
        Assert.Equal("B-DATE", filled.Sentences[0].Tags[5]);
        Assert.Equal("B-PERSON", filled.Sentences[0].Tags[1]);
    }
}
