using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Tests.Text;

public sealed class TokenizerPropertyTests
{
    public static TheoryData<string> Texts() =>
    [
        "BAKU, Azerbaijan, Sept. 10 / Trend / Azerbaijan's GDP grew by 1.14% in January-June 2018, the State " +
            "Statistics Committee said. The non-oil sector rose 16,6%.",
        "Baku, 12 December, AZERTAC\n\nMr. Guliyev (Ph.D.) told reporters: “The US$4.7bn deal — signed at 10:30 " +
            "a.m. — is done.” Contact: info@example.az, https://example.az/news?id=5&lang=en.",
        "Trade turnover hit AZN5.2mln, €20m and ₼100 ($5-7 million) in 2017-2018… Don't ask why!?",
        "«Россия и Азербайджан» — Şəki, Gəncə; Xankəndi. 'Quoted' and \"double\" [brackets] {braces} #tag @user",
        "  \t leading and trailing spaces \r\n with CRLF\u00A0and nbsp\u2009thin space\u200Bzero width\u00ADsoft  ",
        "Edge: - -- --- . .. ... .! ?? '' ’’ 's ’s n't 1. .5 5. $ US$ a.b. e.g.. U.S.A. ¼ ½ 😀 emoji 👍🏽 ok",
        "ЗАО «Газпром» и OAO \"Роснефть\": 1 234 567,89 руб. (12.10.2018) 3D 5G A320neo F-16",
    ];

    [Theory]
    [MemberData(nameof(Texts))]
    public void Tokens_are_sorted_non_overlapping_non_empty_and_without_whitespace(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        Assert.NotEmpty(tokens);

        int previousEnd = 0;
        foreach (var token in tokens)
        {
            Assert.True(token.Start >= previousEnd, $"Token [{token.Start}, {token.End}) overlaps or is out of order");
            Assert.True(token.End > token.Start, $"Empty token at {token.Start}");
            Assert.True(token.End <= text.Length);
            var slice = text.AsSpan(token.Start, token.Length);
            foreach (char c in slice)
                Assert.False(char.IsWhiteSpace(c), $"Whitespace inside token '{slice}'");
            previousEnd = token.End;
        }

        // Everything between tokens is whitespace or an invisible separator.
        int from = 0;
        foreach (var token in tokens)
        {
            foreach (char c in text.AsSpan(from, token.Start - from))
                Assert.True(char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' || char.IsControl(c), $"Dropped '{c}'");
            from = token.End;
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void Sentences_cover_every_token_once_in_order(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, tokens);
        var sentences = new List<Sentence>();
        SentenceSplitter.Split(text, tokens, sentences);

        int next = 0, previousEnd = 0;
        foreach (var sentence in sentences)
        {
            Assert.Equal(next, sentence.FirstToken);
            Assert.True(sentence.TokenCount > 0);
            Assert.True(sentence.Start >= previousEnd);
            Assert.Equal(tokens[sentence.FirstToken].Start, sentence.Start);
            Assert.Equal(tokens[sentence.EndToken - 1].End, sentence.End);
            next = sentence.EndToken;
            previousEnd = sentence.End;
        }
        Assert.Equal(tokens.Count, next);
    }
}
