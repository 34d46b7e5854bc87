using System.Globalization;
using System.Text.Json;
using NewsExtract.Core.Articles;

namespace NewsExtract.Ingestion.Files;

/// <summary>
/// Parses an article envelope: a JSON object with <c>text</c> (required) and optional <c>title</c>, <c>url</c>,
/// <c>publishedAt</c> (ISO 8601; <c>published</c> is read when it is absent), <c>language</c> and <c>source</c> (a name, or an object with <c>name</c> and <c>url</c>).
/// Other properties (such as gold annotations) are ignored. A <c>url</c> (the article's or the source's) must be an
/// absolute http or https URL; anything else (<c>javascript:</c>, a relative path) is refused with the reason.
/// </summary>
public static class ArticleEnvelope
{
    /// <summary>The deepest nesting of objects and arrays accepted (System.Text.Json's default).</summary>
    public const int MaxDepth = 64;

    public static Article Parse(string json, string key, ArticleSource fileSource, string inputName)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = MaxDepth });
        }
        catch (JsonException ex)
        {
            if (TooDeepAt(json) is { } at)
                throw new ArticleReadException(inputName, $"JSON nested more than {MaxDepth} levels deep (line {at.Line + 1}, byte {at.Byte + 1})", ex);
            throw new ArticleReadException(inputName, $"malformed JSON (line {ex.LineNumber + 1}, byte {ex.BytePositionInLine + 1})", ex);
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                throw new ArticleReadException(inputName, $"expected a JSON object, found {root.ValueKind}");
            var text = OptionalString(root, "text", inputName);
            if (string.IsNullOrWhiteSpace(text))
                throw new ArticleReadException(inputName, "the envelope has no \"text\"");
            return new Article
            {
                Key = key,
                Text = text.ReplaceLineEndings("\n"),
                Title = OptionalString(root, "title", inputName)?.Trim(),
                Url = OptionalWebUrl(root, "url", inputName),
                PublishedAt = OptionalDate(root, "publishedAt", inputName) ?? OptionalDate(root, "published", inputName),
                Language = OptionalString(root, "language", inputName),
                Source = ReadSource(root, fileSource, inputName),
            };
        }
    }

    private static ArticleSource ReadSource(JsonElement root, ArticleSource fileSource, string inputName)
    {
        if (!root.TryGetProperty("source", out var source) || source.ValueKind == JsonValueKind.Null)
            return fileSource;
        return source.ValueKind switch
        {
            JsonValueKind.String => fileSource with { Name = source.GetString()! },
            JsonValueKind.Object => fileSource with
            {
                Name = OptionalString(source, "name", inputName) ?? fileSource.Name,
                Url = OptionalWebUrl(source, "url", inputName) ?? fileSource.Url,
            },
            _ => throw new ArticleReadException(inputName, "\"source\" must be a string or an object"),
        };
    }

    private static string? OptionalString(JsonElement element, string name, string inputName)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null) return null;
        if (value.ValueKind != JsonValueKind.String)
            throw new ArticleReadException(inputName, $"\"{name}\" must be a string, found {value.ValueKind}");
        return value.GetString();
    }

    private static string? OptionalWebUrl(JsonElement element, string name, string inputName)
    {
        var text = OptionalString(element, name, inputName)?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https") return text;
        var shown = text.Length > 80 ? text[..80] + "…" : text;
        throw new ArticleReadException(inputName, $"\"{name}\" must be an absolute http or https URL, found \"{shown}\"");
    }

    // Where the nesting first goes deeper than MaxDepth, when that is why the document did not parse.
    private static (long Line, long Byte)? TooDeepAt(string json)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(json);
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions
        {
            AllowTrailingCommas = true,
            CommentHandling = JsonCommentHandling.Skip,
            MaxDepth = int.MaxValue,
        });
        try
        {
            while (reader.Read())
            {
                if (reader.CurrentDepth >= MaxDepth && reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
                {
                    var before = bytes.AsSpan(0, (int)reader.TokenStartIndex);
                    return (before.Count((byte)'\n'), before.Length - before.LastIndexOf((byte)'\n') - 1);
                }
            }
        }
        catch (JsonException)
        {
        }
        return null;
    }

    private static DateTimeOffset? OptionalDate(JsonElement element, string name, string inputName)
    {
        var text = OptionalString(element, name, inputName);
        if (text is null) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
            return value;
        throw new ArticleReadException(inputName, $"\"{name}\" is not an ISO 8601 date: \"{text}\"");
    }
}
