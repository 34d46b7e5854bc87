using System.Text.Json;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Reads the schema.org article object from a page's <c>application/ld+json</c> scripts: looks through arrays,
/// <c>@graph</c> and <c>mainEntity</c> for NewsArticle, Article, BlogPosting and kin, preferring news types. Broken
/// JSON is skipped.
/// </summary>
public static class JsonLdReader
{
    private static readonly string[] ArticleTypes =
    [
        "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle", "BackgroundNewsArticle",
        "ReviewNewsArticle", "Article", "BlogPosting", "LiveBlogPosting", "SocialMediaPosting", "TechArticle", "Report",
        "ScholarlyArticle", "Review", "DiscussionForumPosting", "Question", "Recipe", "HowTo",
    ];

    private static readonly JsonDocumentOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    /// <summary>Whether a schema.org type names an article (news, blog post, report…), not a forum post, question, recipe or web page.</summary>
    public static bool IsArticleType(string type)
    {
        var i = Array.FindIndex(ArticleTypes, t => t.Equals(type, StringComparison.OrdinalIgnoreCase));
        return i >= 0 && i < Array.IndexOf(ArticleTypes, "DiscussionForumPosting");
    }

    /// <summary>The best article object on the page, or null when there is none.</summary>
    public static JsonLdArticle? Read(IEnumerable<string> blocks)
    {
        JsonLdArticle? best = null;
        var bestRank = int.MaxValue;
        foreach (var block in blocks)
        {
            var json = block.Trim();
            if (json.StartsWith("<!--", StringComparison.Ordinal))
                json = json[4..];
            if (json.EndsWith("-->", StringComparison.Ordinal))
                json = json[..^3];
            if (!TryVisit(json, ref best, ref bestRank) && JsonLdStrings.WithoutRawControls(json) is { } repaired)
                TryVisit(repaired, ref best, ref bestRank);
        }
        return best;
    }

    /// <summary>Reads one block; false when it is not JSON (a broken block says nothing; other blocks may still do).</summary>
    private static bool TryVisit(string json, ref JsonLdArticle? best, ref int bestRank)
    {
        try
        {
            using var doc = JsonDocument.Parse(json, Options);
            Visit(doc.RootElement, 0, ref best, ref bestRank);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static void Visit(JsonElement element, int depth, ref JsonLdArticle? best, ref int bestRank)
    {
        if (depth > 8)
            return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    Visit(item, depth + 1, ref best, ref bestRank);
                return;
            case JsonValueKind.Object:
                break;
            default:
                return;
        }
        var rank = TypeRank(element);
        if (rank < bestRank)
        {
            best = ToArticle(element);
            bestRank = rank;
        }
        foreach (var key in (string[])["@graph", "mainEntity", "mainEntityOfPage"])
        {
            if (element.TryGetProperty(key, out var inner))
                Visit(inner, depth + 1, ref best, ref bestRank);
        }
    }

    private static int TypeRank(JsonElement element)
    {
        if (!element.TryGetProperty("@type", out var type))
            return int.MaxValue;
        var rank = int.MaxValue;
        foreach (var name in Strings(type))
        {
            var i = Array.FindIndex(ArticleTypes, t => t.Equals(name, StringComparison.OrdinalIgnoreCase));
            if (i >= 0)
                rank = Math.Min(rank, i);
            else if (name.Equals("WebPage", StringComparison.OrdinalIgnoreCase) && element.TryGetProperty("datePublished", out _))
                rank = Math.Min(rank, ArticleTypes.Length);
        }
        return rank;
    }

    private static IEnumerable<string> Strings(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.String)
            yield return value.GetString() ?? "";
        else if (value.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in value.EnumerateArray())
            {
                if (item.ValueKind == JsonValueKind.String)
                    yield return item.GetString() ?? "";
            }
        }
    }

    private static JsonLdArticle ToArticle(JsonElement e)
    {
        var authors = Names(e, "author", out var organizations);
        if (authors.Count == 0)
            authors = Names(e, "creator", out organizations);
        return new JsonLdArticle
        {
            Type = Strings(e.GetProperty("@type")).FirstOrDefault() ?? "",
            Headline = Text(e, "headline") ?? Text(e, "name"),
            DatePublished = Text(e, "datePublished"),
            DateCreated = Text(e, "dateCreated"),
            DateModified = Text(e, "dateModified"),
            Authors = authors,
            AuthorsAreOrganizations = organizations,
            Url = Text(e, "url") ?? Id(e, "mainEntityOfPage"),
            Language = Text(e, "inLanguage"),
            ArticleBody = Text(e, "articleBody"),
        };
    }

    private static string? Text(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v))
            return null;
        if (v.ValueKind == JsonValueKind.Array)
            v = v.EnumerateArray().FirstOrDefault();
        var s = v.ValueKind switch
        {
            JsonValueKind.String => v.GetString(),
            JsonValueKind.Object when v.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
            JsonValueKind.Object when v.TryGetProperty("@value", out var n) && n.ValueKind == JsonValueKind.String => n.GetString(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(s) ? null : s.Trim();
    }

    private static string? Id(JsonElement e, string property)
    {
        if (!e.TryGetProperty(property, out var v))
            return null;
        if (v.ValueKind == JsonValueKind.String)
            return v.GetString();
        return v.ValueKind == JsonValueKind.Object && v.TryGetProperty("@id", out var id) && id.ValueKind == JsonValueKind.String
            ? id.GetString()
            : null;
    }

    /// <summary>The names of the people (or organisations) in <paramref name="property"/>; <paramref name="organizations"/> when every one is typed Organization.</summary>
    private static List<string> Names(JsonElement e, string property, out bool organizations)
    {
        organizations = false;
        var names = new List<string>();
        if (!e.TryGetProperty(property, out var v))
            return names;
        var people = 0;
        var companies = 0;
        foreach (var item in v.ValueKind == JsonValueKind.Array ? v.EnumerateArray().ToArray() : [v])
        {
            if (item.ValueKind == JsonValueKind.Object && item.TryGetProperty("@type", out var type))
            {
                if (Strings(type).Any(t => t is "Organization" or "NewsMediaOrganization" or "Corporation" or "WebSite" or "Brand"))
                    companies++;
                else
                    people++;
            }
            else
            {
                people++;
            }
            var name = item.ValueKind switch
            {
                JsonValueKind.String => item.GetString(),
                JsonValueKind.Object when item.TryGetProperty("name", out var n) => n.ValueKind == JsonValueKind.String
                    ? n.GetString()
                    : n.ValueKind == JsonValueKind.Array ? n.EnumerateArray().Select(x => x.ToString()).FirstOrDefault() : null,
                _ => null,
            };
            name = TextNormalizer.Clean(name);
            if (name.Length > 0 && !name.StartsWith("http", StringComparison.OrdinalIgnoreCase) && !names.Contains(name))
                names.Add(name);
        }
        organizations = companies > 0 && people == 0;
        return names;
    }
}
