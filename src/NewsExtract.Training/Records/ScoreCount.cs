namespace NewsExtract.Training.Records;

/// <summary>True positives, predictions and gold items of one category, summed over articles, with P/R/F1.</summary>
public sealed record ScoreCount(string Category, int TruePositives, int Predicted, int Gold)
{
    public double Precision => Predicted == 0 ? (Gold == 0 ? 1 : 0) : (double)TruePositives / Predicted;
    public double Recall => Gold == 0 ? (Predicted == 0 ? 1 : 0) : (double)TruePositives / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    public ScoreCount Add(int tp, int predicted, int gold) => this with { TruePositives = TruePositives + tp, Predicted = Predicted + predicted, Gold = Gold + gold };
}
