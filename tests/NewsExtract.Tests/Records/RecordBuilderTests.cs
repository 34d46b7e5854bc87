using Microsoft.Extensions.Time.Testing;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Records;

namespace NewsExtract.Tests.Records;

public sealed class RecordBuilderTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 0, 0, TimeSpan.Zero);

    private static Document Sample()
    {
        const string text = "Trade reached $1.14 billion, up 8.54 percent, in December 2018.";
        var document = new Document(new Article
        {
            Key = "k.json", Text = text, Url = "https://agency.example/a", Source = new ArticleSource("Trend", null, "k.json"),
        });
        document.Money.Add(new MoneyMention(14, 27, 1.14m * 1_000_000_000m, null, "USD"));
        document.Percentages.Add(new PercentMention(32, 44, 8.54m, false));
        document.Dates.Add(new DateMention(49, 62, "2018-12", new DateOnly(2018, 12, 1), new DateOnly(2018, 12, 31)));
        return document;
    }

    [Fact]
    public void Mentions_carry_their_text_and_amounts_drop_trailing_zeros()
    {
        var record = new RecordBuilder(new FakeTimeProvider(Now)).Build(Sample());
        var money = Assert.Single(record.Money);
        Assert.Equal("$1.14 billion", money.Text);
        Assert.Equal("1140000000", money.Amount.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("8.54 percent", Assert.Single(record.Percentages).Text);
        var date = Assert.Single(record.Dates);
        Assert.Equal(("December 2018", "2018-12-01", "2018-12-31"), (date.Text, date.From, date.To));
        Assert.Equal(Now, record.ExtractedAt);
    }

    [Fact]
    public void Id_is_stable_and_derived_from_the_url()
    {
        var builder = new RecordBuilder(new FakeTimeProvider(Now));
        var first = builder.Build(Sample());
        var second = builder.Build(Sample());
        Assert.Equal(first.Id, second.Id);
        Assert.Matches("^[0-9a-f]{20}$", first.Id);
        var other = RecordId.For(Sample().Article with { Url = "https://agency.example/b" });
        Assert.NotEqual(first.Id, other);
    }

    [Fact]
    public void Json_line_is_camel_case_single_line_and_round_trips()
    {
        var record = new RecordBuilder(new FakeTimeProvider(Now)).Build(Sample());
        var line = RecordSerializer.ToJsonLine(record);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("\"schemaVersion\":2", line);
        Assert.Contains("\"amount\":1140000000,", line);
        var back = RecordSerializer.FromJson(line);
        Assert.Equal(record.Text, back.Text);
        Assert.Equal(record.Money[0].Amount, back.Money[0].Amount);
    }

    [Fact]
    public void Fingerprint_ignores_whitespace_but_not_words()
    {
        var article = Sample().Article;
        Assert.Equal(ContentFingerprint.For(article), ContentFingerprint.For(article with { Text = "  " + article.Text.Replace(" ", "\n ") }));
        Assert.NotEqual(ContentFingerprint.For(article), ContentFingerprint.For(article with { Text = article.Text + " More." }));
    }
}
