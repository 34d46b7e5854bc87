using System.Globalization;
using NewsExtract.Extraction.Numbers.Money;

namespace NewsExtract.Tests.Numbers;

/// <summary>Currencies written the ways agency copy writes them, read through the shipped currency table.</summary>
public sealed class CurrencyFormsTests
{
    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("The utility plans to spend R42 billion on new lines.", "42000000000", "ZAR", "R42 billion")]
    [InlineData("The bridge will cost Tk 18.6 crore in all.", "186000000", "BDT", "Tk 18.6 crore")]
    [InlineData("A clinic worth Tk 3 lakh was handed over.", "300000", "BDT", "Tk 3 lakh")]
    [InlineData("Approved projects total RM12.5 billion this year.", "12500000000", "MYR", "RM12.5 billion")]
    [InlineData("The fund gave JD250,000 to schools.", "250000", "JOD", "JD250,000")]
    [InlineData("Exports reached SR41 billion in the quarter.", "41000000000", "SAR", "SR41 billion")]
    [InlineData("The port expansion costs RO 12 million.", "12000000", "OMR", "RO 12 million")]
    [InlineData("Spending rose to Rp95 trillion.", "95000000000000", "IDR", "Rp95 trillion")]
    [InlineData("Salaries averaged ₴18,000 a month.", "18000", "UAH", "₴18,000")]
    [InlineData("The chip plant costs ₩3 trillion.", "3000000000000", "KRW", "₩3 trillion")]
    [InlineData("Tourists spent ฿60 billion there.", "60000000000", "THB", "฿60 billion")]
    [InlineData("The court fined him 20 million won.", "20000000", "KRW", "20 million won")]
    [InlineData("The scheme costs 2.3 billion baht.", "2300000000", "THB", "2.3 billion baht")]
    [InlineData("Tolls brought 40 million lari last year.", "40000000", "GEL", "40 million lari")]
    [InlineData("The hall was sold for 3 million kuna.", "3000000", "HRK", "3 million kuna")]
    [InlineData("The grant is 150 million koruna.", "150000000", "CZK", "150 million koruna")]
    [InlineData("The city paid 4 billion soums for buses.", "4000000000", "UZS", "4 billion soums")]
    [InlineData("A tender worth 12 million manat was announced.", "12000000", "AZN", "12 million manat")]
    [InlineData("Wages rose to 250,000 tenge.", "250000", "KZT", "250,000 tenge")]
    [InlineData("The works cost 45 bln rupiah.", "45000000000", "IDR", "45 bln rupiah")]
    [InlineData("The budget has 2 trln tenge for roads.", "2000000000000", "KZT", "2 trln tenge")]
    [InlineData("Revenue rose to TND 1,204.5 million.", "1204500000", "TND", "TND 1,204.5 million")]
    [InlineData("The deal is worth HK$2 billion.", "2000000000", "HKD", "HK$2 billion")]
    [InlineData("The firm raised A$300 million.", "300000000", "AUD", "A$300 million")]
    [InlineData("The loan totals US$51.2 million.", "51200000", "USD", "US$51.2 million")]
    [InlineData("The stadium cost 900 million zlotys.", "900000000", "PLN", "900 million zlotys")]
    [InlineData("Tickets cost 450 Kč each.", "450", "CZK", "450 Kč")]
    [InlineData("The aid came to $168-million.", "168000000", "USD", "$168-million")]
    public void ReadsTheCurrencyAsCopyWritesIt(string text, string amount, string currency, string span)
    {
        var mention = Assert.Single(MoneyRecognizer.Find(text));
        Assert.Equal(amount, Format(mention.Amount));
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(span, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("Tunisia's hotels earned 300 million dinars.", "TND")]
    [InlineData("Jordan's cabinet approved 300 million dinars.", "JOD")]
    [InlineData("Pakistan will spend 300 million rupees on wells.", "PKR")]
    [InlineData("The state will spend 300 million rupees on wells.", "INR")]
    [InlineData("Turkmenistan allotted 300 million manats for it.", "TMT")]
    [InlineData("Kyrgyzstan allotted 300 million soms for it.", "KGS")]
    [InlineData("In Japan the line cost ¥300 million.", "JPY")]
    [InlineData("The firm sold ¥300 million of goods.", "CNY")]
    [InlineData("Egypt's bourse traded 300 million pounds.", "EGP")]
    [InlineData("The club paid 300 million pounds.", "GBP")]
    public void ASharedFormTakesTheCurrencyOfTheCountryTheTextNames(string text, string currency)
        => Assert.Equal(currency, Assert.Single(MoneyRecognizer.Find(text)).Currency);

    [Fact]
    public void TheDollarSignIsTheUsDollarEvenInAStoryAboutAnotherDollarCountry()
        => Assert.Equal("USD", Assert.Single(MoneyRecognizer.Find("Canada signed a $40 million deal.")).Currency);

    [Fact]
    public void ADinarWithNoCountryInTheTextIsNotGuessed()
        => Assert.Empty(MoneyRecognizer.Find("The fee was raised to 300 dinars."));

    [Theory]
    [InlineData("Route R 5 is closed.")]
    [InlineData("The R5 road is closed.")]
    [InlineData("The GRM5 engine failed.")]
    [InlineData("The race passed the 1 million mark.")]
    [InlineData("Visitors in 2023 reached 985 million people.")]
    [InlineData("The ALL 5 team won.")]
    public void LetterFormsDoNotTurnOtherNumbersIntoMoney(string text)
        => Assert.Empty(MoneyRecognizer.Find(text));

    [Fact]
    public void AnAmountComparedWithAScaledOneTakesItsScale()
    {
        var mentions = MoneyRecognizer.Find("Gas sales fell to US$12.4 bn against US$20.1 in the year before.");
        Assert.Equal([12_400_000_000m, 20_100_000_000m], mentions.Select(m => m.Amount));
    }

    [Fact]
    public void ASentenceThatNamesItsCurrencyMakesItsScaledFiguresMoney()
    {
        var mention = Assert.Single(MoneyRecognizer.Find("Sales in euros came to 412 million, up 9% on the year."));
        Assert.Equal(412_000_000m, mention.Amount);
        Assert.Equal("EUR", mention.Currency);
    }

    [Fact]
    public void TheShippedTableLoadsWithManyCurrencies()
        => Assert.True(CurrencyLexicon.CurrencyCount > 150, $"only {CurrencyLexicon.CurrencyCount} currencies loaded");
}
