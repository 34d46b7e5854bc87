using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Tests.Html;

public sealed class ShingleMetricTests
{
    [Fact]
    public void Tokens_are_runs_of_letters_numbers_and_underscore()
    {
        // "don't" splits at the apostrophe; the combining accent (Mn) is not a word character; "Ⅻ" (Nl) and "½" (No) are;
        // a letter outside the BMP counts as one letter.
        Assert.Equal(["don", "t", "snake_case", "e", "Ⅻ", "½", "a𝒳b", "42"],
            WordTokenizer.Words("don't snake_case e\u0301 Ⅻ ½ a𝒳b -42-"));
    }

    [Fact]
    public void Hand_computed_precision_recall_on_a_tiny_page()
    {
        // truth: a b c d e  → shingles abcd, bcde
        // predicted: a b c d x → shingles abcd, bcdx
        // tp = 1 (abcd), fp = 1 (bcdx), fn = 1 (bcde): P = 1/2, R = 1/2
        var score = ShingleMetric.ScorePage("a b c d e", "a b c d x");
        Assert.Equal(0.5, score.Precision);
        Assert.Equal(0.5, score.Recall);
        Assert.False(score.Exact);
        Assert.Equal((1, 1, 1), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
    }

    [Fact]
    public void Repeated_shingles_count_as_a_multiset()
    {
        // truth "x y z w x y z w": shingles xyzw ×2, yzwx, zwxy, wxyz (5). predicted "x y z w": xyzw ×1.
        // tp = 1, fp = 0, fn = 4: P = 1, R = 1/5.
        var score = ShingleMetric.ScorePage("x y z w x y z w", "x y z w");
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(0.2, score.Recall, 12);
        Assert.Equal((1, 0, 4), (score.TruePositives, score.FalsePositives, score.FalseNegatives));
    }

    [Fact]
    public void Short_texts_are_one_shorter_shingle_and_empty_output_has_no_precision()
    {
        Assert.Single(ShingleMetric.Shingles("just two"));
        Assert.Empty(ShingleMetric.Shingles("  ,,, "));
        var exact = ShingleMetric.ScorePage("Hello, world!", "hello world");
        Assert.Equal(0.0, exact.Precision); // case matters: "Hello world" ≠ "hello world"
        var empty = ShingleMetric.ScorePage("some truth text here", "");
        Assert.Null(empty.Precision);
        Assert.Equal(0.0, empty.Recall);
        Assert.True(ShingleMetric.ScorePage("Same words, other punctuation", "Same words other — punctuation!").Exact);
    }

    [Fact]
    public void Summary_averages_per_page_values_and_takes_f1_of_the_means()
    {
        // page 1: P 1/2, R 1/2; page 2: P 1, R 1/5; page 3: no output (P skipped), R 0.
        var pages = new[]
        {
            ShingleMetric.ScorePage("a b c d e", "a b c d x"),
            ShingleMetric.ScorePage("x y z w x y z w", "x y z w"),
            ShingleMetric.ScorePage("p q r s", ""),
        };
        var result = ShingleMetric.Summarize(pages);
        var p = (0.5 + 1.0) / 2;            // 0.75
        var r = (0.5 + 0.2 + 0.0) / 3;      // 0.2333…
        Assert.Equal(p, result.Precision, 12);
        Assert.Equal(r, result.Recall, 12);
        Assert.Equal(2 * p * r / (p + r), result.F1, 12); // 0.3559…
        Assert.Equal(0.0, result.Accuracy);
        Assert.Equal(3, result.Pages);
    }
}
