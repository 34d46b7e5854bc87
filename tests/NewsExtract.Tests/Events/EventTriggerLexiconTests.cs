using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

/// <summary>The trigger words name the types agency copy reports them for (sentences written here).</summary>
public sealed class EventTriggerLexiconTests
{
    [Theory]
    [InlineData("Gunmen killed two guards in an ambush near the border.", EventTypes.Conflict)]
    [InlineData("The invasion of the island began at dawn.", EventTypes.Conflict)]
    [InlineData("The former mayor was tried in absentia and remains in custody abroad.", EventTypes.Legal)]
    [InlineData("Vesta requested his extradition after the trial.", EventTypes.Legal)]
    [InlineData("The reconstruction of the northern bypass will cost 40 million crowns.", EventTypes.Project)]
    [InlineData("Crews repaired three apartment blocks in Lorn.", EventTypes.Project)]
    public void A_sentence_with_the_word_is_a_candidate_of_its_type(string sentence, string type)
    {
        Assert.Contains(type, EventTriggerLexicon.TypesIn(sentence));
    }

    [Fact]
    public void A_sentence_without_any_trigger_word_has_no_type()
    {
        Assert.Empty(EventTriggerLexicon.TypesIn("The weather in Vesta stayed mild all week."));
    }
}
