using NewsExtract.Core.Records;
using NewsExtract.Training.Records;

namespace NewsExtract.Tests.Events;

public sealed class EventTypeComparisonTests
{
    private static EventRecord E(string type, params string[] participants) => new(type, participants, null, null, new MentionRecord("s", 0, 1));

    [Fact]
    public void Comparison_counts_gold_events_only_the_model_finds()
    {
        var comparison = new EventTypeComparison();
        comparison.Add("a.json", "text", [("Meeting", []), ("Visit", [])], [E("Meeting"), E("Visit"), E("Legal")], [E("Meeting")]);
        Assert.Equal(1, comparison.FoundOnlyByModel);
        Assert.Equal(0, comparison.FoundOnlyByTriggers);
        Assert.Contains(comparison.ErrorLines, l => l.StartsWith("FALSE Legal", StringComparison.Ordinal));
    }

    [Fact]
    public void Events_of_the_right_type_sharing_no_participant_with_gold_are_listed()
    {
        var comparison = new EventTypeComparison();
        comparison.Add("a.json", "text",
            [("Meeting", ["Ilze Berzina", "Tomas Novak"]), ("Visit", ["Tomas Novak"])],
            [E("Meeting", "Peteris Ozols"), E("Visit", "tomas novak")], null);

        Assert.Contains("PARTICIPANTS Meeting: gold 1, model 1, sharing a participant 0", comparison.ErrorLines);
        Assert.DoesNotContain(comparison.ErrorLines, l => l.Contains("Visit", StringComparison.Ordinal));
    }
}
