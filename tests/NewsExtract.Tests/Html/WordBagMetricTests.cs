using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Tests.Html;

public sealed class WordBagMetricTests
{
    [Fact]
    public void Hand_computed_word_bag_scores()
    {
        // truth words: the(2) cat sat on mat = 6; predicted: the cat sat here = 4; common: the, cat, sat = 3.
        // P = 3/4, R = 3/6, F1 = 2·0.75·0.5/1.25 = 0.6
        var score = WordBagMetric.ScorePage("The cat sat on the mat.", "the CAT sat here");
        Assert.Equal(0.75, score.Precision, 12);
        Assert.Equal(0.5, score.Recall, 12);
        Assert.Equal(0.6, score.F1, 12);
    }

    [Fact]
    public void Empty_pages_score_one_when_both_are_empty_and_zero_otherwise()
    {
        Assert.Equal(1.0, WordBagMetric.ScorePage("", " -- ").F1);
        Assert.Equal(0.0, WordBagMetric.ScorePage("some words", "").F1);
        Assert.Equal(0.0, WordBagMetric.ScorePage("", "some words").F1);
        Assert.Equal(0.0, WordBagMetric.ScorePage("alpha beta", "gamma delta").F1);
    }
}
