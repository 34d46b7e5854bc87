using NewsExtract.Core.Records;
using NewsExtract.Storage.Review;
using NewsExtract.Storage.State;

namespace NewsExtract.Tests.Review;

/// <summary>
/// Test records for the review page, written for these tests: a realistic agency-style article with officials, a
/// person, organisations, places, money, a percentage, dates and events, and a hostile one whose text holds markup.
/// Offsets are computed from the text, so the records always satisfy the schema.
/// </summary>
public static class ReviewSample
{
    public const string Id = "0123456789abcdef0123";
    public const string HostileId = "fedcba9876543210fedc";

    public const string Text =
        "BAKU, May 14. President of Azerbaijan Ilham Aliyev met with Chinese Minister of Commerce Wang Wentao in Baku on Tuesday. " +
        "The sides discussed trade, energy and transport links between the two countries.\n\n" +
        "Trade turnover between Azerbaijan and China reached $1.14 billion in January-March 2024, up 12.5 percent year on year. " +
        "The State Oil Company of Azerbaijan (SOCAR) and China National Petroleum Corporation signed an agreement on a joint solar project worth $250 million.\n\n" +
        "Minister of Economy Mikayil Jabbarov said the Asian Infrastructure Investment Bank would lend 150 million euros for the Baku-Sumgayit road. " +
        "Economist Rauf Mammadov told reporters the project would create about 800 jobs.";

