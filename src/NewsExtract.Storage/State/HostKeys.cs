namespace NewsExtract.Storage.State;

/// <summary>The key a URL's politeness row is kept under: its authority (host and port), lower case; "" for a non-URL.</summary>
public static class HostKeys
{
    public static string Of(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Authority.ToLowerInvariant() : "";
}
