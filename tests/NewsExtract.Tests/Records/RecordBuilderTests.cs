using Microsoft.Extensions.Time.Testing;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Records;
using NewsExtract.Tests.Support;

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
    public void Without_a_url_the_id_comes_from_the_content_whatever_the_source_or_path()
    {
        var article = Sample().Article with { Url = null };
        var elsewhere = article with { Key = "nested/other-name.txt", Source = new ArticleSource("local", null, "other-name.txt") };
        Assert.Equal(RecordId.For(article), RecordId.For(elsewhere));
        Assert.NotEqual(RecordId.For(article), RecordId.For(article with { Text = article.Text + " More." }));
    }

    [Fact]
    public void A_date_that_cannot_be_placed_in_time_keeps_its_text_and_has_no_value()
    {
        var document = Sample();
        const string extra = " It happened last week.";
        var withRelative = new Document(document.Article with { Text = document.Text + extra });
        int start = document.Text.Length + extra.IndexOf("last week", StringComparison.Ordinal);
        withRelative.Dates.Add(new DateMention(start, start + 9, "last week", null, null));
        withRelative.Dates.Add(new DateMention(49, 62, "2018-W50", new DateOnly(2018, 12, 10), new DateOnly(2018, 12, 16)));
        var record = new RecordBuilder(new FakeTimeProvider(Now)).Build(withRelative);
        Assert.Equal(("last week", (string?)null), (record.Dates[0].Text, record.Dates[0].Value));
        Assert.Equal("2018-W50", record.Dates[1].Value);
        RecordSchema.AssertValid(RecordSerializer.ToJsonLine(record));
    }

    [Fact]
    public void Money_carries_its_qualifier_and_the_change_as_direction_and_wording()
    {
        var document = Sample();
        document.Money[0] = document.Money[0] with { Qualifier = Qualifiers.MoreThan, Change = "up 8.54 percent", ChangeDirection = ChangeDirections.Increase, Measure = "trade turnover" };
        document.Percentages[0] = document.Percentages[0] with { Qualifier = Qualifiers.About };
        var record = new RecordBuilder(new FakeTimeProvider(Now)).Build(document);
        var money = Assert.Single(record.Money);
        Assert.Equal(("more than", "increase", "up 8.54 percent"), (money.Qualifier, money.Change, money.ChangeText));
        Assert.Equal("about", Assert.Single(record.Percentages).Qualifier);
        RecordSchema.AssertValid(RecordSerializer.ToJsonLine(record));
    }

    [Fact]
    public void Json_line_is_camel_case_single_line_and_round_trips()
    {
        var record = new RecordBuilder(new FakeTimeProvider(Now)).Build(Sample());
        var line = RecordSerializer.ToJsonLine(record);
        Assert.DoesNotContain('\n', line);
        Assert.Contains("\"schemaVersion\":3", line);
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
