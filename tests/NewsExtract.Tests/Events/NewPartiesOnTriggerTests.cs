using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>When a sentence with a deal's or talks' trigger word reports another deal or talks: the people it names are new.</summary>
public sealed class NewPartiesOnTriggerTests
{
    private static ArticleEvent Signing(params string[] people) => new(EventTypes.Agreement, people, null, null, new Mention(0, 10));

    private static (string, string) Official(string name) => (name, EventParticipant.OfficialKind);

    [Fact]
    public void Two_people_no_earlier_deal_named_make_another_deal()
    {
        Assert.True(NewPartiesOnTrigger.NamesNewPeople([Official("Ana Ribeiro"), Official("Pedro Salas")], [Signing("Lea Kron", "Ivo Petrak")]));
    }

    [Fact]
    public void A_person_an_earlier_deal_named_makes_a_restatement()
    {
        Assert.False(NewPartiesOnTrigger.NamesNewPeople([Official("Ana Ribeiro"), Official("Ivo Petrak")], [Signing("Lea Kron", "Ivo Petrak")]));
    }

    [Fact]
    public void One_person_or_bodies_alone_are_not_enough()
    {
        Assert.False(NewPartiesOnTrigger.NamesNewPeople([Official("Ana Ribeiro")], []));
        Assert.False(NewPartiesOnTrigger.NamesNewPeople([("Ostland", EntityLabels.Gpe), ("Norte Mining", EntityLabels.Organization)], []));
    }

    [Fact]
    public void Only_deals_and_talks_are_told_apart_by_their_people()
    {
        Assert.True(NewPartiesOnTrigger.Applies(EventTypes.Agreement));
        Assert.True(NewPartiesOnTrigger.Applies(EventTypes.Meeting));
        Assert.False(NewPartiesOnTrigger.Applies(EventTypes.Trade));
    }
}
