using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.PageKinds;
using NewsExtract.Ingestion.Sources;

namespace NewsExtract.Tests.Html;

public sealed class PageKindTests
{
    private static readonly Uri StoryUrl = new("https://herald.example/news/2026/11/20/council-approves-harbour-repairs");

    [Fact]
    public void The_shipped_page_kind_model_loads()
    {
        var model = PageKindModel.Shipped;
        Assert.NotNull(model);
        Assert.NotEmpty(model.Trees);
    }

    [Fact]
    public void A_news_story_is_an_article()
    {
        var page = new HtmlArticleExtractor().Extract(PageKindFixtures.Story(), StoryUrl);

        Assert.NotNull(page.PageKind);
        Assert.True(page.PageKind.IsArticle, page.PageKind.Reason);
        Assert.Contains("dredging", page.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("section front", "https://herald.example/regions")]
    [InlineData("forum thread", "https://boards.example/threads/4411/")]
    [InlineData("product page", "https://goods.example/p/harbour-lantern")]
    public void A_page_that_is_not_an_article_is_judged_so_with_its_reason(string kind, string url)
    {
        var html = kind switch
        {
            "section front" => PageKindFixtures.SectionFront(),
            "forum thread" => PageKindFixtures.ForumThread(),
            _ => PageKindFixtures.ProductPage(),
        };

        var page = new HtmlArticleExtractor().Extract(html, new Uri(url));

        Assert.NotNull(page.PageKind);
        Assert.False(page.PageKind.IsArticle, $"{kind}: {page.PageKind.Reason}");
        Assert.StartsWith("article score ", page.PageKind.Reason, StringComparison.Ordinal);
        Assert.Contains(" below ", page.PageKind.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_page_is_not_judged_without_a_classifier_or_when_a_body_xpath_pins_the_body()
    {
        var url = new Uri("https://herald.example/regions");
        Assert.Null(new HtmlArticleExtractor(new HtmlExtractionOptions { PageKindClassifier = null }).Extract(PageKindFixtures.SectionFront(), url).PageKind);
        Assert.Null(new HtmlArticleExtractor(new HtmlExtractionOptions { BodyXPath = "//main" }).Extract(PageKindFixtures.SectionFront(), url).PageKind);
    }

    [Fact]
    public void The_worker_extractor_passes_the_reason_on_only_for_pages_that_are_not_articles()
    {
        var extractor = new HtmlPageExtractor();
        var overrides = new PageExtractionOverrides(null, null, null);

        Assert.Null(extractor.Extract(PageKindFixtures.Story(), StoryUrl, overrides).NotArticle);
        Assert.NotNull(extractor.Extract(PageKindFixtures.SectionFront(), new Uri("https://herald.example/regions"), overrides).NotArticle);
    }

    [Fact]
    public void Features_describe_what_the_page_declares_and_its_layout()
    {
        var extractor = new HtmlArticleExtractor();
        var story = extractor.ReadPageKindFeatures(PageKindFixtures.Story(), StoryUrl);
        var front = extractor.ReadPageKindFeatures(PageKindFixtures.SectionFront(), new Uri("https://herald.example/regions"));
        var product = extractor.ReadPageKindFeatures(PageKindFixtures.ProductPage(), new Uri("https://goods.example/p/harbour-lantern"));

        float F(float[] f, string name) => f[PageKindFeatures.Index(name)];
        Assert.Equal(1, F(story, "declaredArticle"));
        Assert.Equal(1, F(story, "urlHasDate"));
        Assert.Equal(1, F(story, "hasDate"));
        Assert.Equal(0, F(front, "declaredArticle"));
        Assert.Equal(1, F(front, "ogWebsite"));
        Assert.Equal(12, F(front, "linkedHeadings"));
        Assert.True(F(front, "linkWordShare") > F(story, "linkWordShare"));
        Assert.Equal(1, F(product, "ldProduct"));
        Assert.Equal(1, F(product, "itemPropPrice"));
        Assert.True(F(product, "priceMentions") >= 4);
        Assert.True(F(product, "formControls") >= 3);
    }
}
