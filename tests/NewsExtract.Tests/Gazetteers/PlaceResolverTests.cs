using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

public sealed class PlaceResolverTests
{
    private static Document Resolve(string text, params string[] places)
    {
        using var dir = new TempDirectory();
        var resolver = new PlaceResolver(TinyGazetteer.Write(dir.Path));
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        foreach (var name in places)
        {
            int at = text.IndexOf(name, StringComparison.Ordinal);
            document.Entities.Add(new Entity(EntityLabels.Location, name, [new Mention(at, at + name.Length)]));
        }
        resolver.Process(document);
        return document;
    }

    private static PlaceReference? PlaceOf(Document d, string name) => d.Entities.Single(e => e.Name == name).Place;

    [Fact]
    public void A_country_name_resolves_to_its_code_and_id()
    {
        var d = Resolve("NOVARIA, May 3. Talks in Republic of Novaria.", "NOVARIA", "Republic of Novaria");
        Assert.Equal(new PlaceReference("country", "NV", 100), PlaceOf(d, "NOVARIA"));
        Assert.Equal("NV", PlaceOf(d, "Republic of Novaria")!.CountryCode);
    }

    [Fact]
    public void An_ambiguous_city_takes_the_country_the_article_names()
    {
        var zeland = Resolve("BRIGHTWATER, May 3. A plant opens in Millford.", "BRIGHTWATER", "Millford");
        Assert.Equal(new PlaceReference("city", "ZE", 1003), PlaceOf(zeland, "Millford"));
        var novaria = Resolve("The Novaria office said Millford grew. Novaria is far.", "Novaria", "Millford");
        Assert.Equal(1002, PlaceOf(novaria, "Millford")!.GeoNameId);
    }

    [Fact]
    public void An_ambiguous_city_without_evidence_stays_unresolved_and_a_dominant_one_is_taken()
    {
        Assert.Null(PlaceOf(Resolve("A plant opens in Millford.", "Millford"), "Millford"));   // 60,000 against 50,000: no evidence
        var d = Resolve("A plant opens in Eastmarch, and another in Millford.", "Eastmarch", "Millford");
        Assert.Equal(1005, PlaceOf(d, "Eastmarch")!.GeoNameId);              // 800,000 against 20,000
        Assert.Equal(1002, PlaceOf(d, "Millford")!.GeoNameId);               // then Eastmarch's country decides
    }

    [Fact]
    public void A_city_name_followed_by_an_administrative_word_is_the_region_around_it()
    {
        var d = Resolve("Farms in Ostra province grew.", "Ostra province");
        Assert.Equal(new PlaceReference("region", "ZE", null), PlaceOf(d, "Ostra province"));
    }
}
