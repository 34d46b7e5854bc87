namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>How many of the pages whose truth has a field got it right.</summary>
public sealed record FieldAccuracy(int Correct, int Pages)
{
    public double? Accuracy => Pages == 0 ? null : (double)Correct / Pages;

    public static FieldAccuracy Of(IEnumerable<bool?> outcomes)
    {
        int correct = 0, pages = 0;
        foreach (var outcome in outcomes)
        {
            if (outcome is null)
                continue;
            pages++;
            if (outcome.Value)
                correct++;
        }
        return new FieldAccuracy(correct, pages);
    }
}
