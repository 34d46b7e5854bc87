using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Records;
using NewsExtract.Tests.Support;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.EntityRecognition;

/// <summary>
/// The seed article through the shipped model followed by the span refiner ("ner-rules"). People and places must all
/// be found; organisations are judged as the issue asks, "unchanged or better", on the record an analyst receives: the
/// F1 of the record's organisations against the seed's (every organisation in the record counted, so invented bodies
/// cost as much as missed ones) with the shipped model must be at least that with the reference GMB-only model 1.0
/// (models/ner/reference), the rest of the pipeline being the same.
/// </summary>
public sealed class SeedArticleNerTests
{
    private static readonly string[] People = ["Ramin Guluzade", "Konstantin Noskov", "Polad Bulbuloglu", "Sergey Aristov"];
    private static readonly string[] Bodies = ["MegaFon", "Azerpoct", "Mail of Russia", "AZERTAC", "State Customs Committee of Azerbaijan", "CIS"];
    private static readonly string[] Places = ["Moscow", "Baku", "Sochi"];

    private static HashSet<(string Text, string Label)> Tag(string modelPath)
    {
        string path = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var document = new Document(new Article { Key = "seed", Text = File.ReadAllText(path), Source = new ArticleSource("seed", null, path) });
        Tokenizer.Tokenize(document.Text, document.Tokens);
        SentenceSplitter.Split(document.Text, document.Tokens, document.Sentences);
        new EntityRecognizer(NerModel.Load(modelPath)).Process(document);
        new EntitySpanRefiner().Process(document);
        return document.EntitySpans.Select(s => (document.Slice(s.Start, s.End), s.Label)).ToHashSet();
    }

    private static double OrganisationF1(string modelPath)
    {
        string path = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var article = new Article { Key = "seed", Text = File.ReadAllText(path), Source = new ArticleSource("seed", null, path) };
        var pipeline = DefaultPipeline.Create(entities: new EntityRecognizer(NerModel.Load(modelPath)));
        var record = new RecordBuilder(TimeProvider.System).Build(pipeline.Run(article));
        var predicted = record.Organizations.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        int correct = predicted.Count(Bodies.Contains);
        return correct == 0 ? 0 : 2.0 * correct / (predicted.Count + Bodies.Length);
    }

    [SharedSeedFact]
    public void Shipped_model_with_span_rules_finds_the_seed_articles_people_and_places_and_its_organisations_no_worse_than_the_reference()
    {
        var found = Tag(RepoPaths.InRepo("models", "ner", NerModel.DefaultFileName));
        string Seen() => string.Join("; ", found.Select(f => $"{f.Text}={f.Label}"));
        foreach (var person in People)
            Assert.True(found.Contains((person, EntityLabels.Person)), $"{person} not found as PERSON; found: {Seen()}");
        foreach (var place in Places)
            Assert.True(found.Any(f => f.Text == place && EntityLabels.IsPlace(f.Label)), $"{place} not found as a place; found: {Seen()}");
        foreach (var org in new[] { "AZERTAC", "State Customs Committee of Azerbaijan" })
            Assert.True(found.Contains((org, EntityLabels.Organization)), $"{org} not found as ORGANIZATION; found: {Seen()}");

        double shipped = OrganisationF1(RepoPaths.InRepo("models", "ner", NerModel.DefaultFileName));
        double before = OrganisationF1(RepoPaths.InRepo("models", "ner", "reference", "newsextract-ner-1.0.zip"));
        Assert.True(shipped >= before, $"organisations F1 of the seed's record {shipped:F3} < {before:F3} with the reference model 1.0; spans found: {Seen()}");
    }
}
