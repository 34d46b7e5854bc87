using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Dates;

namespace NewsExtract.Tests.Numbers;

public sealed class DateRecognizerTests
{
    /// <summary>A Wednesday.</summary>
    private static readonly DateOnly Published = new(2018, 11, 14);

    private static DateMention Single(string text, DateOnly? published = null)
        => Assert.Single(DateRecognizer.Find(text, published ?? Published));

    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The fair will be held in December 2018 in Baku.", "December 2018", "2018-12", "2018-12-01", "2018-12-31")]
    [InlineData("Trade grew in January-July 2018 on the year.", "January-July 2018", "2018-01/2018-07", "2018-01-01", "2018-07-31")]
    [InlineData("Trade grew in January–July 2018 on the year.", "January–July 2018", "2018-01/2018-07", "2018-01-01", "2018-07-31")]
    [InlineData("Trade grew in January to July 2018.", "January to July 2018", "2018-01/2018-07", "2018-01-01", "2018-07-31")]
    [InlineData("Goods were shipped from January to June 2018.", "January to June 2018", "2018-01/2018-06", "2018-01-01", "2018-06-30")]
    [InlineData("It happened between March and May 2017.", "March and May 2017", "2017-03/2017-05", "2017-03-01", "2017-05-31")]
    [InlineData("The talks ran from December 2017 to February 2018.", "December 2017 to February 2018", "2017-12/2018-02", "2017-12-01", "2018-02-28")]
    [InlineData("Signed on December 30, 2018 in Baku.", "December 30, 2018", "2018-12-30", "2018-12-30", "2018-12-30")]
    [InlineData("Signed on 30 December 2018 in Baku.", "30 December 2018", "2018-12-30", "2018-12-30", "2018-12-30")]
    [InlineData("Signed on the 30th of December 2018.", "30th of December 2018", "2018-12-30", "2018-12-30", "2018-12-30")]
    [InlineData("Signed on Dec. 30, 2018 in Baku.", "Dec. 30, 2018", "2018-12-30", "2018-12-30", "2018-12-30")]
    [InlineData("The forum ran December 28-30, 2018.", "December 28-30, 2018", "2018-12-28/2018-12-30", "2018-12-28", "2018-12-30")]
    [InlineData("The forum ran 28-30 December 2018.", "28-30 December 2018", "2018-12-28/2018-12-30", "2018-12-28", "2018-12-30")]
    [InlineData("The law dated 2018-12-30 applies.", "2018-12-30", "2018-12-30", "2018-12-30", "2018-12-30")]
    [InlineData("The law dated 30.12.2018 applies.", "30.12.2018", "2018-12-30", "2018-12-30", "2018-12-30")]
    [InlineData("The law dated 05.03.2017 applies.", "05.03.2017", "2017-03-05", "2017-03-05", "2017-03-05")]
    [InlineData("It has been in force since 2014 in Russia.", "2014", "2014", "2014-01-01", "2014-12-31")]
    [InlineData("Output doubled in 2018.", "2018", "2018", "2018-01-01", "2018-12-31")]
    [InlineData("The plan for 2017-2020 was adopted.", "2017-2020", "2017/2020", "2017-01-01", "2020-12-31")]
    [InlineData("The plan for the 2017-18 season was adopted.", "2017-18", "2017/2018", "2017-01-01", "2018-12-31")]
    [InlineData("Prices rose from 2015 to 2018 steadily.", "2015 to 2018", "2015/2018", "2015-01-01", "2018-12-31")]
    [InlineData("Work stops by mid-2019.", "2019", "2019", "2019-01-01", "2019-12-31")]
    [InlineData("Exports rose in the first half of 2018.", "first half of 2018", "2018-01/2018-06", "2018-01-01", "2018-06-30")]
    [InlineData("Exports rose in the second half-year of 2018.", "second half-year of 2018", "2018-07/2018-12", "2018-07-01", "2018-12-31")]
    [InlineData("Imports grew in the first six months of 2017.", "first six months of 2017", "2017-01/2017-06", "2017-01-01", "2017-06-30")]
    [InlineData("Imports grew in the first 10 months of 2017.", "first 10 months of 2017", "2017-01/2017-10", "2017-01-01", "2017-10-31")]
    [InlineData("Profit fell in Q3 2019 sharply.", "Q3 2019", "2019-07/2019-09", "2019-07-01", "2019-09-30")]
    [InlineData("Profit fell in H1 2018 sharply.", "H1 2018", "2018-01/2018-06", "2018-01-01", "2018-06-30")]
    [InlineData("Profit fell in the third quarter of 2019.", "third quarter of 2019", "2019-07/2019-09", "2019-07-01", "2019-09-30")]
    [InlineData("Profit fell in the last quarter of 2017.", "last quarter of 2017", "2017-10/2017-12", "2017-10-01", "2017-12-31")]
    public void ReadsAbsoluteDatesAndPeriods(string text, string span, string value, string from, string to)
    {
        var mention = Single(text);
        Assert.Equal(span, text[mention.Start..mention.End]);
        Assert.Equal(value, mention.Value);
        Assert.Equal(D(from), mention.From);
        Assert.Equal(D(to), mention.To);
    }

