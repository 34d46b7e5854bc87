using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Entities;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

public sealed class PlacesInsideNamesTests
{
    /// <summary>Runs the component over a text whose entities are given as (surface, label); returns the places with their mentions' text.</summary>
    private static List<(string Name, string[] Mentions)> Places(string text, params (string Surface, string Label)[] entities)
    {
        using var dir = new TempDirectory();
        var world = TinyGazetteer.Write(dir.Path);
        var component = new PlacesInsideNames(world, new NewsExtract.Extraction.Gazetteers.PlaceResolver(world));
        var document = new Document(new Article { Key = "t", Text = text, Source = new ArticleSource("test", null, null) });
        foreach (var (surface, label) in entities)
        {
            int start = text.IndexOf(surface, StringComparison.Ordinal);
            // the recogniser's event and other names stay spans: only people, bodies and places become entities
            if (label is EntityLabels.Event or EntityLabels.Misc) document.EntitySpans.Add(new EntitySpan(start, start + surface.Length, 0, 0, label, "hand"));
            else document.Entities.Add(new Entity(label, surface, [new Mention(start, start + surface.Length)]));
        }
        component.Process(document);
        return [.. document.Entities.Where(e => EntityLabels.IsPlace(e.Label)).Select(e => (e.Name, e.Mentions.Select(m => document.Slice(m.Start, m.End)).ToArray()))];
    }

    [Fact]
    public void A_city_inside_an_organisation_name_is_a_place()
    {
        var places = Places("The Brightwater Harbour Authority raised its fees.", ("Brightwater Harbour Authority", EntityLabels.Organization));
        var (name, mentions) = Assert.Single(places);
        Assert.Equal("Brightwater", name);
        Assert.Equal(["Brightwater"], mentions);
    }

    [Fact]
    public void A_city_inside_an_events_name_is_a_place()
    {
        var places = Places("He spoke at the 2023 Fortune Brightwater Summit on Monday.", ("2023 Fortune Brightwater Summit", EntityLabels.Event));
        var (name, mentions) = Assert.Single(places);
        Assert.Equal("Brightwater", name);
        Assert.Equal(["Brightwater"], mentions);
    }

    [Fact]
    public void A_country_inside_a_name_joins_the_country_the_article_names()
    {
        var places = Places("Novaria's Central Bank of Novaria cut rates.", ("Novaria", EntityLabels.Gpe), ("Central Bank of Novaria", EntityLabels.Organization));
        var (name, mentions) = Assert.Single(places);
        Assert.Equal("Novaria", name);
        Assert.Equal(2, mentions.Length);
    }

    [Fact]
    public void An_international_organisation_named_after_a_city_names_no_place_in_either_spelling()
    {
        Assert.Empty(Places("Members of the Brightwater Cooperation Organization met.", ("Brightwater Cooperation Organization", EntityLabels.Organization)));
        Assert.Empty(Places("Members of the Brightwater Cooperation Organisation met.", ("Brightwater Cooperation Organisation", EntityLabels.Organization)));
    }

    [Fact]
    public void An_international_organisation_names_the_place_it_serves_after_a_preposition()
    {
        var places = Places("The Relief Agency for Zeland Refugees opened schools.", ("Relief Agency for Zeland Refugees", EntityLabels.Organization));
        Assert.Equal("Zeland", Assert.Single(places).Name);
    }

    [Theory]
    [InlineData("The Ostra Fishing Company hired staff.", "Ostra Fishing Company")]        // a town too small to tell from a word
    [InlineData("The Novarian Railways bought engines.", "Novarian Railways")]           // a nationality adjective is no place
    [InlineData("Staff of Port Alder met on Monday.", "Port Alder")]                     // a body named just as the city
    [InlineData("The Milford Dairy Group grew.", "Milford Dairy Group")]                 // a variant spelling of a town
    public void No_place_is_read_where_the_name_holds_none(string text, string organisation) =>
        Assert.Empty(Places(text, (organisation, EntityLabels.Organization)));
}
