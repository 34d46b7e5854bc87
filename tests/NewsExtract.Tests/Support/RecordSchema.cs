using System.Text.Json;
using Json.Schema;

namespace NewsExtract.Tests.Support;

/// <summary>The record's JSON Schema from the repository, and checks that a produced line keeps the contract.</summary>
public static class RecordSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromText(File.ReadAllText(RepoPaths.InRepo("schema", "article-record.v3.schema.json"))));

    /// <summary>Fails with every schema error, then checks that each mention's text is the slice its offsets cover.</summary>
    public static void AssertValid(string jsonLine)
    {
        using var json = JsonDocument.Parse(jsonLine);
        var result = Schema.Value.Evaluate(json.RootElement, new EvaluationOptions
        {
            OutputFormat = OutputFormat.List,
            RequireFormatValidation = true,
        });
        if (!result.IsValid)
        {
            var errors = (result.Details ?? [])
                .Where(d => d.Errors is { Count: > 0 })
                .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"));
            Assert.Fail("Record does not match the schema:\n" + string.Join("\n", errors));
        }
        AssertOffsetsSliceText(json.RootElement);
    }

    private static void AssertOffsetsSliceText(JsonElement record)
    {
        var text = record.GetProperty("text").GetString()!;
        foreach (var mention in Mentions(record))
        {
            var start = mention.GetProperty("start").GetInt32();
            var end = mention.GetProperty("end").GetInt32();
            Assert.True(start >= 0 && start < end && end <= text.Length, $"Offsets [{start}, {end}) are outside the text");
            Assert.Equal(mention.GetProperty("text").GetString(), text[start..end]);
        }
    }

    private static IEnumerable<JsonElement> Mentions(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            if (element.TryGetProperty("start", out _) && element.TryGetProperty("end", out _) && element.TryGetProperty("text", out _))
                yield return element;
            foreach (var property in element.EnumerateObject())
                if (property.Name != "text")
                    foreach (var inner in Mentions(property.Value)) yield return inner;
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                foreach (var inner in Mentions(item)) yield return inner;
        }
    }
}
