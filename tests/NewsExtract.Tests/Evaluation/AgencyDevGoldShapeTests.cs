using System.Text.Json;
using NewsExtract.Worker.Commands;
using NewsExtract.Training.Records;

namespace NewsExtract.Tests.Evaluation;

/// <summary>The agency-dev annotation shape: arrays at the top level, entities as bare names, no offsets.</summary>
public sealed class AgencyDevGoldShapeTests
{
    private const string Text = "TBILISI. Minister Lela Varga met Varga's deputy at the Harbour Authority. Varga left.";

    private static JsonElement Root(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public void Top_level_arrays_are_the_annotation_and_a_gold_object_wins_when_present()
    {
        var agencyDev = Root("""{"text":"x","persons":["A B"],"events":[]}""");
        var corpusGold = Root("""{"text":"x","persons":["ignored"],"gold":{"persons":[]}}""");
        Assert.Equal(JsonValueKind.Object, GoldAnnotation.Find(agencyDev)!.Value.ValueKind);
        Assert.True(GoldAnnotation.PersonsIncludeOfficials(agencyDev));
        Assert.Equal(0, GoldAnnotation.Find(corpusGold)!.Value.GetProperty("persons").GetArrayLength());
        Assert.False(GoldAnnotation.PersonsIncludeOfficials(corpusGold));
        Assert.Null(GoldAnnotation.Find(Root("""{"text":"x"}""")));
    }

    [Fact]
    public void Bare_names_get_their_whole_word_occurrences_as_mentions()
    {
        var gold = ScoredRecord.FromGold(Root("""{"persons":["Lela Varga"],"organizations":["Harbour Authority","Auth"]}"""), Text);
        Assert.Equal([(18, 28)], gold.Persons[0].Mentions);
        Assert.Equal([(55, 72)], gold.Organizations[0].Mentions);
        Assert.Empty(gold.Organizations[1].Mentions); // "Auth" occurs only inside the word "Authority"
    }

    [Fact]
    public void A_shorter_predicted_name_matches_a_bare_gold_name_through_its_occurrence()
    {
        var gold = ScoredRecord.FromGold(Root("""{"organizations":["Harbour Authority"]}"""), Text);
        var scorer = new RecordScorer();
        scorer.Add(gold, new ScoredRecord([], [], [new ScoredEntity("Authority", [(63, 72)])], [], [], [], []));
        Assert.Equal(1, scorer.Counts.Single(c => c.Category == "organizations").TruePositives);
    }

    [Theory]
    [InlineData("101-145", "101-kazinform.json", true)]
    [InlineData("101-145", "145-x.json", true)]
    [InlineData("101-145", "146-x.json", false)]
    [InlineData("150", "150-x.json", true)]
    [InlineData("101-145", "readme.json", false)]
    public void A_file_range_takes_files_by_their_leading_number(string range, string file, bool taken) =>
        Assert.Equal(taken, GoldFileRange.Parse(range).Contains(file));

    [Fact]
    public void A_malformed_range_is_refused() => Assert.Throws<FormatException>(() => GoldFileRange.Parse("160-101"));
}
