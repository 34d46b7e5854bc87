using NewsExtract.Core.Articles;

namespace NewsExtract.Tests.Articles;

public sealed class ArticleSizeCapTests
{
    private static Article ArticleOf(string text) => new() { Key = "k", Text = text, Source = new ArticleSource("test", null, null) };

    [Fact]
    public void A_text_within_the_cap_is_left_alone()
    {
        var article = ArticleOf("Short text.");
        Assert.Same(article, ArticleSizeCap.Apply(article, 100, out bool truncated));
        Assert.False(truncated);
    }

    [Fact]
    public void A_longer_text_is_cut_at_the_last_paragraph_break_before_the_cap()
    {
        var text = string.Join("\n\n", Enumerable.Range(0, 40).Select(i => $"Paragraph {i} says something about trade."));
        var capped = ArticleSizeCap.Apply(ArticleOf(text), 500, out bool truncated);
        Assert.True(truncated);
        Assert.True(capped.Text.Length <= 500 && capped.Text.Length > 250, $"{capped.Text.Length} characters kept");
        Assert.StartsWith(capped.Text, text);
        Assert.EndsWith("trade.", capped.Text);
    }

    [Fact]
    public void A_text_without_breaks_is_cut_at_the_cap_but_never_inside_a_surrogate_pair()
    {
        var text = new string('a', 9) + "\U0001F600" + new string('b', 20);
        var capped = ArticleSizeCap.Apply(ArticleOf(text), 10, out bool truncated);
        Assert.True(truncated);
        Assert.Equal(new string('a', 9), capped.Text);
    }
}
