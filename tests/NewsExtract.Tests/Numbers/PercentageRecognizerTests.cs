using System.Globalization;
using NewsExtract.Extraction.Numbers.Percentages;

namespace NewsExtract.Tests.Numbers;

public sealed class PercentageRecognizerTests
{
    [Theory]
    [InlineData("Growth was 8.54 percent this year.", "8.54", false, "8.54 percent")]
    [InlineData("Growth was 8.54 per cent this year.", "8.54", false, "8.54 per cent")]
    [InlineData("Growth was 8.54% this year.", "8.54", false, "8.54%")]
    [InlineData("Growth was 8.54 % this year.", "8.54", false, "8.54 %")]
    [InlineData("Inflation hit 16,6% in May.", "16.6", false, "16,6%")]
    [InlineData("Output rose 8.54 pct on the month.", "8.54", false, "8.54 pct")]
    [InlineData("Exports were up 4.5pc in the half year.", "4.5", false, "4.5pc")]
    [InlineData("Unemployment fell 0.5 percentage points.", "0.5", true, "0.5 percentage points")]
    [InlineData("Unemployment fell 0.5 pp.", "0.5", true, "0.5 pp")]
    [InlineData("Unemployment fell 1.2pp on the year.", "1.2", true, "1.2pp")]
    [InlineData("Rates were cut by 25 basis points.", "0.25", true, "25 basis points")]
    [InlineData("The economy shrank by -3.2% last year.", "-3.2", false, "-3.2%")]
    [InlineData("Prices doubled, up 100 percent.", "100", false, "100 percent")]
    public void ReadsPercentages(string text, string value, bool points, string span)
    {
        var mention = Assert.Single(PercentageRecognizer.Find(text));
        Assert.Equal(value, mention.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(points, mention.IsPercentagePoints);
        Assert.Equal(span, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("The office bought 5 pc monitors.")]
    [InlineData("The 12pcs of kit arrived.")]
    public void Pc_counts_only_glued_to_its_number_as_a_word_of_its_own(string text)
    {
        Assert.Empty(PercentageRecognizer.Find(text));
    }

    [Theory]
    [InlineData("Growth of 5-7 percent is expected.", "5", "7 percent")]
    [InlineData("Growth of 5 to 7 percent is expected.", "5", "7 percent")]
    [InlineData("Growth of between 5 and 7 per cent is expected.", "5", "7 per cent")]
    [InlineData("Growth of 5–7% is expected.", "5", "7%")]
    public void RangeGivesOneMentionPerEnd(string text, string lowSpan, string highSpan)
    {
        var mentions = PercentageRecognizer.Find(text);
        Assert.Equal(2, mentions.Count);
        Assert.Equal(5m, mentions[0].Value);
        Assert.Equal(7m, mentions[1].Value);
        Assert.Equal(lowSpan, text[mentions[0].Start..mentions[0].End]);
        Assert.Equal(highSpan, text[mentions[1].Start..mentions[1].End]);
    }

    [Fact]
    public void BothEndsMarkedAreTwoPlainMentions()
    {
        var mentions = PercentageRecognizer.Find("It rose 5%-7% last month.");
        Assert.Equal([5m, 7m], mentions.Select(m => m.Value));
        Assert.Equal("5%", "It rose 5%-7% last month."[mentions[0].Start..mentions[0].End]);
    }

    [Theory]
    [InlineData("Exports were $1.14 billion in 2018.")]
    [InlineData("The 24th exhibition opens on 30.12.2018.")]
    [InlineData("The road is 1,300 km long and 5 m wide.")]
    [InlineData("Decree No. 5 covers 12 regions.")]
    [InlineData("The percentage of voters was high.")]
    [InlineData("Call +994 12 493 59 04.")]
    public void IgnoresNumbersWithoutAPercentMarker(string text)
        => Assert.Empty(PercentageRecognizer.Find(text));

    [Fact]
    public void FindsSeveralInOrder()
    {
        var text = "Exports rose 5.76 percent, imports 0.29 percent, and the share is 7.89%.";
        var mentions = PercentageRecognizer.Find(text);
        Assert.Equal([5.76m, 0.29m, 7.89m], mentions.Select(m => m.Value));
        for (int k = 1; k < mentions.Count; k++)
            Assert.True(mentions[k].Start >= mentions[k - 1].End);
    }
}
