using System.Text.Json;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Review;

/// <summary>
/// The review's lists (the editor's selects and the server's checks) are the record schema's vocabularies, value for
/// value: a reviewer can set every value the schema allows and none it refuses.
/// </summary>
public sealed class ReviewVocabulariesTests
{
    private static string[] SchemaEnum(string definition, string property)
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(RepoPaths.InRepo("schema", "article-record.v3.schema.json")));
        return [.. schema.RootElement.GetProperty("$defs").GetProperty(definition).GetProperty("properties").GetProperty(property)
            .GetProperty("enum").EnumerateArray().Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!)];
    }

    [Fact]
    public void Money_measures_and_changes_and_event_statuses_match_the_schema()
    {
        Assert.Equal(SchemaEnum("money", "measure"), MoneyMeasures.All);
        Assert.Equal(SchemaEnum("money", "change"), ChangeDirections.All);
        Assert.Equal(SchemaEnum("event", "status"), EventStatuses.All);
        Assert.Equal(SchemaEnum("event", "type"), EventTypes.All);
        Assert.Equal(SchemaEnum("event", "statusSource"), StatusSources.All);
        Assert.Equal(SchemaEnum("participantRef", "role"), EventRoles.All);
    }
}