    [Theory]
    [InlineData("The minister arrived on Dec. 30 for talks.", "Dec. 30", "2018-12-30")]
    [InlineData("The minister arrived on 30 December for talks.", "30 December", "2018-12-30")]
    [InlineData("The minister arrived on January 3 for talks.", "January 3", "2019-01-03")]
    [InlineData("The minister arrived on March 3 for talks.", "March 3", "2019-03-03")]
    [InlineData("The minister arrived on June 3 for talks.", "June 3", "2018-06-03")]
    [InlineData("The ministers met on Thursday in Moscow.", "Thursday", "2018-11-08")]
    [InlineData("The ministers met on Wednesday in Moscow.", "Wednesday", "2018-11-14")]
    [InlineData("The ministers will meet on Friday in Moscow.", "Friday", "2018-11-16")]
    [InlineData("The ministers met last Monday in Moscow.", "last Monday", "2018-11-12")]
    [InlineData("The ministers meet next Monday in Moscow.", "next Monday", "2018-11-19")]
    [InlineData("The ministers met yesterday in Moscow.", "yesterday", "2018-11-13")]
    [InlineData("The ministers meet today in Moscow.", "today", "2018-11-14")]
    [InlineData("Tomorrow the ministers meet in Moscow.", "Tomorrow", "2018-11-15")]
    [InlineData("The ministers met on Monday, November 5, 2018 in Moscow.", "Monday, November 5, 2018", "2018-11-05")]
    public void ResolvesDaysAgainstPublication(string text, string span, string day)
    {
        var mention = Single(text);
        Assert.Equal(span, text[mention.Start..mention.End]);
        Assert.Equal(day, mention.Value);
        Assert.Equal(D(day), mention.From);
        Assert.Equal(D(day), mention.To);
    }

    [Theory]
    [InlineData("The road map was signed this year in Sochi.", "this year", "2018", "2018-01-01", "2018-12-31")]
    [InlineData("Trade fell last year by a third.", "last year", "2017", "2017-01-01", "2017-12-31")]
    [InlineData("Trade will grow next year by a third.", "next year", "2019", "2019-01-01", "2019-12-31")]
    [InlineData("The talks resume next week in Baku.", "next week", "2018-W47", "2018-11-19", "2018-11-25")]
    [InlineData("Prices rose last month in Baku.", "last month", "2018-10", "2018-10-01", "2018-10-31")]
    [InlineData("Imports were 0.29 percent more than in the first half of the year.", "first half of the year", "2018-01/2018-06", "2018-01-01", "2018-06-30")]
    [InlineData("Sales jumped in the third quarter.", "third quarter", "2018-07/2018-09", "2018-07-01", "2018-09-30")]
    [InlineData("Sales jumped in the first nine months of last year.", "first nine months of last year", "2017-01/2017-09", "2017-01-01", "2017-09-30")]
    [InlineData("The bridge opens in May and closes later.", "May", "2018-05", "2018-05-01", "2018-05-31")]
    [InlineData("The bridge opens in February and closes later.", "February", "2019-02", "2019-02-01", "2019-02-28")]
    [InlineData("Sales jumped in the fourth quarter.", "fourth quarter", "2018-10/2018-12", "2018-10-01", "2018-12-31")]
    [InlineData("Exports rose in December-February.", "December-February", "2017-12/2018-02", "2017-12-01", "2018-02-28")]
    [InlineData("Trade rose in January-June.", "January-June", "2018-01/2018-06", "2018-01-01", "2018-06-30")]
    public void ResolvesRelativePeriods(string text, string span, string value, string from, string to)
    {
        var mention = Single(text);
        Assert.Equal(span, text[mention.Start..mention.End]);
        Assert.Equal(value, mention.Value);
        Assert.Equal(D(from), mention.From);
        Assert.Equal(D(to), mention.To);
    }

    [Theory]
    [InlineData("They met yesterday in Baku.", "yesterday")]
    [InlineData("They met on Thursday in Baku.", "Thursday")]
    [InlineData("Trade fell last year.", "last year")]
    [InlineData("Sales jumped in the third quarter.", "third quarter")]
    [InlineData("They met on Dec. 30 in Baku.", "--12-30")]
    [InlineData("Trade rose in January-June.", "--01/--06")]
    public void WithoutPublicationDateRelativeDatesStayUnresolved(string text, string value)
    {
        var mention = Assert.Single(DateRecognizer.Find(text, published: null));
        Assert.Equal(value, mention.Value);
        Assert.Null(mention.From);
        Assert.Null(mention.To);
    }

    [Fact]
    public void WithoutPublicationDateAbsoluteDatesStillResolve()
    {
        var mention = Assert.Single(DateRecognizer.Find("Goods were shipped from January to June 2018.", published: null));
        Assert.Equal("2018-01/2018-06", mention.Value);
        Assert.Equal(new DateOnly(2018, 6, 30), mention.To);
    }

    [Theory]
    [InlineData("The Bakutel-2018 exhibition opens.")]
    [InlineData("The plant employs 2018 people.")]
    [InlineData("Exports were $1.14 billion or 8.54 percent.")]
    [InlineData("The road is 1,300 km long.")]
    [InlineData("Call +994 12 493 59 04 now.")]
    [InlineData("Decree No. 5 was adopted.")]
    [InlineData("Jan Novak may visit soon.")]
    [InlineData("The price was 2018.50 manats.")]
    [InlineData("He scored 30 goals.")]
    public void IgnoresNumbersThatAreNotDates(string text)
        => Assert.Empty(DateRecognizer.Find(text, Published));

    [Fact]
    public void ProcessUsesThePublicationDate()
    {
        var article = new Article
        {
            Key = "k",
            Text = "The ministers met yesterday and will meet again in December 2018.",
            PublishedAt = new DateTimeOffset(2018, 11, 14, 23, 30, 0, TimeSpan.FromHours(4)),
            Source = new ArticleSource("test", null, null),
        };
        var document = new Document(article);
        var recognizer = new DateRecognizer();
        recognizer.Process(document);
        Assert.Equal("dates", recognizer.Name);
        Assert.Equal(["2018-11-13", "2018-12"], document.Dates.Select(d => d.Value));
        for (int k = 1; k < document.Dates.Count; k++)
            Assert.True(document.Dates[k].Start >= document.Dates[k - 1].End);
    }
}
