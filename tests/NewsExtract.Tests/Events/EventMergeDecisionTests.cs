using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public sealed class EventMergeDecisionTests
{
    private static (string Text, List<ArticleEvent> Events) Article(params (string Type, string Sentence, string[] Participants)[] sentences)
    {
        var text = "";
        var events = new List<ArticleEvent>();
        foreach (var (type, sentence, participants) in sentences)
        {
            if (text.Length > 0) text += " ";
            events.Add(new ArticleEvent(type, participants, null, null, new Mention(text.Length, text.Length + sentence.Length)));
            text += sentence;
        }
        return (text, events);
    }

    /// <summary>Answers from a fixed list and keeps what it was asked.</summary>
    private sealed class ScriptedDecider(params bool[] answers) : IEventMergeDecider
    {
        public List<EventMergeCandidate> Asked { get; } = [];

        public bool Merges(EventMergeCandidate candidate)
        {
            Asked.Add(candidate);
            return answers[Asked.Count - 1];
        }
    }

    private static float Feature(EventMergeCandidate c, string name) => c.Features[EventMergeFeatures.Names.ToList().IndexOf(name)];

    [Fact]
    public void The_decider_is_asked_only_about_events_with_an_earlier_happening_of_their_type_and_overrides_the_rules()
    {
        var (text, events) = Article(
            (EventTypes.Legal, "A district court in Varna sentenced Petar Ilchev to four years.", ["Petar Ilchev"]),
            (EventTypes.Meeting, "The mayor met the prosecutor.", []),
            (EventTypes.Legal, "The court also fined the company Blue Delta.", []));
        // the rules merge a court sentence naming no party into the case; the decider keeps it apart
        Assert.Single(EventCoalescer.Merge(events, text, []), e => e.Type == EventTypes.Legal);
        var decider = new ScriptedDecider(false);
        var merged = EventCoalescer.Merge(events, text, [], decider);
        Assert.Equal(2, merged.Count(e => e.Type == EventTypes.Legal));
        var asked = Assert.Single(decider.Asked);
        Assert.True(asked.RuleMerges);
        Assert.Equal(1f, Feature(asked, "rule_merges"));
        Assert.Equal(1f, Feature(asked, "participants_none"));
        Assert.Equal(1f, Feature(asked, "says_also"));
        Assert.Equal(1f, Feature(asked, "type_Legal"));
        Assert.Equal(0f, Feature(asked, "type_Meeting"));
    }

    [Fact]
    public void A_merge_the_decider_asks_for_joins_the_happening_sharing_a_participant()
    {
        var (text, events) = Article(
            (EventTypes.Investment, "Northwind Capital will invest in a port.", ["Northwind Capital"]),
            (EventTypes.Investment, "Separately, Aster Bank will finance a school.", ["Aster Bank"]),
            (EventTypes.Investment, "Separately, Northwind Capital brings partners.", ["Northwind Capital", "Kell Group"]));
        var decider = new ScriptedDecider(false, true);
        var merged = EventCoalescer.Merge(events, text, [], decider);
        Assert.Equal(2, merged.Count);
        Assert.Equal(["Northwind Capital", "Kell Group"], merged[0].Participants);
        Assert.Equal(["Aster Bank"], merged[1].Participants);
        Assert.Equal(0, decider.Asked[1].Target);
        Assert.Equal(1f, Feature(decider.Asked[1], "participants_shared"));
        Assert.Equal(1f, Feature(decider.Asked[1], "cue_opens_new"));
        Assert.Equal(1f, Feature(decider.Asked[0], "participants_all_new"));
    }

    [Fact]
    public void The_model_merges_by_its_probability_and_refuses_a_file_made_for_other_features()
    {
        var names = EventMergeFeatures.Names.ToArray();
        var weights = new float[names.Length];
        weights[Array.IndexOf(names, "rule_merges")] = 3f;
        var model = new EventMergeModel("test", names, weights, -1f, 0.5f);
        var features = new float[names.Length];
        Assert.Equal(1 / (1 + Math.Exp(1)), model.Probability(features), 5);
        features[Array.IndexOf(names, "rule_merges")] = 1f;
        Assert.True(model.Merges(new EventMergeCandidate(new ArticleEvent(EventTypes.Trade, [], null, null, new Mention(0, 1)), true, 0, features)));

        var dir = Directory.CreateTempSubdirectory("merges");
        try
        {
            model.Write(dir.FullName);
            Assert.Equal(weights, EventMergeModel.TryLoad(dir.FullName)!.Weights);
            (model with { Names = [.. names.Skip(1)], Weights = [.. weights.Skip(1)] }).Write(dir.FullName);
            Assert.Throws<InvalidDataException>(() => EventMergeModel.TryLoad(dir.FullName));
        }
        finally { dir.Delete(true); }
        Assert.Null(EventMergeModel.TryLoad(dir.FullName));
    }
}
