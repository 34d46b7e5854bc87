using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Numbers.Context;
using NewsExtract.Extraction.Numbers.Money;
using NewsExtract.Extraction.Numbers.Percentages;

namespace NewsExtract.Tests.Numbers;

public sealed class QualifierAnnotatorTests
{
    private static Document Annotate(string text)
    {
        var document = new Document(new Article { Key = "q", Text = text, Source = new ArticleSource("test", null, null) });
        new MoneyRecognizer().Process(document);
        new PercentageRecognizer().Process(document);
        new QualifierAnnotator().Process(document);
        return document;
    }

    [Theory]
    [InlineData("The plant will cost more than $40 million.", "more than", "$40 million")]
    [InlineData("Aid of about 12 million euros arrived.", "about", "12 million euros")]
    [InlineData("The port handled nearly $3 billion of cargo.", "nearly", "$3 billion")]
    [InlineData("Fines of up to RM500,000 apply.", "up to", "RM500,000")]
    [InlineData("Investors put in at least £7m.", "at least", "£7m")]
    [InlineData("Spending stayed under $9 million.", "less than", "$9 million")]
    [InlineData("The bank holds some $2 billion in reserves.", "about", "$2 billion")]
    public void Money_keeps_its_hedge_outside_its_text(string text, string qualifier, string span)
    {
        var document = Annotate(text);
        var money = Assert.Single(document.Money);
        Assert.Equal(qualifier, money.Qualifier);
        Assert.Equal(span, text[money.Start..money.End]);
    }

    [Theory]
    [InlineData("Output rose by almost 7 percent.", "nearly")]
    [InlineData("Prices fell by around 3%.", "about")]
    [InlineData("Turnout was over 60 percent.", "more than")]
    public void Percentages_keep_their_hedge(string text, string qualifier)
        => Assert.Equal(qualifier, Assert.Single(Annotate(text).Percentages).Qualifier);

    [Theory]
    [InlineData("The plant will cost $40 million.")]
    [InlineData("Moreover $40 million was lent.")]
    [InlineData("The firm's turnover $40 million was flat.")]
    public void An_amount_without_a_hedge_has_none(string text)
        => Assert.Null(Assert.Single(Annotate(text).Money).Qualifier);

    [Fact]
    public void Every_qualifier_is_in_the_vocabulary()
    {
        var document = Annotate("about $1 million, over $2 million, under $3 million, almost $4 million, at least $5 million, as much as $6 million");
        Assert.Equal(6, document.Money.Count);
        Assert.All(document.Money, m => Assert.Contains(m.Qualifier, Qualifiers.All));
    }
}
