using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>A trade report naming no partner is the national total of the state the article is about.</summary>
public sealed class NationalTradeTotalsTests
{
    private static readonly Entity Norway = new(EntityLabels.Location, "Norway", [new Mention(0, 6)]);

    private static ArticleEvent Event(string type, params string[] participants) =>
        new(type, participants, null, null, new Mention(10, 60));

    [Fact]
    public void A_trade_report_with_no_partner_takes_the_home_state_named_in_the_article()
    {
        var filled = NationalTradeTotals.Fill([Event(EventTypes.Trade)], "Norway", [Norway]).Single();
        Assert.Equal(["Norway"], filled.Participants);
        Assert.Equal(EventRoles.Agent, Assert.Single(filled.Roles).Role);
    }

    [Fact]
    public void Other_events_partnered_trade_and_a_home_state_the_article_does_not_name_are_left_alone()
    {
        Assert.Empty(NationalTradeTotals.Fill([Event(EventTypes.Investment)], "Norway", [Norway]).Single().Participants);
        Assert.Equal(["Chile"], NationalTradeTotals.Fill([Event(EventTypes.Trade, "Chile")], "Norway", [Norway]).Single().Participants);
        Assert.Empty(NationalTradeTotals.Fill([Event(EventTypes.Trade)], "Sweden", [Norway]).Single().Participants);
        Assert.Empty(NationalTradeTotals.Fill([Event(EventTypes.Trade)], null, [Norway]).Single().Participants);
    }
}
