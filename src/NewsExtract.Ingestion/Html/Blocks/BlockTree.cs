using System.Text.Json.Serialization;

namespace NewsExtract.Ingestion.Html.Blocks;

/// <summary>
/// One regression tree of the <see cref="BlockClassifierModel"/>. Node i tests <c>features[Feature[i]] &lt;=
/// Threshold[i]</c> and goes to <c>Left[i]</c> if so, else <c>Right[i]</c>; a negative child <c>c</c> is leaf <c>~c</c>,
/// whose value (times <see cref="Weight"/>) the tree outputs.
/// </summary>
public sealed record BlockTree(
    [property: JsonPropertyName("weight")] double Weight,
    [property: JsonPropertyName("feature")] int[] Feature,
    [property: JsonPropertyName("threshold")] float[] Threshold,
    [property: JsonPropertyName("left")] int[] Left,
    [property: JsonPropertyName("right")] int[] Right,
    [property: JsonPropertyName("leaf")] double[] Leaf)
{
    public double Evaluate(float[] features)
    {
        if (Feature.Length == 0)
            return Weight * Leaf[0];
        var node = 0;
        while (true)
        {
            var next = features[Feature[node]] <= Threshold[node] ? Left[node] : Right[node];
            if (next < 0)
                return Weight * Leaf[~next];
            node = next;
        }
    }

    internal void Validate(int featureCount)
    {
        var nodes = Feature.Length;
        if (Threshold.Length != nodes || Left.Length != nodes || Right.Length != nodes || Leaf.Length != nodes + 1)
            throw new InvalidDataException("A tree of the block model has arrays of inconsistent lengths.");
        for (var i = 0; i < nodes; i++)
        {
            if (Feature[i] < 0 || Feature[i] >= featureCount)
                throw new InvalidDataException("A tree of the block model tests a feature that does not exist.");
            foreach (var child in (int[])[Left[i], Right[i]])
            {
                // Children point forward (no cycles) or to a leaf.
                if (child >= 0 ? child <= i || child >= nodes : ~child >= Leaf.Length)
                    throw new InvalidDataException("A tree of the block model has a child that points outside the tree.");
            }
        }
    }
}
