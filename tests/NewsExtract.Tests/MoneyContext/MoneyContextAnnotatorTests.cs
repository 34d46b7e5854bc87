using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Context;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.MoneyContext;

public sealed class MoneyContextAnnotatorTests
{
    private static List<MoneyMention> Run(Document document)
    {
        new MoneyContextAnnotator().Process(document);
        return document.Money;
    }

    [Fact]
    public void Trade_turnover_with_period_after_and_change()
    {
        const string text = "Trade turnover between Georgia and Armenia reached $412.5 million in January-September 2019, an increase of 11.2 percent over the same period of 2018.";
        var money = Assert.Single(Run(HandLayeredDocument.Of(text)
            .Money("$412.5 million", 412_500_000m).Date("January-September 2019", "2019-01/2019-09").Date("2018", "2018").Percent("11.2 percent", 11.2m).Build()));
        Assert.Equal("trade turnover", money.Measure);
        Assert.Equal("January-September 2019", money.Period);
        Assert.Equal("an increase of 11.2 percent over the same period of 2018", money.Change);
    }

    [Theory]
    [InlineData("Exports reached $80 million, up 4.5 percent on the year before.", "increase")]
    [InlineData("Exports reached $80 million, down 4.5 percent on the year before.", "decrease")]
    [InlineData("Exports reached $80 million, a fall of 4.5 percent on the year before.", "decrease")]
    public void The_change_has_a_direction_from_its_wording(string text, string direction)
    {
        var money = Assert.Single(Run(HandLayeredDocument.Of(text).Money("$80 million", 80_000_000m).Percent("4.5 percent", 4.5m).Build()));
        Assert.Equal(direction, money.ChangeDirection);
        Assert.NotNull(money.Change);
    }

    [Fact]
    public void Measure_written_after_the_amount()
    {
        const string text = "Goods worth $75.3 million were exported to Kazakhstan in 2019.";
        var money = Assert.Single(Run(HandLayeredDocument.Of(text).Money("$75.3 million", 75_300_000m).Date("2019", "2019").Build()));
        Assert.Equal("exports", money.Measure);
        Assert.Equal("2019", money.Period);
        Assert.Null(money.Change);
    }

    [Fact]
    public void Two_amounts_in_one_sentence_get_their_own_measures()
    {
        const string text = "Imports rose to $210 million, while the country invested about $90 million in new plants.";
        var money = Run(HandLayeredDocument.Of(text).Money("$210 million", 210_000_000m).Money("$90 million", 90_000_000m).Build());
        Assert.Equal("imports", money[0].Measure);
        Assert.Equal("investment", money[1].Measure);
    }

    [Theory]
    [InlineData("The bank approved a loan of $40 million for the port.", "$40 million", "loan")]
    [InlineData("The EU provided a grant of €5 million to farmers.", "€5 million", "grant")]
    [InlineData("The state budget allocated $12 million to the new hospital.", "$12 million", "budget")]
    [InlineData("The firms signed a contract worth $300 million for the ships.", "$300 million", "contract value")]
    [InlineData("The court fined the company $2 million for dumping waste.", "$2 million", "fine")]
    [InlineData("The price of Azeri Light rose to $71 per barrel.", "$71", "price")]
    [InlineData("The airline reported revenue of $1.2 billion for the year.", "$1.2 billion", "revenue")]
    [InlineData("The fire caused damage estimated at $3 million.", "$3 million", "other")]
    public void Measure_words(string text, string amount, string measure)
    {
        var money = Assert.Single(Run(HandLayeredDocument.Of(text).Money(amount, 1m).Build()));
        Assert.Equal(measure, money.Measure);
    }

    [Fact]
    public void Comparison_period_is_not_the_amounts_period()
    {
        const string text = "Imports amounted to $788 million, which is 0.3 percent more than in the first six months of 2017.";
        var money = Assert.Single(Run(HandLayeredDocument.Of(text).Money("$788 million", 788_000_000m).Percent("0.3 percent", 0.3m).Build()));
        Assert.Equal("0.3 percent more than in the first six months of 2017", money.Change);
        Assert.Null(money.Period);
    }

    [Fact]
    public void Share_is_not_a_change()
    {
        const string text = "Exports reached $1.1 billion in the first half of the year (8.5 percent of the total).";
        var money = Assert.Single(Run(HandLayeredDocument.Of(text).Money("$1.1 billion", 1_100_000_000m).Percent("8.5 percent", 8.5m).Build()));
        Assert.Null(money.Change);
        Assert.Equal("first half of the year", money.Period);
    }
}
