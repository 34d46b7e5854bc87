using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Percentages;

namespace NewsExtract.Tests.Numbers;

public sealed class PercentWordFormsTests
{
    private static List<PercentMention> Find(string text)
    {
        var document = new Document(new Article { Key = "p", Text = text, Source = new ArticleSource("test", null, null) });
        new PercentageRecognizer().Process(document);
        return document.Percentages;
    }

    [Theory]
    [InlineData("Sales fell by eight percent in May.", "8", "eight percent")]
    [InlineData("Sales fell by twenty-two per cent in May.", "22", "twenty-two per cent")]
    [InlineData("It posted a 31-percent rise.", "31", "31-percent")]
    [InlineData("It posted a 4.5-per cent rise.", "4.5", "4.5-per cent")]
    public void Reads_worded_and_hyphenated_percentages(string text, string value, string span)
    {
        var mention = Assert.Single(Find(text));
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), mention.Value);
        Assert.Equal(span, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("Eight people attended the meeting.")]
    [InlineData("The 31-member board met.")]
    [InlineData("A 5-% cut.")]
    public void Other_words_and_hyphens_are_not_percentages(string text)
        => Assert.Empty(Find(text));
}
