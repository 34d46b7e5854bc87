using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Language;

public sealed class LanguageIdentifierTests
{
    private static string? Identify(string text, string? stated = null)
    {
        var document = new Document(new Article { Key = "k", Text = text, Language = stated, Source = new ArticleSource("s", null, null) });
        new Tokenizer().Process(document);
        new LanguageIdentifier().Process(document);
        return document.Language;
    }

    [Fact]
    public void English_wire_copy_is_marked_english() =>
        Assert.Equal("en", Identify("The minister of economy said on Tuesday that the trade turnover between the two countries grew by 8 percent in the first half of the year."));

    [Fact]
    public void Azerbaijani_text_is_left_unknown() =>
        Assert.Null(Identify("Azərbaycan Respublikasının Rəqəmsal İnkişaf və Nəqliyyat naziri Moskvada rusiyalı həmkarı ilə görüşüb, tərəflər əməkdaşlığın perspektivlərini müzakirə ediblər."));

    [Fact]
    public void Russian_text_is_left_unknown() =>
        Assert.Null(Identify("Министр цифрового развития России провёл переговоры с азербайджанским коллегой в Москве, стороны обсудили сотрудничество в области связи и почты."));

    [Fact]
    public void A_stated_language_is_kept() =>
        Assert.Equal("tr", Identify("The minister of economy said on Tuesday that the trade turnover between the two countries grew.", "tr"));

    [Fact]
    public void A_short_text_is_not_guessed() => Assert.Null(Identify("The talks in Baku."));
}
