using NewsExtract.Core.Articles;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Records;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Officials;

/// <summary>The acceptance on the real agency article in ../shared/seeds (read there, never copied).</summary>
public sealed class SeedArticleTests
{
    private static string SeedText()
    {
        var file = Directory.EnumerateFiles(SharedSeedFactAttribute.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).First();
        var text = File.ReadAllText(file);
        int cut = text.IndexOf("\n---", StringComparison.Ordinal);
        return (cut > 0 ? text[..cut] : text).Trim();
    }

    [SharedSeedFact]
    public void Seed_article_record_has_officials_events_and_money_context()
    {
        var article = new Article { Key = "seed", Text = SeedText(), PublishedAt = new DateTimeOffset(2018, 8, 20, 12, 0, 0, TimeSpan.FromHours(4)), Source = new ArticleSource("AZERTAC", null, null) };
        var record = new RecordBuilder(TimeProvider.System).Build(DefaultPipeline.Create().Run(article));

        void Official(string name, string title, string country)
        {
            var o = Assert.Single(record.Officials, x => x.Name == name);
            Assert.Equal(title, o.Title);
            Assert.Equal(country, o.Country);
        }
        Official("Ramin Guluzade", "Minister of Transport, Communications and High Technologies", "Azerbaijan");
        Official("Konstantin Noskov", "Minister of Digital Development, Communications and Mass Communications", "Russia");
        Official("Polad Bulbuloglu", "Ambassador to Russia", "Azerbaijan");
        Official("Sergey Aristov", "Deputy Minister of Transport", "Russia");
        Assert.True(record.Officials.Single(o => o.Name == "Ramin Guluzade").Mentions.Count >= 2);
        Assert.DoesNotContain(record.Persons, p => record.Officials.Any(o => o.Name == p.Name));

        // the meeting's place (Moscow, a city) comes from the entity recogniser's spans; until "ner" is in the
        // pipeline only country names are known places, so the location is checked only when it is set
        var meeting = Assert.Single(record.Events, e => e.Type == "Meeting" && e.Participants.Contains("Konstantin Noskov"));
        Assert.Contains("Ramin Guluzade", meeting.Participants);
        Assert.Contains("Konstantin Noskov", meeting.Participants);
        Assert.True(meeting.Location is null or "Moscow", meeting.Location);
        Assert.Contains(record.Events, e => e.Type == "Conference" && e.Date == "2018-12");
        Assert.Contains(record.Events, e => e.Type == "Trade");
        Assert.All(record.Money.Where(m => m.Currency == "USD"), m => Assert.NotNull(m.Measure));
        Assert.Contains(record.Money, m => m.Measure == "trade turnover" && m.Period is not null);
        Assert.Contains(record.Money, m => m.Measure == "exports" && m.Period is not null && m.Change is not null);
    }
}
