using System.Globalization;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Money;

namespace NewsExtract.Tests.Numbers;

public sealed class MoneyRecognizerTests
{
    private static string Format(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static MoneyMention Single(string text)
    {
        var mentions = MoneyRecognizer.Find(text);
        return Assert.Single(mentions);
    }

    [Theory]
    [InlineData("Exports reached $ 1.14 billion last year.", "1140000000", "USD", "$ 1.14 billion")]
    [InlineData("Goods worth $349.23 million were shipped.", "349230000", "USD", "$349.23 million")]
    [InlineData("The fund holds AZN 5.2 mln in reserves.", "5200000", "AZN", "AZN 5.2 mln")]
    [InlineData("The fund holds AZN5.2mln in reserves.", "5200000", "AZN", "AZN5.2mln")]
    [InlineData("The deal is valued at US$4.7bn overall.", "4700000000", "USD", "US$4.7bn")]
    [InlineData("The budget grew by 5.2 million manats this spring.", "5200000", "AZN", "5.2 million manats")]
    [InlineData("The club paid €20m for the striker.", "20000000", "EUR", "€20m")]
    [InlineData("Spending will exceed 1.5 trillion rubles.", "1500000000000", "RUB", "1.5 trillion rubles")]
    [InlineData("The bank lent RUB 100 bln to builders.", "100000000000", "RUB", "RUB 100 bln")]
    [InlineData("Losses were put at 100 billion roubles.", "100000000000", "RUB", "100 billion roubles")]
    [InlineData("Assets rose to KZT 3.4 trln in total.", "3400000000000", "KZT", "KZT 3.4 trln")]
    [InlineData("The fund has 1.2 tln tenge now.", "1200000000000", "KZT", "1.2 tln tenge")]
    [InlineData("A plant costing 250 million yuan opened.", "250000000", "CNY", "250 million yuan")]
    [InlineData("The town got 12 million lira in aid.", "12000000", "TRY", "12 million lira")]
    [InlineData("Farmers received 900 billion soums in credit.", "900000000000", "UZS", "900 billion soums")]
    [InlineData("The road will cost 45 million lari to finish.", "45000000", "GEL", "45 million lari")]
    [InlineData("Tickets cost 300 dollars each.", "300", "USD", "300 dollars")]
    [InlineData("He donated 10,000 euros to the school.", "10000", "EUR", "10,000 euros")]
    [InlineData("The prize is 2 million pounds sterling this year.", "2000000", "GBP", "2 million pounds sterling")]
    [InlineData("A bonus of 1 manat per litre was paid.", "1", "AZN", "1 manat")]
    [InlineData("Loans of 3 billion yen were signed.", "3000000000", "JPY", "3 billion yen")]
    [InlineData("Sales were ¥500 million in China.", "500000000", "CNY", "¥500 million")]
    [InlineData("Sales were ¥500 billion yen in Japan.", "500000000000", "JPY", "¥500 billion yen")]
    [InlineData("The contract is worth £3.5bn to the firm.", "3500000000", "GBP", "£3.5bn")]
    [InlineData("It costs ₽1,300 per night.", "1300", "RUB", "₽1,300")]
    [InlineData("Salaries average ₼612,87 a month.", "612.87", "AZN", "₼612,87")]
    [InlineData("A hotel room costs ₸25 th. now.", "25000", "KZT", "₸25 th.")]
    [InlineData("Funding of $50k was approved.", "50000", "USD", "$50k")]
    [InlineData("The line cost ₺2.5 billion.", "2500000000", "TRY", "₺2.5 billion")]
    [InlineData("Spending hit ₹40,000 crore.", "400000000000", "INR", "₹40,000 crore")]
    [InlineData("Spending hit Rs 3.2 lakh crore.", "3200000000000", "INR", "Rs 3.2 lakh crore")]
    [InlineData("The plan costs 2 lakh crore rupees.", "2000000000000", "INR", "2 lakh crore rupees")]
    [InlineData("It set aside Rs 5 thousand crore.", "50000000000", "INR", "Rs 5 thousand crore")]
    [InlineData("The firm earned Rs 12 lakhs.", "1200000", "INR", "Rs 12 lakhs")]
    [InlineData("The bridge cost Tk 4,000 crores.", "40000000000", "BDT", "Tk 4,000 crores")]
    [InlineData("The fund approved a 500-million-euro credit line.", "500000000", "EUR", "500-million-euro")]
    [InlineData("A 3-billion-dollar plant opened.", "3000000000", "USD", "3-billion-dollar")]
    [InlineData("Visitors pay a 20-euro fee.", "20", "EUR", "20-euro")]
    [InlineData("The bond raised CHF 500 million.", "500000000", "CHF", "CHF 500 million")]
    [InlineData("Reserves stood at AED 12 billion.", "12000000000", "AED", "AED 12 billion")]
    [InlineData("Investment reached 300 million USD in March.", "300000000", "USD", "300 million USD")]
    [InlineData("Payments came to AZN 1 300 000 in total.", "1300000", "AZN", "AZN 1 300 000")]
    [InlineData("The budget is 1\u202F300 million manats.", "1300000000", "AZN", "1\u202F300 million manats")]
    [InlineData("The grant of five million dollars was approved.", "5000000", "USD", "five million dollars")]
    [InlineData("They raised a billion euros.", "1000000000", "EUR", "a billion euros")]
    [InlineData("The fine was 20 million Swiss francs.", "20000000", "CHF", "20 million Swiss francs")]
    [InlineData("The loan is C$300 million.", "300000000", "CAD", "C$300 million")]
    [InlineData("Sales of 5 mln U.S. dollars were recorded.", "5000000", "USD", "5 mln U.S. dollars")]
    public void NormalisesAmountAndCurrency(string text, string amount, string currency, string span)
    {
        var mention = Single(text);
        Assert.Equal(amount, Format(mention.Amount));
        Assert.Null(mention.AmountMax);
        Assert.Equal(currency, mention.Currency);
        Assert.Equal(span, text[mention.Start..mention.End]);
    }

    [Theory]
    [InlineData("The project needs $5-7 million.", "5000000", "7000000", "$5-7 million")]
    [InlineData("The project needs $5 million to $7 million.", "5000000", "7000000", "$5 million to $7 million")]
    [InlineData("It costs between $5 and 7 million.", "5000000", "7000000", "$5 and 7 million")]
    [InlineData("It will cost $5 to $7 million.", "5000000", "7000000", "$5 to $7 million")]
    [InlineData("The bill is 5–7 billion rubles.", "5000000000", "7000000000", "5–7 billion rubles")]
    [InlineData("Expected earnings are €1.5bn-€2bn a year.", "1500000000", "2000000000", "€1.5bn-€2bn")]
    public void ReadsRanges(string text, string low, string high, string span)
    {
        var mention = Single(text);
        Assert.Equal(low, Format(mention.Amount));
        Assert.Equal(high, Format(mention.AmountMax!.Value));
        Assert.Equal(span, text[mention.Start..mention.End]);
    }

    [Fact]
    public void ChangeFromOneAmountToAnotherIsTwoAmounts()
    {
        var mentions = MoneyRecognizer.Find("Revenue grew from $5 to $7 million.");
        Assert.Equal(2, mentions.Count);
        Assert.Equal(5_000_000m, mentions[0].Amount);
        Assert.Equal(7_000_000m, mentions[1].Amount);
        Assert.All(mentions, m => Assert.Null(m.AmountMax));
    }

    [Theory]
    [InlineData("Output rose by 5.76 percent in the year.")]
    [InlineData("The rate is 8.54%.")]
    [InlineData("In 2018 the plant opened.")]
    [InlineData("Since 2014 the ministry has grown.")]
    [InlineData("They shipped 5 million tons of grain.")]
    [InlineData("The pipeline is 1,300 km long.")]
    [InlineData("Call +994 12 493 59 04 for details.")]
    [InlineData("Decree No. 5 was signed.")]
    [InlineData("The A320 flew 300 passengers.")]
    [InlineData("USD/AZN stays at 1.7 this week.")]
    [InlineData("Prices are given in 2018 dollars.")]
    [InlineData("The dollar weakened against the euro.")]
    [InlineData("He is 5 m tall and weighs 80 kg.")]
    [InlineData("A 5-star hotel and a 12-million-strong city.")]
    [InlineData("In 2018-dollar terms output fell.")]
    public void IgnoresNumbersThatAreNotMoney(string text)
        => Assert.Empty(MoneyRecognizer.Find(text));

    [Fact]
    public void DollarSignBeforeAPercentIsNotMoney()
        => Assert.Empty(MoneyRecognizer.Find("The yield on $ 5% bonds fell."));

    [Fact]
    public void MentionsAreSortedAndDoNotOverlap()
    {
        var text = "Trade reached $1.3 billion, imports AZN 400 mln and exports 2.5 billion manats; aid was €20m-€30m.";
        var mentions = MoneyRecognizer.Find(text);
        Assert.Equal(4, mentions.Count);
        for (int k = 1; k < mentions.Count; k++)
            Assert.True(mentions[k].Start >= mentions[k - 1].End);
        Assert.Equal(["USD", "AZN", "AZN", "EUR"], mentions.Select(m => m.Currency));
    }

    [Fact]
    public void ProcessAddsToTheDocument()
    {
        var article = new Article { Key = "k", Text = "It cost $3 million.", Source = new ArticleSource("test", null, null) };
        var document = new Document(article);
        var recognizer = new MoneyRecognizer();
        recognizer.Process(document);
        Assert.Equal("money", recognizer.Name);
        Assert.Equal(3_000_000m, Assert.Single(document.Money).Amount);
        Assert.Empty(document.Tokens);
    }
}
