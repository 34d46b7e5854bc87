using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

/// <summary>Pages whose parsed &lt;body&gt; misses the article: the extractor reads the whole document instead.</summary>
public sealed class TextOutsideBodyTests
{
    private const string Story =
        "<h1>Harbour crane returns to service</h1>"
        + "<p>The old harbour crane at the north quay lifted its first container in six years on Tuesday, after a repair that took the port's engineers most of the winter.</p>"
        + "<p>Port staff said the crane, built in 1968, would handle timber and steel coils, freeing the newer cranes for container ships that arrive on the morning tide.</p>"
        + "<p>The repair cost less than a new crane would have, the harbour master said, and the town council has asked for a plaque to mark the crane's return.</p>";

    [Fact]
    public void Reads_a_second_body_after_an_empty_first_one()
    {
        var html = "<html><head><title>Crane</title></head><body><span>Menu</span></body>"
            + "<html><head></head><body><main><article>" + Story + "</article></main></body></html>";

        var text = new HtmlArticleExtractor().Extract(html).Text;

        Assert.Contains("first container in six years", text, StringComparison.Ordinal);
        Assert.Contains("plaque to mark", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_an_article_written_after_the_closing_html_tag()
    {
        var html = "<html><head><title>Crane</title></head><body><div>Subscribe to our letters</div></body></html>"
            + "<div class=\"story\">" + Story + "</div>";

        var text = new HtmlArticleExtractor().Extract(html).Text;

        Assert.Contains("first container in six years", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_the_page_when_the_body_tag_is_left_unclosed()
    {
        var html = "<html><head><title>Crane</title></head><body\n  <header class=\"top\">Port News</header>"
            + "<main><article>" + Story + "</article></main></body></html>";

        var text = new HtmlArticleExtractor().Extract(html).Text;

        Assert.Contains("first container in six years", text, StringComparison.Ordinal);
    }
}
