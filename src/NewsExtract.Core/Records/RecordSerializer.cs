using System.Text.Encodings.Web;
using System.Text.Json;

namespace NewsExtract.Core.Records;

/// <summary>Reads and writes <see cref="ArticleRecord"/> as one line of JSON (the feed's JSON Lines format).</summary>
public static class RecordSerializer
{
    private static readonly RecordJsonContext Context = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        // Keep non-ASCII text readable in the feed (Cyrillic names, the manat sign); still escapes what JSON needs.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = false,
    });

    public static string ToJsonLine(ArticleRecord record) =>
        JsonSerializer.Serialize(record, Context.ArticleRecord);

    public static ArticleRecord FromJson(string json) =>
        JsonSerializer.Deserialize(json, Context.ArticleRecord)
        ?? throw new JsonException("The JSON text is null, not an article record.");
}
