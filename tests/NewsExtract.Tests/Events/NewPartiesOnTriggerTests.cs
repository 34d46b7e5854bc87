using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>
/// When a sentence with a trigger word reports another event the classifier passed over: for a deal or talks, the
/// people it names are new; for trade, a partner is.
/// </summary>
public sealed class NewPartiesOnTriggerTests
{
    /// <summary>The participants of earlier events, each given as its list of names.</summary>
    private static HashSet<string> Named(params string[][] events) => [.. events.SelectMany(e => e)];

    private static string[] Signing(params string[] people) => people;

    private static string[] TradeReport(params string[] parties) => parties;

    private static (string, string) Official(string name) => (name, EventParticipant.OfficialKind);

    private static (string, string) State(string name) => (name, EntityLabels.Gpe);

    [Fact]
    public void Two_people_no_earlier_deal_named_make_another_deal()
    {
        Assert.True(NewPartiesOnTrigger.NamesNewParties(EventTypes.Agreement, [Official("Ana Ribeiro"), Official("Pedro Salas")], Named(Signing("Lea Kron", "Ivo Petrak"))));
    }

    [Fact]
    public void A_person_an_earlier_deal_named_makes_a_restatement()
    {
        Assert.False(NewPartiesOnTrigger.NamesNewParties(EventTypes.Agreement, [Official("Ana Ribeiro"), Official("Ivo Petrak")], Named(Signing("Lea Kron", "Ivo Petrak"))));
    }

    [Fact]
    public void One_person_or_bodies_alone_are_not_enough_for_a_deal()
    {
        Assert.False(NewPartiesOnTrigger.NamesNewParties(EventTypes.Meeting, [Official("Ana Ribeiro")], Named()));
        Assert.False(NewPartiesOnTrigger.NamesNewParties(EventTypes.Agreement, [State("Ostland"), ("Norte Mining", EntityLabels.Organization)], Named()));
    }

    [Fact]
    public void A_partner_no_earlier_trade_report_named_makes_another_report()
    {
        Assert.True(NewPartiesOnTrigger.NamesNewParties(EventTypes.Trade, [State("Nordia"), State("Sudland")], Named(TradeReport("Ostland"), TradeReport("Nordia"))));
    }

    [Fact]
    public void Trade_with_partners_named_before_or_with_no_earlier_report_is_no_new_one()
    {
        Assert.False(NewPartiesOnTrigger.NamesNewParties(EventTypes.Trade, [State("Nordia"), State("Ostland")], Named(TradeReport("Ostland", "Nordia"))));
        // the first trade sentence is the classifier's to judge
        Assert.False(NewPartiesOnTrigger.NamesNewParties(EventTypes.Trade, [State("Nordia")], Named()));
        // people are no trade partners
        Assert.False(NewPartiesOnTrigger.NamesNewParties(EventTypes.Trade, [Official("Ana Ribeiro")], Named(TradeReport("Ostland"))));
    }

    [Fact]
    public void Deals_talks_and_trade_are_told_apart_by_their_parties()
    {
        Assert.True(NewPartiesOnTrigger.Applies(EventTypes.Agreement));
        Assert.True(NewPartiesOnTrigger.Applies(EventTypes.Meeting));
        Assert.True(NewPartiesOnTrigger.Applies(EventTypes.Trade));
        Assert.False(NewPartiesOnTrigger.Applies(EventTypes.Investment));
    }
}
