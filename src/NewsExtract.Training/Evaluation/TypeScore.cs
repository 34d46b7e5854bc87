namespace NewsExtract.Training.Evaluation;

/// <summary>Entity-level counts and scores for one type (or micro over all): P, R and F1 in percent.</summary>
public sealed record TypeScore(int Gold, int Predicted, int Correct)
{
    public double Precision => Predicted == 0 ? 0 : 100.0 * Correct / Predicted;
    public double Recall => Gold == 0 ? 0 : 100.0 * Correct / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
