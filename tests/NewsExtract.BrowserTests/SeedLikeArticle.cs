using System.Text.RegularExpressions;
using NewsExtract.Core.Records;

namespace NewsExtract.BrowserTests;

/// <summary>
/// A long agency-style article written for these tests, shaped like the project's seed article: many highlights,
/// "Azerbaijan" twelve times and "Russia" eleven, officials named twice, amounts, percentages, dates and events. Its
/// record is "right" (what a good model would extract), so reviewing it is only confirming. Offsets come from the text.
/// </summary>
public static partial class SeedLikeArticle
{
    public const string Text =
        "BAKU, March 3. Azerbaijan and Russia held the twentieth meeting of their intergovernmental commission in Baku on Monday. " +
        "Deputy Prime Minister of Azerbaijan Shahin Mustafayev and Deputy Prime Minister of Russia Alexei Overchuk chaired the talks.\n\n" +
        "Trade between Azerbaijan and Russia reached $4.2 billion in 2023, up 18.5 percent. " +
        "Exports from Azerbaijan to Russia grew by 11.2 percent, while imports from Russia rose to $3.1 billion.\n\n" +
        "Mustafayev said Azerbaijan sees Russia as a key partner in transport. " +
        "Overchuk noted that Russia and Azerbaijan agreed to expand the North-South corridor through Astara.\n\n" +
        "Azerbaijan Railways and Russian Railways signed a memorandum on freight on March 3. " +
        "The Caspian Shipping Company of Azerbaijan will add two ferries by June 2025, the companies said.\n\n" +
        "Russia plans to invest $500 million in a logistics hub near Baku, and Azerbaijan will contribute $120 million. " +
        "Economist Farid Aliyev said the hub could cut transit times by 30 percent.\n\n" +
        "Azerbaijan and Russia will hold the next commission meeting in Moscow in October 2025. " +
        "Officials said Moscow expects Azerbaijan to join a customs pilot in 2026.\n\n" +
        "Mustafayev and Overchuk also discussed energy. Azerbaijan exports gas north, and Russia supplies grain, " +
        "with grain shipments up 6 percent. Both said Azerbaijan and Russia value the partnership.\n\n" +
        "Azerbaijan Railways will buy 40 wagons from Russian Railways for $75 million, and the Caspian Shipping Company will lease " +
        "a dock in Astara from January 2026. Analyst Leyla Mammadova expects freight to grow by 4 percent. Talks continue on March 4.";

    public static ArticleRecord Record(string id = "5eed5eed5eed5eed5eed", string title = "Azerbaijan and Russia review trade and transport at commission meeting",
        DateTimeOffset? published = null) => new()
    {
        Id = id,
        Revision = 1,
        Source = new SourceRecord("trend", null, "corpus/articles/seed-like.json"),
        Url = null,
        Title = title,
        PublishedAt = published ?? new DateTimeOffset(2025, 3, 3, 15, 0, 0, TimeSpan.FromHours(4)),
        ExtractedAt = new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.Zero),
        Language = "en",
        Text = Text,
        Persons = [Entity("Farid Aliyev"), Entity("Leyla Mammadova")],
        Officials =
        [
            new OfficialRecord("Shahin Mustafayev", "Deputy Prime Minister", "Azerbaijan", "Cabinet of Ministers", [.. All("Shahin Mustafayev"), .. All("Mustafayev").Skip(1)]),
            new OfficialRecord("Alexei Overchuk", "Deputy Prime Minister", "Russia", "Government of Russia", [.. All("Alexei Overchuk"), .. All("Overchuk").Skip(1)]),
        ],
        Organizations = [Entity("Azerbaijan Railways"), Entity("Russian Railways"), Entity("Caspian Shipping Company")],
        Locations = [new EntityRecord("Azerbaijan", [.. All("Azerbaijan").Where(m => !Text[m.End..].StartsWith(" Railways", StringComparison.Ordinal))]), Entity("Russia"), Entity("Baku", "BAKU"), Entity("Moscow"), Entity("Astara")],
        Money =
        [
            Money("$4.2 billion", 4200000000m, "trade turnover", "2023", "up 18.5 percent"),
            Money("$3.1 billion", 3100000000m, "imports", null, null),
            Money("$500 million", 500000000m, "investment", null, null),
            Money("$120 million", 120000000m, "investment", null, null),
            Money("$75 million", 75000000m, "contract value", null, null),
        ],
        Percentages = [Percent("18.5 percent", 18.5m), Percent("11.2 percent", 11.2m), Percent("30 percent", 30m), Percent("6 percent", 6m), Percent("4 percent", 4m)],
        Dates =
        [
            Date("March 3", "2025-03-03", 0), Date("2023", "2023", 0), Date("March 3", "2025-03-03", 1), Date("June 2025", "2025-06", 0),
            Date("October 2025", "2025-10", 0), Date("2026", "2026", 0), Date("January 2026", "2026-01", 0), Date("March 4", "2025-03-04", 0),
        ],
        Events =
        [
            Event("Meeting", ["Azerbaijan", "Russia"], "Baku", "2025-03-03", "Azerbaijan and Russia held"),
            Event("Trade", ["Azerbaijan", "Russia"], null, "2023", "Trade between Azerbaijan"),
            Event("Agreement", ["Azerbaijan Railways", "Russian Railways"], null, "2025-03-03", "Azerbaijan Railways and Russian Railways signed"),
            Event("Investment", ["Russia"], "Baku", null, "Russia plans to invest"),
            Event("Meeting", ["Azerbaijan", "Russia"], "Moscow", "2025-10", "Azerbaijan and Russia will hold"),
            Event("Trade", ["Azerbaijan Railways", "Russian Railways"], "Astara", "2026-01", "Azerbaijan Railways will buy"),
        ],
        Model = new Dictionary<string, string> { ["ner"] = "test-ner-2", ["events"] = "test-events-1" },
    };

    /// <summary>Every whole-word occurrence of <paramref name="phrase"/> (not inside a longer word such as "Russian").</summary>
    public static List<MentionRecord> All(string phrase) =>
        [.. Regex.Matches(Text, $@"(?<![\w-]){Regex.Escape(phrase)}(?![\w-])").Select(m => new MentionRecord(m.Value, m.Index, m.Index + m.Length))];

    [GeneratedRegex(@"\.(\s|$)")]
    private static partial Regex SentenceEnd();

    private static EntityRecord Entity(string name, params string[] alsoWritten)
    {
        var mentions = All(name).Concat(alsoWritten.SelectMany(All)).OrderBy(m => m.Start).ToList();
        return new EntityRecord(name, mentions);
    }

    private static MoneyRecord Money(string text, decimal amount, string? measure, string? period, string? change)
    {
        var m = All(text).First();
        return new MoneyRecord(text, amount, null, "USD", m.Start, m.End, measure, period, change);
    }

    private static PercentageRecord Percent(string text, decimal value)
    {
        var m = All(text).First();
        return new PercentageRecord(text, value, "percent", m.Start, m.End);
    }

    private static DateRecord Date(string text, string value, int occurrence)
    {
        var m = All(text).ElementAt(occurrence);
        return new DateRecord(text, value, null, null, m.Start, m.End);
    }

    private static EventRecord Event(string type, string[] participants, string? location, string? date, string opening)
    {
        var start = Text.IndexOf(opening, StringComparison.Ordinal);
        var stop = SentenceEnd().Match(Text, start);
        var end = stop.Success ? stop.Index + 1 : Text.Length;
        return new EventRecord(type, participants, location, date, new MentionRecord(Text[start..end], start, end));
    }
}
