using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("U.S.")]
    [InlineData("U.N.")]
    [InlineData("U.K.")]
    [InlineData("Dec.")]
    [InlineData("Jan.")]
    [InlineData("Sept.")]
    [InlineData("Feb.")]
    [InlineData("Mr.")]
    [InlineData("Mrs.")]
    [InlineData("Ms.")]
    [InlineData("Dr.")]
    [InlineData("Gen.")]
    [InlineData("Lt.")]
    [InlineData("Col.")]
    [InlineData("Prof.")]
    [InlineData("No.")]
    [InlineData("St.")]
    [InlineData("Co.")]
    [InlineData("Inc.")]
    [InlineData("Ltd.")]
    [InlineData("Corp.")]
    [InlineData("Jr.")]
    [InlineData("vs.")]
    [InlineData("etc.")]
    [InlineData("e.g.")]
    [InlineData("i.e.")]
    [InlineData("a.m.")]
    [InlineData("p.m.")]
    [InlineData("J.R.R.")]
    public void Abbreviation_keeps_its_period(string abbreviation) =>
        TokenAssert.Tokens($"see {abbreviation} here", "see", abbreviation, "here");

    [Fact]
    public void Abbreviations_inside_a_sentence() =>
        TokenAssert.Tokens("Gen. Smith met Mr. Aliyev in the U.S. on Dec. 30 at 10 a.m., e.g. in St. Petersburg.",
            "Gen.", "Smith", "met", "Mr.", "Aliyev", "in", "the", "U.S.", "on", "Dec.", "30", "at", "10", "a.m.", ",",
            "e.g.", "in", "St.", "Petersburg", ".");

    [Fact]
    public void Initials_keep_their_period() =>
        TokenAssert.Tokens("P. Mikhalko and J.R.R. Tolkien", "P.", "Mikhalko", "and", "J.R.R.", "Tolkien");

    [Fact]
    public void A_two_letter_initial_glued_to_a_name_keeps_its_period() =>
        TokenAssert.Tokens("Minister Ch.Khurelbaatar met Ts.Nyamdorj", "Minister", "Ch.", "Khurelbaatar", "met", "Ts.",
            "Nyamdorj");

    [Fact]
    public void A_two_letter_word_before_a_full_stop_and_a_space_ends_the_sentence() =>
        TokenAssert.Tokens("He went to Ba. The talks", "He", "went", "to", "Ba", ".", "The", "talks");

    [Fact]
    public void Sentence_final_period_after_a_word_is_its_own_token() =>
        TokenAssert.Tokens("The talks ended. Both sides agreed.", "The", "talks", "ended", ".", "Both", "sides",
            "agreed", ".");

    [Fact]
    public void Missing_space_after_a_full_stop_still_splits_the_period_off() =>
        TokenAssert.Tokens("in Moscow.The minister", "in", "Moscow", ".", "The", "minister");

    [Theory]
    [InlineData("1.14")]
    [InlineData("1,300")]
    [InlineData("612,87")]
    [InlineData("1,234,567.89")]
    [InlineData("8.54")]
    [InlineData("2018")]
    [InlineData("10:30")]
    public void Numbers_as_written_are_one_token(string number) =>
        TokenAssert.Tokens($"rose to {number} today", "rose", "to", number, "today");

    [Fact]
    public void Number_before_a_full_stop() =>
        TokenAssert.Tokens("It was 8.54. In 2019.", "It", "was", "8.54", ".", "In", "2019", ".");

    [Theory]
    [InlineData("$349.23", new[] { "$", "349.23" })]
    [InlineData("AZN5.2mln", new[] { "AZN", "5.2", "mln" })]
    [InlineData("US$4.7bn", new[] { "US$", "4.7", "bn" })]
    [InlineData("€20m", new[] { "€", "20", "m" })]
    [InlineData("5.2bn", new[] { "5.2", "bn" })]
    [InlineData("₼100", new[] { "₼", "100" })]
    [InlineData("₽1,500", new[] { "₽", "1,500" })]
    [InlineData("£3.5bn", new[] { "£", "3.5", "bn" })]
    [InlineData("USD1,200", new[] { "USD", "1,200" })]
    [InlineData("SR3.5bn", new[] { "SR", "3.5", "bn" })]
    [InlineData("Rp4,500", new[] { "Rp", "4,500" })]
    [InlineData("RM75.5 million", new[] { "RM", "75.5", "million" })]
    public void Currency_amount_and_scale_are_split(string text, string[] expected) =>
        TokenAssert.Tokens(text, expected);

    [Fact]
    public void Percent_is_split_from_its_number() =>
        TokenAssert.Tokens("grew by 16,6% and 2.5 %", "grew", "by", "16,6", "%", "and", "2.5", "%");

    [Theory]
    [InlineData("January-June", new[] { "January", "-", "June" })]
    [InlineData("2017-2018", new[] { "2017", "-", "2018" })]
    [InlineData("$5-7 million", new[] { "$", "5", "-", "7", "million" })]
    [InlineData("Monday-Friday", new[] { "Monday", "-", "Friday" })]
    public void Ranges_split_off_the_hyphen(string text, string[] expected) =>
        TokenAssert.Tokens(text, expected);

    [Theory]
    [InlineData("Russian-Azerbaijani")]
    [InlineData("North-South")]
    [InlineData("Bakutel-2018")]
    [InlineData("ex-minister")]
    [InlineData("COVID-19")]
    [InlineData("30-year-old")]
    public void Other_hyphenated_words_stay_whole(string word) =>
        TokenAssert.Tokens($"the {word} one", "the", word, "one");

    [Fact]
    public void Ordinals_and_decades_stay_whole() =>
        TokenAssert.Tokens("the 21st session of the 1990s", "the", "21st", "session", "of", "the", "1990s");

    [Theory]
    [InlineData("Azerbaijan's economy", new[] { "Azerbaijan", "'s", "economy" })]
    [InlineData("Azerbaijan’s economy", new[] { "Azerbaijan", "’s", "economy" })]
    [InlineData("the country’s 2018's", new[] { "the", "country", "’s", "2018", "'s" })]
    [InlineData("they don't", new[] { "they", "do", "n't" })]
    [InlineData("O'Brien said", new[] { "O'Brien", "said" })]
    [InlineData("the ministers' talks", new[] { "the", "ministers", "'", "talks" })]
    public void Possessives_and_clitics(string text, string[] expected) =>
        TokenAssert.Tokens(text, expected);

    [Fact]
    public void Quotes_brackets_and_marks_are_separate_tokens() =>
        TokenAssert.Tokens("He said: “Yes” (not \"no\"); [see] «Baku» – and/or — done - ok 'so'",
            "He", "said", ":", "“", "Yes", "”", "(", "not", "\"", "no", "\"", ")", ";", "[", "see", "]", "«", "Baku",
            "»", "–", "and", "/", "or", "—", "done", "-", "ok", "'", "so", "'");

    [Fact]
    public void Ellipsis_is_one_token() =>
        TokenAssert.Tokens("wait... and … go", "wait", "...", "and", "…", "go");

    [Fact]
    public void Trend_dateline() =>
        TokenAssert.Tokens("BAKU, Azerbaijan, Sept. 10 / Trend / The minister said",
            "BAKU", ",", "Azerbaijan", ",", "Sept.", "10", "/", "Trend", "/", "The", "minister", "said");

    [Fact]
    public void Azertac_dateline() =>
        TokenAssert.Tokens("Baku, 12 December, AZERTAC", "Baku", ",", "12", "December", ",", "AZERTAC");

    [Fact]
    public void Urls_and_email_addresses_stay_whole() =>
        TokenAssert.Tokens(
            "See https://en.trend.az/business/3001.html, www.azertag.az or trend.az. Mail press@mfa.gov.az (or a.b-c@x.org).",
            "See", "https://en.trend.az/business/3001.html", ",", "www.azertag.az", "or", "trend.az", ".", "Mail",
            "press@mfa.gov.az", "(", "or", "a.b-c@x.org", ")", ".");

    [Fact]
    public void Unicode_letters_are_letters() =>
        TokenAssert.Tokens("Mikayıl Cabbarov, Şahin Mustafayev, Gülşən Paşayeva və Дмитрий Медведев",
            "Mikayıl", "Cabbarov", ",", "Şahin", "Mustafayev", ",", "Gülşən", "Paşayeva", "və", "Дмитрий", "Медведев");

    [Fact]
    public void Ampersand_between_letters_stays_inside_the_word() =>
        TokenAssert.Tokens("AT&T and R&D & more", "AT&T", "and", "R&D", "&", "more");

    [Fact]
    public void Empty_and_blank_text_has_no_tokens()
    {
        Assert.Empty(TokenAssert.Tokenize(""));
        Assert.Empty(TokenAssert.Tokenize(" \n\t\u00A0 "));
    }

    [Fact]
    public void Tokenize_appends_to_the_output_list()
    {
        var tokens = new List<Token> { new(0, 1) };
        Tokenizer.Tokenize("a b", tokens);
        Assert.Equal([new Token(0, 1), new Token(0, 1), new Token(2, 3)], tokens);
    }

    [Fact]
    public void Component_replaces_the_documents_tokens()
    {
        var document = new Document(new Article
        {
            Key = "k",
            Text = "Baku, 12 December, AZERTAC",
            Source = new ArticleSource("test", null, null),
        });
        var tokenizer = new Tokenizer();
        tokenizer.Process(document);
        tokenizer.Process(document);
        Assert.Equal("tokenizer", tokenizer.Name);
        Assert.Equal(6, document.Tokens.Count);
        Assert.Equal("AZERTAC", document.TextOf(document.Tokens[^1]).ToString());
    }

    [Fact]
    public void Null_arguments_are_rejected()
    {
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize(null!, []));
        Assert.Throws<ArgumentNullException>(() => Tokenizer.Tokenize("x", null!));
    }
}
