using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string text)
    {
        var document = Run(text);
        AssertPartition(document);
        return [.. document.Sentences.Select(s => text[s.Start..s.End])];
    }

    private static Document Run(string text)
    {
        var document = new Document(new Article { Key = "k", Text = text, Source = new ArticleSource("test", null, null) });
        new Tokenizer().Process(document);
        new SentenceSplitter().Process(document);
        return document;
    }

    /// <summary>Every token is in exactly one sentence; sentences are in order and span their first to last token.</summary>
    private static void AssertPartition(Document document)
    {
        int next = 0;
        foreach (var sentence in document.Sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.Equal(document.Tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(document.Tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
        }
        Assert.Equal(document.Tokens.Count, next);
    }

    [Theory]
    [InlineData("SR3.5")]
    [InlineData("RM75.5")]
    [InlineData("Tk4,200")]
    public void An_amount_glued_to_its_currency_abbreviation_does_not_end_a_sentence_at_its_decimal_point(string amount) =>
        Assert.Equal([$"Investments reached {amount} billion a month.", "Trade rose."], Sentences($"Investments reached {amount} billion a month. Trade rose."));

    [Fact]
    public void Dateline_stays_in_the_first_sentence_and_titles_do_not_split()
    {
        const string text =
            "BAKU, Azerbaijan, Sept. 10 / Trend / The minister of economy met Gen. Smith and Mr. Karimov on Dec. 10. " +
            "They discussed Resolution No. 5 of the U.N. Security Council. The talks lasted two hours!";
        Assert.Equal(
        [
            "BAKU, Azerbaijan, Sept. 10 / Trend / The minister of economy met Gen. Smith and Mr. Karimov on Dec. 10.",
            "They discussed Resolution No. 5 of the U.N. Security Council.",
            "The talks lasted two hours!",
        ], Sentences(text));
    }

    [Fact]
    public void Abbreviation_at_a_sentence_end_splits_only_before_a_clear_sentence_start()
    {
        const string text =
            "The delegation arrived in the U.S. The minister then met U.S. President officials and P. Mikhalko of " +
            "Azertelecom Co. Ltd. Later, the sides met at 3 p.m. Baku time.";
        Assert.Equal(
        [
            "The delegation arrived in the U.S.",
            "The minister then met U.S. President officials and P. Mikhalko of Azertelecom Co. Ltd.",
            "Later, the sides met at 3 p.m. Baku time.",
        ], Sentences(text));
    }

    [Fact]
    public void Closing_quotes_and_brackets_stay_with_their_sentence()
    {
        const string text =
            "“We are ready to expand cooperation,” the minister said. “The project will be finished in 2019.” " +
            "He added that exports grew (by 5.2 percent.) \"Why not?\" he asked. Imports fell.";
        Assert.Equal(
        [
            "“We are ready to expand cooperation,” the minister said.",
            "“The project will be finished in 2019.”",
            "He added that exports grew (by 5.2 percent.)",
            "\"Why not?\" he asked.",
            "Imports fell.",
        ], Sentences(text));
    }

    [Fact]
    public void Ellipsis_splits_only_before_a_capital()
    {
        const string text = "The minister paused … and went on. Results were mixed… The talks continue.";
        Assert.Equal(
        [
            "The minister paused … and went on.",
            "Results were mixed…",
            "The talks continue.",
        ], Sentences(text));
    }

    [Fact]
    public void Blank_lines_and_headlines_end_sentences()
    {
        const string text =
            "Azerbaijan, Russia discuss IT cooperation\n" +
            "Baku, 12 December, AZERTAC The ministers met in Moscow on Dec.\n\n" +
            "10 officials attended the meeting\r\n\r\n" +
            "The next round is planned for Jan. 15, the ministry said, adding that\n" +
            "the agenda will be published later.";
        Assert.Equal(
        [
            "Azerbaijan, Russia discuss IT cooperation",
            "Baku, 12 December, AZERTAC The ministers met in Moscow on Dec.",
            "10 officials attended the meeting",
            "The next round is planned for Jan. 15, the ministry said, adding that\nthe agenda will be published later.",
        ], Sentences(text));
    }

    [Fact]
    public void An_abbreviation_after_a_hyphen_does_not_end_the_sentence()
    {
        const string text = "They discussed the Norland-U.S. security treaty, the ministry said. The U.S.-Norland talks go on.";
        Assert.Equal(
        [
            "They discussed the Norland-U.S. security treaty, the ministry said.",
            "The U.S.-Norland talks go on.",
        ], Sentences(text));
    }

    [Fact]
    public void A_sentence_hard_wrapped_across_blank_lines_stays_one_sentence()
    {
        const string text =
            "Vesta sold abroad $2.4 billion of goods in May\n\n" +
            "against $2.1 billion a year before, a rise\n\n" +
            "of 14 percent, the office said.\n\n" +
            "Imports rose,\n\nthe data showed.\n\n" +
            "Exports to Norland\n\n" +
            "Shipments grew.";
        Assert.Equal(
        [
            "Vesta sold abroad $2.4 billion of goods in May\n\nagainst $2.1 billion a year before, a rise\n\nof 14 percent, the office said.",
            "Imports rose,\n\nthe data showed.",
            "Exports to Norland",
            "Shipments grew.",
        ], Sentences(text));
    }

    [Fact]
    public void A_dateline_on_its_own_line_ending_in_a_slash_stays_with_the_text()
    {
        const string text = "BAKU, Azerbaijan, Sept. 10 / Trend /\nThe minister said the plan was approved.";
        Assert.Equal([text], Sentences(text));
    }

    [Fact]
    public void Tass_style_dateline_stays_in_the_first_sentence()
    {
        const string text = "MOSCOW, December 10. /TASS/. The ministers signed a protocol. It takes effect in May.";
        Assert.Equal(
        [
            "MOSCOW, December 10. /TASS/. The ministers signed a protocol.",
            "It takes effect in May.",
        ], Sentences(text));
    }

    [Fact]
    public void List_numbers_do_not_end_a_sentence()
    {
        const string text = "1. The ministers met in Baku.\n2. They signed three documents.";
        Assert.Equal(["1. The ministers met in Baku.", "2. They signed three documents."], Sentences(text));
    }

    [Fact]
    public void Initials_and_numbers_after_a_full_stop()
    {
        const string text =
            "The report was signed by J.R.R. Smith and A. B. Karimov. 2018 was a record year. Prices rose 1.14 percent.";
        Assert.Equal(
        [
            "The report was signed by J.R.R. Smith and A. B. Karimov.",
            "2018 was a record year.",
            "Prices rose 1.14 percent.",
        ], Sentences(text));
    }

    [Fact]
    public void Lower_case_after_a_full_stop_does_not_split()
    {
        const string text = "The index reached 8.54 vs. the forecast. of 8.2 points, i.e. a new high.";
        Assert.Single(Sentences(text));
    }

    [Fact]
    public void Text_without_terminal_punctuation_is_one_sentence()
    {
        Assert.Equal(["Baku, 12 December, AZERTAC"], Sentences("Baku, 12 December, AZERTAC"));
    }

    [Fact]
    public void Empty_text_has_no_sentences()
    {
        Assert.Empty(Sentences(""));
        Assert.Empty(Sentences("  \n\n "));
    }

    [Fact]
    public void Running_without_tokens_is_a_clear_error()
    {
        var document = new Document(new Article { Key = "k", Text = "Some text.", Source = new ArticleSource("t", null, null) });
        var error = Assert.Throws<InvalidOperationException>(() => new SentenceSplitter().Process(document));
        Assert.Contains("tokenizer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Tokens_that_do_not_fit_the_text_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Split("abc", [new Token(0, 5)], []));
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Split("abc def", [new Token(4, 7), new Token(0, 3)], []));
        Assert.Throws<ArgumentException>(() => SentenceSplitter.Split("abc", [new Token(1, 1)], []));
    }

    [Fact]
    public void Running_twice_gives_the_same_sentences()
    {
        var document = Run("One sentence here. Another one there.");
        new SentenceSplitter().Process(document);
        Assert.Equal(2, document.Sentences.Count);
        Assert.Equal("sentences", new SentenceSplitter().Name);
    }

    [Fact]
    public void Sentence_index_lookup_works_on_split_sentences()
    {
        const string text = "First sentence. Second sentence.";
        var document = Run(text);
        Assert.Equal(0, document.SentenceIndexAt(text.IndexOf("First", StringComparison.Ordinal)));
        Assert.Equal(1, document.SentenceIndexAt(text.IndexOf("Second", StringComparison.Ordinal)));
    }
}
