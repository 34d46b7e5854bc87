using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class NerTransitionCountsTests
{
    private static readonly NerLabelSet Labels = new(["PER", "LOC"]); // O B-PER I-PER B-LOC I-LOC

    [Fact]
    public void Only_starting_an_entity_right_after_one_of_its_type_is_scored_and_iob2_forbidden_steps_are_forbidden()
    {
        var rows = NerTransitionCounts.Scores(Enumerable.Repeat(Document(["B-LOC", "I-LOC", "O", "B-PER", "I-PER", "I-PER", "O", "O"]), 20), Labels);
        Assert.Equal(1 + Labels.Count, rows.Length);
        Assert.All(rows, row => Assert.Equal(Labels.Count, row.Length));
        for (int p = -1; p < Labels.Count; p++)
            for (int t = 0; t < Labels.Count; t++)
                if (!Labels.CanFollow(p, t)) Assert.Equal(NerTransitionCounts.Forbidden, rows[p + 1][t]);
        int o = Labels.IndexOf("O"), iPer = Labels.IndexOf("I-PER"), bPer = Labels.IndexOf("B-PER"), bLoc = Labels.IndexOf("B-LOC");
        // a person right after a person never happens in the data: far less likely than a person's prior
        Assert.True(rows[1 + bPer][bPer] < -1);
        Assert.True(rows[1 + iPer][bPer] < -1);
        // every other allowed step is left to the token scores
        Assert.Equal(0f, rows[1 + bPer][iPer]);
        Assert.Equal(0f, rows[1 + o][o]);
        Assert.Equal(0f, rows[1 + bPer][bLoc]);
        Assert.Equal(0f, rows[0][bPer]);
    }

    [Fact]
    public void Starting_a_second_place_right_after_one_is_penalised_when_the_data_never_does_it()
    {
        var rows = NerTransitionCounts.Scores(Enumerable.Repeat(Document(["O", "B-LOC", "I-LOC", "O"]), 10)
            .Concat(Enumerable.Repeat(Document(["B-LOC", "I-LOC", "I-LOC", "O", "B-LOC", "O"]), 10)), Labels);
        int bLoc = Labels.IndexOf("B-LOC"), iLoc = Labels.IndexOf("I-LOC");
        Assert.True(rows[1 + bLoc][iLoc] > rows[1 + bLoc][bLoc] + 1, "after B-LOC, going on (0) should beat starting another place (never seen)");
        Assert.Equal(NerTransitionCounts.Forbidden, rows[0][iLoc]);
    }

    private static AnnotatedDocument Document(string[] tags) =>
        new("d", [new AnnotatedSentence([.. tags.Select((_, i) => "w" + i)], tags)]);
}
