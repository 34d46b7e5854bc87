using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public sealed class EventModelTypesTests
{
    private static readonly Lazy<EventModel> Model = new(EventModel.LoadDefault);

    [Theory]
    [InlineData("Gunmen attacked an army outpost in the mountains on Sunday, killing four soldiers.", EventTypes.Conflict)]
    [InlineData("The loan agreement was signed in Riga by the head of the port authority and the bank's vice president.", EventTypes.Agreement)]
    [InlineData("The new cement works in the southern district was commissioned on Friday.", EventTypes.Project)]
    [InlineData("The two presidents held talks in Minsk on regional security.", EventTypes.Meeting)]
    [InlineData("The district court sentenced the former governor to eight years in prison for embezzlement.", EventTypes.Legal)]
    public void Shipped_model_reports_the_type_of_plain_sentences(string sentence, string type)
    {
        var scores = Model.Value.Score(sentence);
        Assert.True(Model.Value.Classify(sentence).Contains(type), $"{type} scored {scores.Of(type)}");
    }
}