    /// <summary>The sample as the models write it (schema version 3): entities and events numbered, events with trigger, status and participant roles.</summary>
    public static ArticleRecord Record(string id = Id, int revision = 1, string source = "trend", DateTimeOffset? published = null) => RecordIds.Assign(new ArticleRecord
    {
        Id = id,
        Revision = revision,
        Source = new SourceRecord(source, null, "corpus/sample.json"),
        Url = "https://example.org/news/azerbaijan-china-trade",
        Title = "Azerbaijan and China discuss trade, sign solar project agreement",
        PublishedAt = published ?? new DateTimeOffset(2024, 5, 14, 12, 30, 0, TimeSpan.FromHours(4)),
        ExtractedAt = new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero),
        Language = "en",
        Text = Text,
        Persons = [new EntityRecord("Rauf Mammadov", [M("Rauf Mammadov")])],
        Officials =
        [
            new OfficialRecord("Ilham Aliyev", "President", "Azerbaijan", null, [M("Ilham Aliyev")]),
            new OfficialRecord("Wang Wentao", "Minister of Commerce", "China", "Ministry of Commerce", [M("Wang Wentao")]),
            new OfficialRecord("Mikayil Jabbarov", "Minister of Economy", "Azerbaijan", null, [M("Mikayil Jabbarov")]),
        ],
        Organizations =
        [
            new EntityRecord("State Oil Company of Azerbaijan", [M("State Oil Company of Azerbaijan"), M("SOCAR")]),
            new EntityRecord("China National Petroleum Corporation", [M("China National Petroleum Corporation")]),
            new EntityRecord("Asian Infrastructure Investment Bank", [M("Asian Infrastructure Investment Bank")]),
        ],
        Locations =
        [
            new EntityRecord("Azerbaijan", [M("Azerbaijan", 0), M("Azerbaijan", 1)]),
            new EntityRecord("Baku", [M("BAKU"), M("Baku", 0)]),
            new EntityRecord("China", [M("China", 0)]),
        ],
        Money =
        [
            Money("$1.14 billion", 1140000000m, "USD", "trade turnover", "January-March 2024", "increase") with { ChangeText = "up 12.5 percent year on year" },
            Money("$250 million", 250000000m, "USD", "contract value", null, null),
            Money("150 million euros", 150000000m, "EUR", "loan", null, null),
        ],
        Percentages = [new PercentageRecord("12.5 percent", 12.5m, "percent", At("12.5 percent"), At("12.5 percent") + "12.5 percent".Length)],
        Dates =
        [
            new DateRecord("May 14", "2024-05-14", "2024-05-14", "2024-05-14", At("May 14"), At("May 14") + 6),
            new DateRecord("January-March 2024", "2024-01/2024-03", "2024-01-01", "2024-03-31", At("January-March 2024"), At("January-March 2024") + 18),
        ],
        Events =
        [
            Event("Meeting", ["Ilham Aliyev", "Wang Wentao"], "Baku", "2024-05-14", "President of Azerbaijan", "on Tuesday.") with
            {
                Trigger = M("met"), Status = EventStatuses.Occurred, StatusSource = StatusSources.Model,
                ParticipantRefs = [new("off1", "Ilham Aliyev", EventRoles.Agent), new("off2", "Wang Wentao", EventRoles.Counterpart)],
            },
            Event("Agreement", ["State Oil Company of Azerbaijan", "China National Petroleum Corporation"], null, null, "The State Oil Company", "$250 million.") with
            {
                Trigger = M("signed"), Status = EventStatuses.Occurred, StatusSource = StatusSources.Model,
                ParticipantRefs = [new("org1", "State Oil Company of Azerbaijan", EventRoles.Agent), new("org2", "China National Petroleum Corporation", EventRoles.Agent)],
            },
            Event("Investment", ["Asian Infrastructure Investment Bank"], null, null, "Minister of Economy", "Baku-Sumgayit road.") with
            {
                Trigger = M("lend"), Status = EventStatuses.Planned, StatusSource = StatusSources.Model,
                ParticipantRefs = [new("org3", "Asian Infrastructure Investment Bank", EventRoles.Agent)],
            },
        ],
        Model = new Dictionary<string, string> { ["ner"] = "test-1" },
    });

    /// <summary>A record whose title and text carry markup and script, as a hostile page might.</summary>
    public static ArticleRecord Hostile()
    {
        const string text = "Officials said <script>document.title='pwned'</script> and <img src=x onerror=\"document.title='pwned'\"> appeared in the feed. Kamran Aliyev & co.";
        var name = text.IndexOf("Kamran Aliyev", StringComparison.Ordinal);
        return Record(HostileId) with
        {
            Title = "<script>alert('title')</script> Hostile article",
            Text = text,
            Persons = [new EntityRecord("Kamran Aliyev", [new MentionRecord("Kamran Aliyev", name, name + 13)])],
            Officials = [], Organizations = [], Locations = [], Money = [], Percentages = [], Dates = [], Events = [],
        };
    }

    /// <summary>Stores records the way the worker does (state store, one line per revision).</summary>
    /// <summary>The reviewed articles in the SQLite state database at <paramref name="databasePath"/>, read whole.</summary>
    public static List<NewsExtract.Review.Export.ReviewedArticle> ReviewedArticles(string databasePath, bool completedOnly = false)
    {
        using var storage = NewsExtract.Storage.Review.ReviewStorage.Sqlite(databasePath);
        return [.. NewsExtract.Review.Export.ReviewedArticles.Load(storage, completedOnly)];
    }

    public static void Seed(string databasePath, params ArticleRecord[] records)
    {
        using var store = new SqliteStateStore(databasePath);
        foreach (var record in records)
            store.SaveProcessed(new ArticleState(record.Id, record.Source.Name, record.Id + ".json", "fp-" + record.Revision, record.Revision),
                RecordSerializer.ToJsonLine(record), record.ExtractedAt);
    }

    public static MentionRecord M(string phrase, int occurrence = 0)
    {
        var start = At(phrase, occurrence);
        return new MentionRecord(phrase, start, start + phrase.Length);
    }

    /// <summary>The review page's key of a mention of <paramref name="phrase"/> as <paramref name="kind"/> ("person:10-22").</summary>
    public static string Key(string kind, string phrase, int occurrence = 0)
    {
        var start = At(phrase, occurrence);
        return $"{kind}:{start}-{start + phrase.Length}";
    }

    /// <summary>A decision on the sample record by reviewer "ann" at a fixed time.</summary>
    public static ReviewDecision Decision(string action, string target) => new()
    {
        RecordId = Id, Revision = 1, Target = target, Action = action, Reviewer = "ann",
        DecidedAt = new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero),
    };

    public static int At(string phrase, int occurrence = 0)
    {
        var start = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            start = Text.IndexOf(phrase, start + 1, StringComparison.Ordinal);
            if (start < 0) throw new ArgumentException($"'{phrase}' (occurrence {occurrence}) is not in the sample text.");
        }
        return start;
    }

    private static MoneyRecord Money(string phrase, decimal amount, string currency, string? measure, string? period, string? change)
    {
        var start = At(phrase);
        return new MoneyRecord(phrase, amount, null, currency, start, start + phrase.Length, measure, period, change);
    }

    private static EventRecord Event(string type, string[] participants, string? location, string? date, string from, string to)
    {
        var start = At(from);
        var end = Text.IndexOf(to, start, StringComparison.Ordinal) + to.Length;
        return new EventRecord(type, participants, location, date, new MentionRecord(Text[start..end], start, end));
    }
}
