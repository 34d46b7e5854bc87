using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Ner;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class NerTransitionCountsTests
{
    private static readonly NerLabelSet Labels = new(["PER", "LOC"]); // O B-PER I-PER B-LOC I-LOC

    [Fact]
    public void Each_row_is_a_distribution_over_the_tags_iob2_allows_there()
    {
        var rows = NerTransitionCounts.LogProbabilities([Document(["B-LOC", "I-LOC", "O", "B-PER", "I-PER", "I-PER"])], Labels);
        Assert.Equal(1 + Labels.Count, rows.Length);
        for (int p = -1; p < Labels.Count; p++)
        {
            var row = rows[p + 1];
            double total = 0;
            for (int t = 0; t < Labels.Count; t++)
            {
                if (Labels.CanFollow(p, t)) total += Math.Exp(row[t]);
                else Assert.Equal(NerTransitionCounts.Forbidden, row[t]);
            }
            Assert.Equal(1.0, total, 4);
        }
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
