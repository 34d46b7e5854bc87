using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Tests.Support;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class SeedArticleNerTests
{
    /// <summary>
    /// The acceptance check of issue 3 for the seed article: the shipped model followed by the span refiner
    /// ("ner-rules"), which corrects where GMB's conventions differ from the record's (see models/ner/newsextract-ner.md).
    /// </summary>
    [SharedSeedFact]
    public void Shipped_model_with_span_rules_finds_the_seed_articles_people_organisations_and_places()
    {
        string path = Directory.GetFiles(Path.Combine(RepoPaths.Shared, "seeds"), "*.txt").Order(StringComparer.Ordinal).First();
        var document = new Document(new Article { Key = "seed", Text = File.ReadAllText(path), Source = new ArticleSource("seed", null, path) });
        Tokenizer.Tokenize(document.Text, document.Tokens);
        SentenceSplitter.Split(document.Text, document.Tokens, document.Sentences);

        var recognizer = new EntityRecognizer(NerModel.Load(RepoPaths.InRepo("models", "ner", NerModel.DefaultFileName)));
        recognizer.Process(document);
        new EntitySpanRefiner().Process(document);

        var found = document.EntitySpans.Select(s => (Text: document.Slice(s.Start, s.End), s.Label)).ToHashSet();
        string Seen() => string.Join("; ", found.Select(f => $"{f.Text}={f.Label}"));
        foreach (var person in new[] { "Ramin Guluzade", "Konstantin Noskov", "Polad Bulbuloglu", "Sergey Aristov" })
            Assert.True(found.Contains((person, EntityLabels.Person)), $"{person} not found as PERSON; found: {Seen()}");
        foreach (var org in new[] { "MegaFon", "Azerpoct", "Mail of Russia", "AZERTAC", "State Customs Committee of Azerbaijan" })
            Assert.True(found.Contains((org, EntityLabels.Organization)), $"{org} not found as ORGANIZATION; found: {Seen()}");
        foreach (var place in new[] { "Moscow", "Baku", "Sochi" })
            Assert.True(found.Any(f => f.Text == place && EntityLabels.IsPlace(f.Label)), $"{place} not found as a place; found: {Seen()}");
    }
}
