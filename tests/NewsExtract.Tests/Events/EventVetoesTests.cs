using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public sealed class EventVetoesTests
{
    [Theory]
    [InlineData("Moldovan wine makers sold 12 million bottles to Poland between January and June.", false)]
    [InlineData("Goods exchange between Latvia and Belarus fell by 8 percent to $1.1 billion in 2019.", false)]
    [InlineData("Imports of Chilean copper by Vietnam grew by a quarter.", false)]
    [InlineData("The state railway carried 9.4 million tons of freight in January-May, up 6 percent year on year.", true)]
    [InlineData("Cargo turnover of the port of Constanta grew by 4 percent in 2021.", true)]
    [InlineData("From 2012 to 2016 he served as ambassador of Latvia to Lithuania.", true)]
    [InlineData("Growth of the economy may slow to 2 percent next year, the central bank said.", true)]
    public void A_trade_figure_needs_a_flow_of_goods(string sentence, bool vetoed) =>
        Assert.Equal(vetoed, EventVetoes.Vetoes(EventTypes.Trade, sentence));

    [Theory]
    [InlineData("Latvia and Lithuania are the main export markets of Estonian dairy producers.", true)]
    [InlineData("TALLINN, March 3 (Agency) – Trade between the Baltic states keeps growing, the minister said in 2021.", true)]
    [InlineData("Exports of timber to Sweden doubled last year.", false)]
    [InlineData("TALLINN, March 3 (Agency) – Exports of timber to Sweden reached 2.4 million cubic metres.", false)]
    public void A_trade_event_needs_a_figure(string sentence, bool vetoed) =>
        Assert.Equal(vetoed, EventVetoes.Vetoes(EventTypes.Trade, sentence));

    [Theory]
    [InlineData("The agency said that 412 officials were convicted of bribery in 2021.", true)]
    [InlineData("Since 2019, 37 people have been detained for poaching sturgeon, the border service said.", false)]
    [InlineData("37 people have been detained for poaching sturgeon since 2019, the border service said.", true)]
    [InlineData("3 customs officers were detained at the Astara checkpoint on Monday.", false)]
    [InlineData("The court sentenced the former mayor to six years in prison.", false)]
    public void Convictions_counted_over_a_period_are_a_statistic_not_a_case(string sentence, bool vetoed) =>
        Assert.Equal(vetoed, EventVetoes.Vetoes(EventTypes.Legal, sentence));

    [Fact]
    public void Other_types_are_left_to_the_classifier() =>
        Assert.False(EventVetoes.Vetoes(EventTypes.Meeting, "The ministers met in Riga."));
}
