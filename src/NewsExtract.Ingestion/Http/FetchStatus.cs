namespace NewsExtract.Ingestion.Http;

/// <summary>How a fetch ended: a body, "not modified" (304 on a conditional GET), or a failure with a reason.</summary>
public enum FetchStatus
{
    Ok,
    NotModified,
    Failed,
}
