using NewsExtract.Extraction.Officials;
using NewsExtract.Training.Officials;

namespace NewsExtract.Tests.Officials;

/// <summary>The build step of the officials tables, on small files written here (invented states and titles).</summary>
public sealed class OfficialResourceBuilderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("officials-build-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Title_words_keep_words_several_states_use_and_mark_portfolios()
    {
        var leaders = Path.Combine(_dir, "leaders.tsv");
        File.WriteAllLines(leaders,
        [
            "country\ttitle\tperson",
            "Arland\tMinister of Culture\tA B", "Borovia\tMinister of Culture & Sports\tC D", "Cestra\tMinister for Culture\tE F",
            "Arland\tDeputy Minister\tG H", "Borovia\tDeputy Minister\tI J", "Cestra\tDeputy Minister of Arland Affairs\tK L",
        ]);
        var output = Path.Combine(_dir, OfficialLexicon.TitleWordsFileName);
        OfficialResourceBuilder.BuildTitleWords(leaders, output);
        var countries = Path.Combine(_dir, OfficialLexicon.CountriesFileName);
        File.WriteAllText(countries, "");
        var lexicon = OfficialLexicon.Load(_dir);
        Assert.True(lexicon.IsTitleWord("minister"));
        Assert.True(lexicon.IsTitleWord("deputy"));
        Assert.True(lexicon.IsPortfolioWord("culture"));
        Assert.False(lexicon.IsPortfolioWord("deputy"));
        Assert.False(lexicon.IsTitleWord("arland")); // one state's word
        Assert.False(lexicon.IsTitleWord("sports"));
    }

    [Fact]
    public void Countries_get_codes_names_adjectives_and_capitals_and_shared_forms_are_dropped()
    {
        var json = Path.Combine(_dir, "countries.json");
        File.WriteAllText(json, """
            [
              {"name": {"common": "Arland", "official": "Republic of Arland"}, "cca2": "AX", "altSpellings": ["AX", "Arlandia"], "capital": ["Portmar"]},
              {"name": {"common": "North Arland", "official": "Kingdom of North Arland"}, "cca2": "NX", "altSpellings": ["NX", "Arlandia"], "capital": ["Velk"]}
            ]
            """);
        var adjectives = Path.Combine(_dir, "adjectives.tsv");
        File.WriteAllLines(adjectives, ["iso2\tadjectivals\tdemonyms", "AX\tarlandese\tarlanders", "NX\tnorth arlandese\tarlanders"]);
        var output = Path.Combine(_dir, OfficialLexicon.CountriesFileName);
        Assert.Equal(2, OfficialResourceBuilder.BuildCountries(json, adjectives, output));
        File.WriteAllText(Path.Combine(_dir, OfficialLexicon.TitleWordsFileName), "");
        var lexicon = OfficialLexicon.Load(_dir);
        Assert.Equal("AX", lexicon.CodeOf("Arland"));
        Assert.Equal("Arland", lexicon.CountryOf("Arlandese"));
        Assert.Equal("North Arland", lexicon.CountryOf("North Arlandese"));
        Assert.Equal("North Arland", lexicon.CountryOf("Kingdom of North Arland"));
        Assert.Null(lexicon.CountryOf("Arlandia"));
        Assert.Null(lexicon.CountryOf("Arlanders"));
        Assert.Equal("Arland", lexicon.CountryOfCapital("PORTMAR"));
    }

    [Fact]
    public void A_missing_table_is_a_clear_error()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => OfficialLexicon.Load(_dir));
        Assert.Contains("train officials", ex.Message, StringComparison.Ordinal);
    }
}
