using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// The page's <c>&lt;meta&gt;</c> values keyed by <c>name</c>, <c>property</c>, <c>itemprop</c> or <c>http-equiv</c>
/// (case-insensitive; the first non-empty value of a key wins).
/// </summary>
public sealed class MetaTags
{
    private readonly Dictionary<string, string> _values = new(StringComparer.OrdinalIgnoreCase);

    public MetaTags(IEnumerable<HtmlNode> metas)
    {
        foreach (var meta in metas)
        {
            var content = meta.GetAttributeValue("content", null);
            if (string.IsNullOrWhiteSpace(content))
                continue;
            content = TextNormalizer.Clean(content);
            foreach (var attribute in (string[])["name", "property", "itemprop", "http-equiv"])
            {
                var key = meta.GetAttributeValue(attribute, null)?.Trim();
                if (!string.IsNullOrEmpty(key))
                    _values.TryAdd(key, content);
            }
        }
    }

    /// <summary>The value of the first of <paramref name="keys"/> the page has, or null.</summary>
    public string? Get(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            if (_values.TryGetValue(key, out var value))
                return value;
        }
        return null;
    }
}
