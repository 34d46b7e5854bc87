namespace NewsExtract.Core.Documents;

/// <summary>A percentage or percentage-point figure: <see cref="Value"/> is the number as a percent (8.54 for "8.54%").</summary>
public sealed record PercentMention(int Start, int End, decimal Value, bool IsPercentagePoints)
{
    /// <summary>How the text hedges the figure ("more than", "about" …): one of <see cref="Qualifiers"/>, or null.</summary>
    public string? Qualifier { get; init; }
}
