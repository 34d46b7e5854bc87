using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class NerTransitionCountsTests
{
    private static readonly NerLabelSet Labels = new(["PER", "LOC"]); // O B-PER I-PER B-LOC I-LOC

    [Fact]
    public void Rows_hold_what_the_previous_tag_adds_to_each_tags_prior_and_forbid_what_iob2_forbids()
    {
        var rows = NerTransitionCounts.LogProbabilities([Document(["B-LOC", "I-LOC", "O", "B-PER", "I-PER", "I-PER", "O", "O"])], Labels);
        Assert.Equal(1 + Labels.Count, rows.Length);
        Assert.All(rows, row => Assert.Equal(Labels.Count, row.Length));
        for (int p = -1; p < Labels.Count; p++)
            for (int t = 0; t < Labels.Count; t++)
                if (!Labels.CanFollow(p, t)) Assert.Equal(NerTransitionCounts.Forbidden, rows[p + 1][t]);
        int o = Labels.IndexOf("O"), iPer = Labels.IndexOf("I-PER"), bPer = Labels.IndexOf("B-PER");
        // I-PER follows B-PER and I-PER only, so after them it is likelier than its prior; O after O about as likely
        Assert.True(rows[1 + bPer][iPer] > 0);
        Assert.True(rows[1 + bPer][bPer] < 0);
        Assert.True(Math.Abs(rows[1 + o][o]) < 1);
    }

    [Fact]
    public void Continuing_a_place_seen_in_the_data_outweighs_starting_another()
    {
        var rows = NerTransitionCounts.LogProbabilities(
        [
            Document(["O", "B-LOC", "I-LOC", "O"]),
            Document(["B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "O"]),
        ], Labels);
        int bLoc = Labels.IndexOf("B-LOC"), iLoc = Labels.IndexOf("I-LOC");
        Assert.True(rows[1 + bLoc][iLoc] > rows[1 + bLoc][bLoc] + 1, "after B-LOC, I-LOC (seen twice) should be far likelier than B-LOC (never seen)");
        Assert.Equal(NerTransitionCounts.Forbidden, rows[0][iLoc]);
    }

    private static AnnotatedDocument Document(string[] tags) =>
        new("d", [new AnnotatedSentence([.. tags.Select((_, i) => "w" + i)], tags)]);
}
