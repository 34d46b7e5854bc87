using NewsExtract.Training.Records;

namespace NewsExtract.Tests.Evaluation;

public sealed class EntityMismatchListerTests
{
    [Fact]
    public void Lists_missed_and_false_entities_and_the_title_and_country_of_matched_officials()
    {
        var gold = Record(
            persons: [new ScoredEntity("Ilse Varga", [(0, 10)])],
            officials: [new ScoredOfficial("Tomas Brenner", "Minister of Fisheries", "Norway", [(20, 33)]), new ScoredOfficial("Ana Ruiz", "Mayor", "Chile", [(50, 58)])],
            locations: [new ScoredEntity("Bergen", [(70, 76)])]);
        var predicted = Record(
            persons: [new ScoredEntity("Ilse Varga", [(0, 10)])],
            officials: [new ScoredOfficial("Tomas Brenner", "Minister", "Norway", [(20, 33)]), new ScoredOfficial("Fisheries", "Minister", "Norway", [(40, 49)])],
            locations: [new ScoredEntity("Oslo", [(80, 84)])]);

        var lines = EntityMismatchLister.Lines(gold, predicted).ToList();

        Assert.Equal(
        [
            "MISS location: Bergen",
            "FALSE location: Oslo",
            "MISS official: Ana Ruiz | Mayor | Chile",
            "FALSE official: Fisheries | Minister | Norway",
            "TITLE Tomas Brenner: gold \"Minister of Fisheries\" model \"Minister\"",
        ], lines);
    }

    [Fact]
    public void Lists_the_event_types_whose_events_are_placed_differently()
    {
        var gold = Record([], [], []) with { EventPlaces = [("Meeting", "Bergen"), ("Meeting", null), ("Agreement", "Oslo")] };
        var predicted = Record([], [], []) with { EventPlaces = [("Meeting", "bergen"), ("Agreement", null), ("Visit", "Tromsø")] };

        Assert.Equal(["PLACE Agreement: gold [oslo] model []", "PLACE Visit: gold [] model [tromsø]"], EntityMismatchLister.Lines(gold, predicted).ToList());
    }

    private static ScoredRecord Record(IReadOnlyList<ScoredEntity> persons, IReadOnlyList<ScoredOfficial> officials, IReadOnlyList<ScoredEntity> locations) =>
        new(persons, officials, [], locations, [], [], []);
}
