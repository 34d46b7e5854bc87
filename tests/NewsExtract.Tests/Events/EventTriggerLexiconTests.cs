using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>The trigger words name the types agency copy reports them for (sentences written here).</summary>
public sealed class EventTriggerLexiconTests
{
    [Theory]
    [InlineData("Gunmen killed two guards in an ambush near the border.", EventTypes.Conflict)]
    [InlineData("The invasion of the island began at dawn.", EventTypes.Conflict)]
    [InlineData("The president went ahead with the appointment of Ana Ribeiro as culture minister.", EventTypes.Appointment)]
    [InlineData("The council nominated Ivo Petrak for the post of mayor.", EventTypes.Appointment)]
    [InlineData("Drones struck a fuel depot in Lorn overnight, killing two people.", EventTypes.Conflict)]
    [InlineData("Veterans of the war laid flowers at the memorial.", EventTypes.Conflict)]
    [InlineData("Artillery strikes wounded four soldiers near the river.", EventTypes.Conflict)]
    [InlineData("The former mayor was tried in absentia and remains in custody abroad.", EventTypes.Legal)]
    [InlineData("Vesta requested his extradition after the trial.", EventTypes.Legal)]
    [InlineData("The reconstruction of the northern bypass will cost 40 million crowns.", EventTypes.Project)]
    [InlineData("Crews repaired three apartment blocks in Lorn.", EventTypes.Project)]
    [InlineData("The two ministers exchanged views on regional security.", EventTypes.Meeting)]
    [InlineData("The envoy paid a courtesy call on the speaker.", EventTypes.Meeting)]
    [InlineData("They agreed on the route during their meeting in Vesta.", EventTypes.Meeting)]
    [InlineData("The bank pledged $40 million in aid to the budget.", EventTypes.Investment)]
    [InlineData("The cabinet earmarked 2 million crowns for the clinic.", EventTypes.Investment)]
    [InlineData("He will address the UN General Assembly in New York.", EventTypes.Conference)]
    [InlineData("Rights groups condemned the arrest of two reporters.", EventTypes.Legal)]
    [InlineData("The harbour master was sacked in May after the fire.", EventTypes.Appointment)]
    [InlineData("Vesta's external trade totalled 40 billion crowns last year.", EventTypes.Trade)]
    [InlineData("Vesta registered its biggest trade surplus with Lorn.", EventTypes.Trade)]
    [InlineData("The trade deficit narrowed to 2 billion crowns in May.", EventTypes.Trade)]
    [InlineData("The trade volume with Lorn could reach $8 billion.", EventTypes.Trade)]
    [InlineData("Trade with the Northern Union stood at 2 trillion crowns.", EventTypes.Trade)]
    public void A_sentence_with_the_word_is_a_candidate_of_its_type(string sentence, string type)
    {
        Assert.Contains(type, EventTriggerLexicon.TypesIn(sentence));
    }

    [Theory]
    [InlineData("The two firms struck a deal on shipping rates.")]
    [InlineData("Fears of a trade war weighed on the markets.")]
    [InlineData("A price war between the carriers lowered fares.")]
    public void A_word_of_arms_in_another_sense_is_no_conflict(string sentence)
    {
        Assert.DoesNotContain(EventTypes.Conflict, EventTriggerLexicon.TypesIn(sentence));
    }

    [Fact]
    public void A_sentence_without_any_trigger_word_has_no_type()
    {
        Assert.Empty(EventTriggerLexicon.TypesIn("The weather in Vesta stayed mild all week."));
    }
}
