using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Officials;
using NewsExtract.Training.Officials;

namespace NewsExtract.Tests.Officials;

/// <summary>The officials tables: the build step of the portfolio words and the lexicon read from gazetteer data, on small inputs written here (invented states and titles).</summary>
public sealed class OfficialResourceBuilderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("officials-build-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Portfolio_words_are_words_several_states_use_after_of_for_and()
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
        var lexicon = OfficialLexicon.Load(_dir);
        Assert.True(lexicon.IsPortfolioWord("culture"));
        Assert.False(lexicon.IsPortfolioWord("deputy"));
        Assert.False(lexicon.IsPortfolioWord("sports")); // one state's portfolio
        Assert.False(lexicon.IsPortfolioWord("arland"));
    }

    [Fact]
    public void Title_words_are_the_words_of_titles_written_often_enough()
    {
        var words = OfficialLexicon.TitleWordsOf(["Minister of Culture", "Deputy Minister", "Envoy to Arland", "Head of the Zorvan Office"], [2, 1, 1, 1]).ToHashSet();
        Assert.Contains("minister", words); // 2 + 1
        Assert.DoesNotContain("culture", words); // 2
        Assert.DoesNotContain("zorvan", words);
        Assert.DoesNotContain("envoy", words);
    }

    [Fact]
    public void Countries_come_from_gazetteer_rows_with_codes_adjectives_and_capitals()
    {
        GazetteerCountry Country(string iso2, string name, string official, string[] other, string[] adjectives, string capital, long population) =>
            new(iso2, iso2 + "X", name, official, other, adjectives, [], capital, null, null, population);
        var lexicon = new OfficialLexicon([], [],
        [
            Country("QA", "Arlandia Minor", "Republic of Arlandia Minor", ["Arlandia"], ["Arlandese"], "Portmar", 10),
            Country("QB", "North Arlandia", "Kingdom of North Arlandia", ["Arlandia"], ["North Arlandese"], "Velk", 1000),
        ]);
        Assert.Equal("QA", lexicon.CodeOf("Arlandia Minor"));
        Assert.Equal("Arlandia Minor", lexicon.CountryOf("Arlandese"));
        Assert.Equal("North Arlandia", lexicon.CountryOf("Kingdom of North Arlandia"));
        Assert.Equal("North Arlandia", lexicon.CountryOf("Arlandia")); // a shared name goes to the more populous state
        Assert.Equal("Arlandia Minor", lexicon.CountryOfCapital("PORTMAR"));
        Assert.Equal(2, lexicon.CountryCount);
    }

    [Fact]
    public void A_missing_table_is_a_clear_error()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => OfficialLexicon.Load(_dir));
        Assert.Contains("train officials", ex.Message, StringComparison.Ordinal);
    }
}
