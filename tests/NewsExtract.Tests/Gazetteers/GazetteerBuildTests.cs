using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Tests.Support;
using NewsExtract.Training.Gazetteers;

namespace NewsExtract.Tests.Gazetteers;

public sealed class GazetteerBuildTests
{
    [SharedDataFact]
    public void The_build_reads_the_open_sources_and_writes_a_gazetteer_that_loads_with_its_card()
    {
        using var dir = new TempDirectory();
        Directory.CreateDirectory(dir.File("curated"));
        foreach (var curated in Directory.GetFiles(RepoPaths.InRepo("models", "gazetteer", "curated")))
            File.Copy(curated, dir.File("curated/" + Path.GetFileName(curated)));
        var result = GazetteerBuilder.Build(Path.Combine(RepoPaths.SharedData, "gazetteers"), dir.Path, DateTimeOffset.UnixEpoch, _ => { });
        Assert.True(result.Countries >= 240);
        Assert.True(result.Cities >= 30_000);
        Assert.True(result.Titles >= 2_000);
        var world = WorldGazetteer.Load(dir.Path);
        Assert.Equal("TR", world.CountryByName("Turkey")!.Iso2);             // a curated spelling variant
        Assert.DoesNotContain("United States", world.CountryByCode("US")!.Adjectives); // a name is not an adjective
        Assert.Null(world.CountryByName("Thai"));                                     // and an adjective not a name
        Assert.Equal("TH", world.CountryByAdjective("Thai")!.Iso2);
        Assert.Equal("VA", world.CountryByName("Vatican")!.Iso2);
        Assert.Null(world.CountryByName("Island"));                                   // a source's other name that copy uses as a word
        Assert.Equal("IS", world.CountryByName("Republic of Iceland")!.Iso2);
        Assert.All(world.Places.SelectMany(p => p.OtherNames), n => Assert.False(n.Length <= 4 && n.All(char.IsUpper), n)); // no codes
        // a capital's English spelling that the source lists after a dozen other alternatives
        Assert.Contains(world.PlacesNamed("Ulaanbaatar"), p => p.Kind == PlaceKind.City && p.CountryCode == "MN");
        Assert.DoesNotContain(world.PlacesNamed("Ulánbátor"), p => p.Kind == PlaceKind.City);     // another language's spelling
        Assert.Contains("CC BY 4.0", File.ReadAllText(dir.File(GazetteerFiles.Card)));
        // the committed gazetteer is this build's output: a stale one fails here
        foreach (var file in new[] { GazetteerFiles.Countries, GazetteerFiles.Places, GazetteerFiles.Organisations, GazetteerFiles.Titles, "currencies.tsv" })
            Assert.True(File.ReadAllText(dir.File(file)) == File.ReadAllText(RepoPaths.InRepo("models", "gazetteer", file)), $"models/gazetteer/{file} is stale: rebuild with newsextract build gazetteer");
    }

    [Fact]
    public void A_missing_source_is_named()
    {
        using var dir = new TempDirectory();
        var e = Assert.Throws<FileNotFoundException>(() => GazetteerBuilder.Build(dir.File("nowhere"), dir.File("out"), DateTimeOffset.UnixEpoch, _ => { }));
        Assert.Contains("cities15000.txt", e.Message);
    }
}
