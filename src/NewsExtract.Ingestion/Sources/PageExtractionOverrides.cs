namespace NewsExtract.Ingestion.Sources;

/// <summary>A source's XPath overrides for pages whose layout is known; null members leave the general heuristics in charge.</summary>
public sealed record PageExtractionOverrides(string? TitleXPath = null, string? BodyXPath = null, string? DateXPath = null)
{
    public static PageExtractionOverrides None { get; } = new();
}
