using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace NewsExtract.Training.Evaluation;

/// <summary>Formats evaluator scores as a text table, a Markdown table or the JSON object of <c>evaluate ner --json</c>.</summary>
public static class ScoreReport
{
    public static string Table(EntityEvaluator evaluator)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-14} {"P",7} {"R",7} {"F1",7} {"gold",7} {"pred",7}");
        foreach (var (type, s) in evaluator.Types) Row(sb, type, s);
        Row(sb, "micro", evaluator.Micro);
        return sb.ToString();
    }

    public static string Markdown(EntityEvaluator evaluator)
    {
        var sb = new StringBuilder();
        sb.AppendLine("| type | P | R | F1 | gold | predicted |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|");
        foreach (var (type, s) in evaluator.Types)
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {type} | {s.Precision:F2} | {s.Recall:F2} | {s.F1:F2} | {s.Gold} | {s.Predicted} |");
        var m = evaluator.Micro;
        sb.AppendLine(CultureInfo.InvariantCulture, $"| **micro** | {m.Precision:F2} | {m.Recall:F2} | **{m.F1:F2}** | {m.Gold} | {m.Predicted} |");
        return sb.ToString();
    }

    /// <summary><c>{"micro":{"p","r","f1"},"types":{"PER":{"p","r","f1","gold","predicted"},…}}</c>, scores in percent.</summary>
    public static string Json(EntityEvaluator evaluator)
    {
        var micro = evaluator.Micro;
        var types = new JsonObject();
        foreach (var (type, s) in evaluator.Types)
        {
            types[type] = new JsonObject
            {
                ["p"] = Round(s.Precision), ["r"] = Round(s.Recall), ["f1"] = Round(s.F1),
                ["gold"] = s.Gold, ["predicted"] = s.Predicted,
            };
        }
        var root = new JsonObject
        {
            ["micro"] = new JsonObject { ["p"] = Round(micro.Precision), ["r"] = Round(micro.Recall), ["f1"] = Round(micro.F1) },
            ["types"] = types,
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    private static double Round(double v) => Math.Round(v, 2);

    private static void Row(StringBuilder sb, string type, TypeScore s)
        => sb.AppendLine(CultureInfo.InvariantCulture, $"{type,-14} {s.Precision,7:F2} {s.Recall,7:F2} {s.F1,7:F2} {s.Gold,7} {s.Predicted,7}");
}
