using NewsExtract.Ingestion.Html.Blocks;

namespace NewsExtract.Training.Html;

/// <summary>A trained tree ensemble in the product's layout, with each feature's gain (largest first).</summary>
public sealed record ExportedTrees(double Bias, IReadOnlyList<BlockTree> Trees, IReadOnlyList<(string Feature, double Gain)> Importance)
{
    /// <summary>The raw score: the bias plus every tree's weighted leaf value, as the product's models compute it.</summary>
    public double Score(float[] features)
    {
        var score = Bias;
        foreach (var tree in Trees)
            score += tree.Evaluate(features);
        return score;
    }
}
