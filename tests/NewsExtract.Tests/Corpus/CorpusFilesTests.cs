using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Corpus;

/// <summary>
/// Guards the project's own article corpus (<c>corpus/articles</c>) and gold set (<c>corpus/gold</c>): every envelope
/// parses with its required fields, every gold offset slices the text to the mention written, codes and event types
/// are from the allowed sets, and the gold set is big and varied enough to evaluate against.
/// </summary>
public sealed partial class CorpusFilesTests
{
    private const int MinimumGoldFiles = 40;
    private const int MinimumEventsPerType = 4;

    private static readonly string[] EntityKinds = ["persons", "officials", "organizations", "locations"];

    private static readonly HashSet<string> Measures =
    [
        "trade turnover", "exports", "imports", "investment", "loan", "grant", "budget", "contract value", "fine",
        "price", "revenue", "other",
    ];

    private static readonly HashSet<string> PercentUnits = ["percent", "percentagePoints"];

    public static TheoryData<string> EnvelopeFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ListJson("articles").Concat(ListJson("gold")))
            data.Add(file);
        return data;
    }

    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in ListJson("gold"))
            data.Add(file);
        return data;
    }

    [Theory]
    [MemberData(nameof(EnvelopeFiles))]
    public void Envelope_has_title_text_url_source_and_a_valid_publication_time(string relativePath)
    {
        using var doc = Parse(relativePath);
        var root = doc.RootElement;

        Assert.False(string.IsNullOrWhiteSpace(RequiredString(root, "title", relativePath)), $"{relativePath}: empty title");
        Assert.False(string.IsNullOrWhiteSpace(RequiredString(root, "text", relativePath)), $"{relativePath}: empty text");
        Assert.False(string.IsNullOrWhiteSpace(RequiredString(root, "source", relativePath)), $"{relativePath}: empty source");

        var url = RequiredString(root, "url", relativePath);
        Assert.True(Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http",
            $"{relativePath}: url '{url}' is not an absolute http(s) address");

        var publishedAt = RequiredString(root, "publishedAt", relativePath);
        Assert.True(
            DateTimeOffset.TryParseExact(publishedAt, "yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture,
                DateTimeStyles.None, out _),
            $"{relativePath}: publishedAt '{publishedAt}' is not an ISO 8601 time with an offset");
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_entity_mentions_slice_the_text_to_their_own_text(string relativePath)
    {
        using var doc = Parse(relativePath);
        var text = doc.RootElement.GetProperty("text").GetString()!;
        var gold = Gold(doc, relativePath);

        foreach (var kind in EntityKinds)
        {
            foreach (var entity in gold.GetProperty(kind).EnumerateArray())
            {
                var name = RequiredString(entity, "name", relativePath);
                Assert.False(string.IsNullOrWhiteSpace(name), $"{relativePath}: {kind} entry without a name");
                var mentions = entity.GetProperty("mentions");
                Assert.True(mentions.GetArrayLength() > 0, $"{relativePath}: {kind} '{name}' has no mentions");
                foreach (var mention in mentions.EnumerateArray())
                    AssertSlices(text, mention, $"{relativePath}: {kind} '{name}'");
            }
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_money_and_percentages_slice_the_text_and_use_allowed_codes(string relativePath)
    {
        using var doc = Parse(relativePath);
        var text = doc.RootElement.GetProperty("text").GetString()!;
        var gold = Gold(doc, relativePath);

        foreach (var money in gold.GetProperty("money").EnumerateArray())
        {
            var where = $"{relativePath}: money '{money.GetProperty("text").GetString()}'";
            AssertSlices(text, money, where);
            var currency = RequiredString(money, "currency", relativePath);
            Assert.True(CurrencyCode().IsMatch(currency), $"{where}: currency '{currency}' is not a 3-letter upper-case code");
            var amount = money.GetProperty("amount").GetDecimal();
            Assert.True(amount > 0, $"{where}: amount {amount} is not positive");
            var max = money.GetProperty("amountMax");
            if (max.ValueKind != JsonValueKind.Null)
                Assert.True(max.GetDecimal() > amount, $"{where}: amountMax is not above amount");
            var measure = RequiredString(money, "measure", relativePath);
            Assert.Contains(measure, Measures);
            foreach (var field in new[] { "period", "change" })
            {
                var value = money.GetProperty(field);
                if (value.ValueKind != JsonValueKind.Null)
                    Assert.True(text.Contains(value.GetString()!, StringComparison.Ordinal), $"{where}: {field} is not written in the text");
            }
        }

        foreach (var percentage in gold.GetProperty("percentages").EnumerateArray())
        {
            var where = $"{relativePath}: percentage '{percentage.GetProperty("text").GetString()}'";
            AssertSlices(text, percentage, where);
            percentage.GetProperty("value").GetDecimal();
            Assert.Contains(RequiredString(percentage, "unit", relativePath), PercentUnits);
        }
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void Gold_events_have_known_types_and_iso_dates(string relativePath)
    {
        using var doc = Parse(relativePath);
        var gold = Gold(doc, relativePath);

        foreach (var ev in gold.GetProperty("events").EnumerateArray())
        {
            var type = RequiredString(ev, "type", relativePath);
            Assert.True(EventTypes.All.Contains(type), $"{relativePath}: event type '{type}' is not in EventTypes.All");
            foreach (var participant in ev.GetProperty("participants").EnumerateArray())
                Assert.False(string.IsNullOrWhiteSpace(participant.GetString()), $"{relativePath}: {type} event with an empty participant");
            var date = ev.GetProperty("date");
            if (date.ValueKind != JsonValueKind.Null)
                Assert.True(IsoDateOrPeriod().IsMatch(date.GetString()!), $"{relativePath}: {type} event date '{date.GetString()}' is not ISO 8601");
        }
    }

    [Fact]
    public void Gold_set_is_large_enough_and_covers_every_event_type()
    {
        var files = ListJson("gold");
        Assert.True(files.Count >= MinimumGoldFiles, $"Only {files.Count} gold files; at least {MinimumGoldFiles} are needed.");

        var counts = EventTypes.All.ToDictionary(t => t, _ => 0);
        foreach (var file in files)
        {
            using var doc = Parse(file);
            foreach (var ev in Gold(doc, file).GetProperty("events").EnumerateArray())
            {
                var type = ev.GetProperty("type").GetString()!;
                if (counts.ContainsKey(type))
                    counts[type]++;
            }
        }

        var scarce = counts.Where(kv => kv.Value < MinimumEventsPerType).Select(kv => $"{kv.Key}={kv.Value}").ToList();
        Assert.True(scarce.Count == 0, $"Event types with fewer than {MinimumEventsPerType} gold events: {string.Join(", ", scarce)}");
    }

    private static List<string> ListJson(string folder)
    {
        var dir = RepoPaths.InRepo("corpus", folder);
        if (!Directory.Exists(dir))
            return [];
        return Directory.EnumerateFiles(dir, "*.json")
            .Select(path => Path.Combine(folder, Path.GetFileName(path)))
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    private static JsonDocument Parse(string relativePath)
    {
        var path = RepoPaths.InRepo("corpus", relativePath);
        try
        {
            var doc = JsonDocument.Parse(File.ReadAllText(path));
            Assert.True(doc.RootElement.ValueKind == JsonValueKind.Object, $"{relativePath}: the JSON root is not an object");
            return doc;
        }
        catch (JsonException ex)
        {
            throw new Xunit.Sdk.XunitException($"{relativePath} is not valid JSON: {ex.Message}");
        }
    }

    private static JsonElement Gold(JsonDocument doc, string relativePath)
    {
        Assert.True(doc.RootElement.TryGetProperty("gold", out var gold) && gold.ValueKind == JsonValueKind.Object,
            $"{relativePath}: no gold object");
        return gold;
    }

    private static string RequiredString(JsonElement element, string property, string relativePath)
    {
        Assert.True(element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String,
            $"{relativePath}: '{property}' is missing or not a string");
        return value.GetString()!;
    }

    private static void AssertSlices(string text, JsonElement mention, string where)
    {
        var expected = mention.GetProperty("text").GetString()!;
        var start = mention.GetProperty("start").GetInt32();
        var end = mention.GetProperty("end").GetInt32();
        Assert.True(0 <= start && start < end && end <= text.Length, $"{where}: range [{start}, {end}) is outside the text");
        var actual = text[start..end];
        Assert.True(actual == expected, $"{where}: [{start}, {end}) slices '{actual}', not '{expected}'");
    }

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex CurrencyCode();

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?(/\d{4}(-\d{2}(-\d{2})?)?)?$")]
    private static partial Regex IsoDateOrPeriod();
}
