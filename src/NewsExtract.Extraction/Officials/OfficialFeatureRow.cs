namespace NewsExtract.Extraction.Officials;

/// <summary>One row the officials classifiers read: the space-separated feature tokens, the label and a weight (training).</summary>
public sealed class OfficialFeatureRow
{
    public string Features { get; set; } = "";

    public bool Label { get; set; }

    public float Weight { get; set; } = 1f;
}
