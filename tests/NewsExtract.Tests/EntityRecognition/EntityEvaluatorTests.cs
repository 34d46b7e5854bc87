using NewsExtract.Training.Evaluation;

namespace NewsExtract.Tests.EntityRecognition;

public sealed class EntityEvaluatorTests
{
    [Fact]
    public void Scores_exact_span_and_type_matches_like_conlleval()
    {
        var evaluator = new EntityEvaluator();
        // Gold: PER [0,2), LOC [3,4), ORG [5,7). Predicted: PER [0,2) correct, LOC [3,4) as ORG (wrong type),
        // ORG [5,6) (wrong span), plus a spurious PER at [8,9).
        evaluator.Add(
            ["B-PER", "I-PER", "O", "B-LOC", "O", "B-ORG", "I-ORG", "O", "O"],
            ["B-PER", "I-PER", "O", "B-ORG", "O", "B-ORG", "O", "O", "B-PER"]);
        // Second sentence: gold LOC found; a gold MISC missed.
        evaluator.Add(["B-LOC", "O", "B-MISC"], ["B-LOC", "O", "O"]);

        var micro = evaluator.Micro;
        Assert.Equal(5, micro.Gold);
        Assert.Equal(5, micro.Predicted);
        Assert.Equal(2, micro.Correct);
        Assert.Equal(40.0, micro.Precision, 6);
        Assert.Equal(40.0, micro.Recall, 6);
        Assert.Equal(40.0, micro.F1, 6);

        var per = evaluator.Types["PER"];
        Assert.Equal((1, 2, 1), (per.Gold, per.Predicted, per.Correct));
        Assert.Equal(50.0, per.Precision, 6);
        Assert.Equal(100.0, per.Recall, 6);
        Assert.Equal(200.0 / 3.0, per.F1, 6);

        var loc = evaluator.Types["LOC"];
        Assert.Equal((2, 1, 1), (loc.Gold, loc.Predicted, loc.Correct));
        Assert.Equal(100.0 * 2 * 0.5 / 1.5, loc.F1, 6);

        var org = evaluator.Types["ORG"];
        Assert.Equal((1, 2, 0), (org.Gold, org.Predicted, org.Correct));
        Assert.Equal(0.0, org.F1);
        Assert.Equal(0, evaluator.Types["MISC"].Predicted);
    }

    [Fact]
    public void Json_report_has_micro_and_per_type_scores_in_percent()
    {
        var evaluator = new EntityEvaluator();
        evaluator.Add(["B-PER", "I-PER", "B-LOC"], ["B-PER", "I-PER", "O"]);
        using var json = System.Text.Json.JsonDocument.Parse(ScoreReport.Json(evaluator));
        var micro = json.RootElement.GetProperty("micro");
        Assert.Equal(100.0, micro.GetProperty("p").GetDouble());
        Assert.Equal(50.0, micro.GetProperty("r").GetDouble());
        Assert.Equal(66.67, micro.GetProperty("f1").GetDouble());
        var loc = json.RootElement.GetProperty("types").GetProperty("LOC");
        Assert.Equal(1, loc.GetProperty("gold").GetInt32());
        Assert.Equal(0, loc.GetProperty("predicted").GetInt32());
    }
}
