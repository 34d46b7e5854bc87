using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Events;

namespace NewsExtract.Tests.Events;

public sealed class CountedSummariesTests
{
    /// <summary>A document of these sentences (one per line) and a way to make an event of one of them, its trigger given by its words.</summary>
    private sealed class Story
    {
        public Story(params string[] sentences)
        {
            Document = new Document(new Article { Key = "k", Text = string.Join(" ", sentences), Source = new ArticleSource("s", null, null) });
        }

        public Document Document { get; }

        public ArticleEvent Event(string type, string sentenceStart, string trigger, params string[] participants)
        {
            string text = Document.Text;
            int start = text.IndexOf(sentenceStart, StringComparison.Ordinal);
            int end = text.IndexOf('.', start) + 1;
            int t = text.IndexOf(trigger, start, StringComparison.Ordinal);
            return new ArticleEvent(type, participants, null, null, new Mention(start, end)) { Trigger = new Mention(t, t + trigger.Length) };
        }
    }

    private static readonly Story Signings = new(
        "Vesta and Norland signed five cooperation agreements on Monday.",
        "The first was signed by Energy Minister Ilze Berzina and her counterpart Tomas Novak.",
        "Transport Minister Arvid Lunde and Rail Minister Petra Holm signed the second.");

    [Fact]
    public void A_sentence_counting_events_the_article_itemises_is_their_sum_and_is_dropped()
    {
        var summary = Signings.Event(EventTypes.Agreement, "Vesta and Norland", "signed", "Vesta", "Norland");
        var first = Signings.Event(EventTypes.Agreement, "The first", "signed", "Ilze Berzina", "Tomas Novak");
        var second = Signings.Event(EventTypes.Agreement, "Transport Minister", "signed", "Arvid Lunde", "Petra Holm");

        Assert.Equal([first, second], CountedSummaries.Drop([summary, first, second], Signings.Document));
    }

    [Fact]
    public void A_counting_sentence_with_one_item_or_none_stays_an_event()
    {
        var summary = Signings.Event(EventTypes.Agreement, "Vesta and Norland", "signed", "Vesta", "Norland");
        var first = Signings.Event(EventTypes.Agreement, "The first", "signed", "Ilze Berzina", "Tomas Novak");
        var meeting = Signings.Event(EventTypes.Meeting, "Transport Minister", "signed", "Arvid Lunde", "Petra Holm");

        Assert.Equal([summary, first, meeting], CountedSummaries.Drop([summary, first, meeting], Signings.Document));
        Assert.Equal([summary], CountedSummaries.Drop([summary], Signings.Document));
    }

    [Fact]
    public void Items_must_name_a_party_the_summary_does_not()
    {
        var summary = Signings.Event(EventTypes.Agreement, "Vesta and Norland", "signed", "Vesta", "Norland");
        var restating = Signings.Event(EventTypes.Agreement, "The first", "signed", "Vesta");
        var again = Signings.Event(EventTypes.Agreement, "Transport Minister", "signed", "Norland");

        Assert.Equal(3, CountedSummaries.Drop([summary, restating, again], Signings.Document).Count);
    }

    [Fact]
    public void A_court_jailing_eight_people_is_one_case_not_a_sum()
    {
        var story = new Story(
            "A court in Vesta jailed eight protesters on Monday.",
            "Prosecutors charged Arvid Lunde with fraud.",
            "Judges fined Petra Holm for contempt.");
        var sentencing = story.Event(EventTypes.Legal, "A court", "jailed");
        var charge = story.Event(EventTypes.Legal, "Prosecutors", "charged", "Arvid Lunde");
        var fine = story.Event(EventTypes.Legal, "Judges", "fined", "Petra Holm");

        Assert.Equal(3, CountedSummaries.Drop([sentencing, charge, fine], story.Document).Count);
    }

    [Fact]
    public void A_number_the_date_or_money_recognisers_read_is_no_count()
    {
        var story = new Story(
            "Vesta signed two years ago a loan for 35 million euros.",
            "Ilze Berzina signed a deal.",
            "Tomas Novak signed a contract.");
        var document = story.Document;
        int twoYears = document.Text.IndexOf("two years ago", StringComparison.Ordinal);
        document.Dates.Add(new DateMention(twoYears, twoYears + "two years ago".Length, "P2Y", null, null));
        var loan = story.Event(EventTypes.Agreement, "Vesta signed", "signed", "Vesta");

        Assert.False(CountedSummaries.CountsAtTrigger(document, loan));
        Assert.True(CountedSummaries.CountsAtTrigger(Signings.Document, Signings.Event(EventTypes.Agreement, "Vesta and Norland", "signed", "Vesta")));
    }

    [Fact]
    public void A_count_far_from_the_trigger_or_a_single_one_is_no_count()
    {
        var story = new Story("The two delegations travelled for a week before they finally signed the accord.", "One minister signed one deal.");
        Assert.False(CountedSummaries.CountsAtTrigger(story.Document, story.Event(EventTypes.Agreement, "The two", "signed")));
        Assert.False(CountedSummaries.CountsAtTrigger(story.Document, story.Event(EventTypes.Agreement, "One minister", "signed")));
    }
}

/// <summary>The shipped pipeline on an invented story: a lead counting five signings, then three told one by one.</summary>
public sealed class CountedSummariesPipelineTests
{
    [Fact]
    public void The_pipeline_reports_the_itemised_signings_and_not_the_lead_that_counts_them()
    {
        var text = string.Join("\n",
            "RIGA, March 3 (Vesta News) -- Vesta and Norland signed five cooperation agreements on Monday during the visit of Norland's Prime Minister Tomas Novak to Riga.",
            "The first agreement, on energy, was signed by Vesta's Energy Minister Ilze Berzina and Norland's Minister of Industry Arvid Lunde.",
            "Vesta's Transport Minister Janis Ozols and Norland's Minister of Railways Petra Holm signed an agreement on rail freight.",
            "An agreement on tourism was signed by Vesta's Economy Minister Karlis Liepa and Norland's Trade Minister Erik Sand.");
        var document = NewsExtract.Extraction.DefaultPipeline.Create().Run(new Article { Key = "k", Text = text, Source = new ArticleSource("s", null, null) });

        var agreements = document.Events.Where(e => e.Type == EventTypes.Agreement).ToList();
        Assert.Equal(3, agreements.Count);
        Assert.DoesNotContain(agreements, e => e.Sentence.Start == 0);
        Assert.Contains(document.Events, e => e.Type == EventTypes.Visit && e.Sentence.Start == 0);
    }
}
