using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Tests.Text;

public class NameFirstWordsTests
{
    private static readonly NameFirstWords Words = new(["South Korea", "Korea", "Azerbaijani", "Republic of Azerbaijan", " padded"]);

    [Theory]
    [InlineData("South", true)]
    [InlineData("Korea's", true)]
    [InlineData("KOREA,", true)]
    [InlineData("Azerbaijanis", true)]
    [InlineData("Republic", true)]
    [InlineData("the", true)]
    [InlineData("The", true)]
    [InlineData("Minister", false)]
    [InlineData("Sout", false)]
    [InlineData("padded", false)]
    public void A_run_passes_when_a_first_word_begins_it(string run, bool expected) => Assert.Equal(expected, Words.MayBegin(run));

    [Fact]
    public void The_run_stops_at_white_space() =>
        Assert.Equal("Korea's", NameFirstWords.RunAt("in Korea's\nnorth", 3).ToString());

    [Fact]
    public void Every_country_form_the_lexicon_finds_passes_its_filter()
    {
        foreach (var name in CountryLexicon.Names)
        {
            Assert.True(CountryLexicon.FirstWords.MayBegin(name), name);
            Assert.True(CountryLexicon.FirstWords.MayBegin(name + "'s"), name);
        }
        Assert.True(CountryLexicon.FirstWords.MayBegin("Azerbaijani"));
        Assert.False(CountryLexicon.FirstWords.MayBegin("Xqzzy"));
    }
}
