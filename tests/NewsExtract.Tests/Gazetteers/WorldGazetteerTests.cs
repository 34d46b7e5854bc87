using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Gazetteers;

public sealed class WorldGazetteerTests
{
    [Fact]
    public void Countries_are_found_by_name_official_name_other_name_capitals_and_adjective()
    {
        using var dir = new TempDirectory();
        var world = TinyGazetteer.Write(dir.Path);
        Assert.Equal("NV", world.CountryByName("Novaria")!.Iso2);
        Assert.Equal("NV", world.CountryByName("Republic of Novaria")!.Iso2);
        Assert.Equal("NV", world.CountryByName("NVR")!.Iso2);
        Assert.Equal("ZE", world.CountryByName("ZELAND")!.Iso2);          // a dateline in capitals
        Assert.Null(world.CountryByName("zeland"));                         // lower case is not a name
        Assert.Equal("ZE", world.CountryByAdjective("Zelandic")!.Iso2);
        Assert.Null(world.CountryByName("Zelandic"));                       // adjectives are not names
        Assert.Equal("ZE", world.CountryByCode("ZEL")!.Iso2);
    }

    [Fact]
    public void Places_come_most_populous_first_and_organisations_by_abbreviation()
    {
        using var dir = new TempDirectory();
        var world = TinyGazetteer.Write(dir.Path);
        Assert.Equal([1002L, 1003L], world.PlacesNamed("Millford").Select(p => p.GeoNameId));
        Assert.Equal(1003, world.PlacesNamed("milford").Single().GeoNameId);
        Assert.Equal("Union of Northern Ports", world.OrganisationNamed("UNP")!.Name);
        Assert.True(world.IsTitle("minister of harbours"));
    }

    [Fact]
    public void An_organisation_is_found_in_the_other_spelling_of_its_isation_word()
    {
        using var dir = new TempDirectory();
        var world = TinyGazetteer.Write(dir.Path);
        Assert.Equal("Brightwater Cooperation Organisation", world.OrganisationNamed("Brightwater Cooperation Organization")!.Name);
        Assert.Equal("Brightwater Cooperation Organisation", world.OrganisationNamed("brightwater cooperation organisation")!.Name);
    }

    [Fact]
    public void A_malformed_row_names_its_file_and_line()
    {
        using var dir = new TempDirectory();
        TinyGazetteer.Write(dir.Path);
        File.AppendAllText(dir.File("places.tsv"), "x\tBroken\t\tNV\t\tcity\n");
        var e = Assert.Throws<InvalidDataException>(() => WorldGazetteer.Load(dir.Path));
        Assert.Contains("places.tsv:", e.Message);
    }

    [Fact]
    public void The_shipped_gazetteer_loads_from_the_repository_with_the_world_in_it()
    {
        var world = WorldGazetteer.Load(RepoPaths.InRepo("models", "gazetteer"));
        Assert.True(world.Countries.Count >= 240, $"{world.Countries.Count} countries");
        Assert.True(world.Places.Count(p => p.Kind == PlaceKind.City) >= 30_000);
        Assert.True(world.Organisations.Count >= 600);
        Assert.Equal("AZ", world.CountryByName("Azerbaijan")!.Iso2);
        Assert.Equal("RU", world.CountryByName("Russian Federation")!.Iso2);
        Assert.Equal("GE", world.CountryByAdjective("Georgian")!.Iso2);
        Assert.Equal("AZ", world.PlacesNamed("Baku")[0].CountryCode);
    }
}
