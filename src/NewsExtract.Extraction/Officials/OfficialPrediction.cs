namespace NewsExtract.Extraction.Officials;

/// <summary>A classifier's output for one <see cref="OfficialFeatureRow"/>: the calibrated probability.</summary>
public sealed class OfficialPrediction
{
    public float Probability { get; set; }
}
