using NewsExtract.Ingestion.Http;

namespace NewsExtract.Ingestion.Sources;

/// <summary>What a link source needs to know: its name, its document's URL, host limits, a cap on links per pass, the listing XPath.</summary>
public sealed record WebSourceSettings(string Name, Uri Url, HostLimits Limits, int MaxLinksPerPass = 500, string? LinkXPath = null);
