using NewsExtract.Training.Records;

namespace NewsExtract.Tests.Evaluation;

public sealed class RecordScorerTests
{
    private static ScoredRecord Record(ScoredOfficial[]? officials = null, ScoredEntity[]? orgs = null,
        (decimal, string, int, int)[]? money = null, (string, IReadOnlyList<string>)[]? events = null) =>
        new([], officials ?? [], orgs ?? [], [], money ?? [], [], events ?? []);

    [Fact]
    public void Officials_match_by_name_case_insensitively_then_compare_title_and_country()
    {
        var scorer = new RecordScorer();
        scorer.Add(
            Record(officials: [new("Ramin Aliyev", "Minister of Economy", "Azerbaijan", [(0, 12)]), new("Oleg Petrov", "Ambassador", "Russia", [(40, 51)])]),
            Record(officials: [new("ramin  aliyev", "minister of economy", null, [(0, 12)]), new("Petrov", "Ambassador", "Russia", [(44, 51)])]));
        var counts = scorer.Counts.ToDictionary(c => c.Category);
        Assert.Equal(2, counts["officials (name)"].TruePositives);
        Assert.Equal(2, counts["officials (name+title)"].TruePositives);
        Assert.Equal(1, counts["officials (name+country)"].TruePositives);
        Assert.Equal(0.5, counts["officials (name+country)"].F1, 3);
    }

    [Fact]
    public void An_officials_state_counts_by_country_so_two_names_of_one_state_agree_and_two_states_do_not()
    {
        var scorer = new RecordScorer();
        scorer.Add(
            Record(officials: [new("Ana Lobo", "Minister", "Democratic Republic of Congo", [(0, 8)]), new("Rui Sal", "Governor", "Russian Federation", [(20, 27)]), new("Ivo Ren", "Mayor", "Congo", [(40, 47)])]),
            Record(officials: [new("Ana Lobo", "Minister", "DR Congo", [(0, 8)]), new("Rui Sal", "Governor", "Russia", [(20, 27)]), new("Ivo Ren", "Mayor", "DR Congo", [(40, 47)])]));
        var counts = scorer.Counts.ToDictionary(c => c.Category);
        Assert.Equal(3, counts["officials (name)"].TruePositives);
        // Congo (Brazzaville) is another state than DR Congo (Kinshasa)
        Assert.Equal(2, counts["officials (name+country)"].TruePositives);
    }

    [Fact]
    public void Money_needs_amount_and_currency_and_events_need_a_shared_participant()
    {
        var scorer = new RecordScorer();
        scorer.Add(
            Record(money: [(5m, "USD", 0, 2), (7m, "EUR", 5, 7)], events: [("Meeting", ["A B", "C D"]), ("Trade", ["X"])]),
            Record(money: [(5m, "USD", 0, 2), (7m, "USD", 5, 7)], events: [("Meeting", ["c d"]), ("Trade", ["Y"]), ("Legal", [])]));
        var counts = scorer.Counts.ToDictionary(c => c.Category);
        Assert.Equal(1, counts["money (amount+currency)"].TruePositives);
        Assert.Equal(2, counts["events (type)"].TruePositives);
        Assert.Equal(3, counts["events (type)"].Predicted);
        Assert.Equal(1, counts["events (type+participant)"].TruePositives);
    }

    [Fact]
    public void Entities_match_on_overlapping_mentions_when_names_differ()
    {
        var scorer = new RecordScorer();
        scorer.Add(Record(orgs: [new("State Customs Committee", [(10, 33), (50, 53)])]), Record(orgs: [new("SCC", [(50, 53)])]));
        Assert.Equal(1, scorer.Counts.Single(c => c.Category == "organizations").TruePositives);
    }
}
