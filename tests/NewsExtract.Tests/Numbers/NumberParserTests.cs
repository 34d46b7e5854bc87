using System.Globalization;
using NewsExtract.Extraction.Numbers;

namespace NewsExtract.Tests.Numbers;

public sealed class NumberParserTests
{
    [Theory]
    [InlineData("1,300 units", "1300", 5)]
    [InlineData("1,300,000", "1300000", 9)]
    [InlineData("612,87 tons", "612.87", 6)]
    [InlineData("16,6", "16.6", 4)]
    [InlineData("1.14 billion", "1.14", 4)]
    [InlineData("1.140", "1.140", 5)]
    [InlineData("1.300.000", "1300000", 9)]
    [InlineData("1\u202F300 cars", "1300", 5)]
    [InlineData("1\u00A0300\u00A0000", "1300000", 9)]
    [InlineData("1,300.50", "1300.50", 8)]
    [InlineData("2018.", "2018", 4)]
    public void ReadsNumbersAsWritten(string text, string expected, int end)
    {
        Assert.True(NumberParser.TryParse(text, 0, allowPlainSpaceGrouping: false, out var number));
        Assert.Equal(decimal.Parse(expected, CultureInfo.InvariantCulture), number.Value);
        Assert.Equal(end, number.End);
    }

    [Fact]
    public void PlainSpaceGroupsOnlyWhenAllowed()
    {
        Assert.True(NumberParser.TryParse("1 300 000 manats", 0, allowPlainSpaceGrouping: true, out var grouped));
        Assert.Equal(1_300_000m, grouped.Value);
        Assert.True(NumberParser.TryParse("1 300 000 manats", 0, allowPlainSpaceGrouping: false, out var single));
        Assert.Equal(1m, single.Value);
    }

    [Theory]
    [InlineData("30.12.2018")]
    [InlineData("1.2.3")]
    [InlineData("abc")]
    public void RejectsThingsThatAreNotOneNumber(string text)
        => Assert.False(NumberParser.TryParse(text, 0, allowPlainSpaceGrouping: false, out _));

    [Fact]
    public void YearsLookLikeYears()
    {
        Assert.True(NumberParser.TryParse("2018", 0, false, out var year));
        Assert.True(year.LooksLikeYear);
        Assert.True(NumberParser.TryParse("2,018", 0, false, out var grouped));
        Assert.False(grouped.LooksLikeYear);
    }

    [Fact]
    public void NormalizerDropsTrailingZeros()
    {
        var value = DecimalNormalizer.Normalize(1.14m * 1_000_000_000m);
        Assert.Equal("1140000000", value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0.5", DecimalNormalizer.Normalize(0.500m).ToString(CultureInfo.InvariantCulture));
        Assert.Equal("0", DecimalNormalizer.Normalize(0.00m).ToString(CultureInfo.InvariantCulture));
    }
}
