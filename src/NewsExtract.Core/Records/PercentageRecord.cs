namespace NewsExtract.Core.Records;

/// <summary>A percentage (<c>unit</c> "percent") or a change in percentage points (<c>unit</c> "percentagePoints").</summary>
public sealed record PercentageRecord(string Text, decimal Value, string Unit, int Start, int End)
{
    /// <summary>How the text hedges the figure: "about", "more than", "less than", "nearly", "at least", "up to", or null.</summary>
    public string? Qualifier { get; init; }
}
