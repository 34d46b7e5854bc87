using System.Globalization;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Dates;
using NewsExtract.Extraction.Numbers.Money;
using NewsExtract.Extraction.Numbers.Percentages;
using NewsExtract.Tests.Support;

namespace NewsExtract.Tests.Numbers;

/// <summary>The seed article in ../shared/seeds: its dollar amounts and percentages must come out exactly.</summary>
public sealed class SeedArticleNumbersTests
{
    private static Document LoadSeed()
    {
        var path = Directory.GetFiles(SharedSeedFactAttribute.SeedsFolder, "*.txt").Order(StringComparer.Ordinal).First();
        var article = new Article { Key = Path.GetFileName(path), Text = File.ReadAllText(path), Source = new ArticleSource("seed", null, path) };
        return new Document(article);
    }

    /// <summary>The number as written in the text should appear in the slice: "1.14" for 1140000000 with "billion".</summary>
    private static bool SliceShowsNumber(string slice, decimal value)
    {
        foreach (var scale in new[] { 1m, 1_000m, 1_000_000m, 1_000_000_000m })
        {
            var written = (value / scale).ToString("0.##", CultureInfo.InvariantCulture);
            if (slice.Contains(written, StringComparison.Ordinal))
                return true;
        }
        return false;
    }

    [SharedSeedFact]
    public void SeedYieldsExactlySixDollarAmounts()
    {
        var document = LoadSeed();
        new MoneyRecognizer().Process(document);

        Assert.Equal(
            ["1140000000", "1000000000", "4000000000", "349230000", "788210000", "1300000000"],
            document.Money.Select(m => m.Amount.ToString(CultureInfo.InvariantCulture)));
        Assert.All(document.Money, m =>
        {
            Assert.Equal("USD", m.Currency);
            Assert.Null(m.AmountMax);
            var slice = document.Slice(m.Start, m.End);
            Assert.StartsWith("$", slice, StringComparison.Ordinal);
            Assert.True(SliceShowsNumber(slice, m.Amount), $"'{slice}' does not show {m.Amount}");
        });
    }

    [SharedSeedFact]
    public void SeedYieldsExactlyFourPercentages()
    {
        var document = LoadSeed();
        new PercentageRecognizer().Process(document);

        Assert.Equal([8.54m, 5.76m, 0.29m, 7.89m], document.Percentages.Select(p => p.Value));
        Assert.All(document.Percentages, p =>
        {
            Assert.False(p.IsPercentagePoints);
            var slice = document.Slice(p.Start, p.End);
            Assert.Contains(p.Value.ToString(CultureInfo.InvariantCulture), slice, StringComparison.Ordinal);
        });
    }

    [SharedSeedFact]
    public void SeedPeriodsAreRead()
    {
        var document = LoadSeed();
        new DateRecognizer().Process(document);

        var values = document.Dates.Select(d => d.Value).ToList();
        foreach (var expected in new[] { "2014", "2018-12", "2018-01/2018-06", "2018-01/2018-07", "2017-01/2017-06" })
            Assert.Contains(expected, values);
        Assert.DoesNotContain(document.Dates, d => document.Slice(d.Start, d.End).Contains("Bakutel", StringComparison.Ordinal));
    }
}
