using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;
using NewsExtract.Ingestion.Html.Titles;
using NewsExtract.Training.Html;

namespace NewsExtract.Tests.Html;

public sealed class TitleRankerTests
{
    private static readonly string[] Towns = ["Ashford", "Brockley", "Carnmore", "Dunholt", "Elderby", "Fernmouth", "Glenwick", "Harlow"];

    /// <summary>
    /// A made-up page whose headline is its <c>&lt;h1&gt;</c>; the document title adds the site's name, the
    /// OpenGraph title is a shorter teaser, and a logo heading in the page header names the site.
    /// </summary>
    private static (string Html, string Headline) Page(int n)
    {
        var town = Towns[n % Towns.Length];
        var headline = $"{town} library opens its new reading room after {n + 2} years of work";
        var html = $"""
            <html><head><title>{headline} | The {town} Courier</title>
            <meta property="og:title" content="New reading room in {town}">
            <meta property="og:site_name" content="The {town} Courier"></head>
            <body><header><div class="site-logo"><h1><a href="/">The {town} Courier</a></h1></div></header>
            <article><h1>{headline}</h1><p>The room seats forty readers and opens every day except Monday.</p></article></body></html>
            """;
        return (html, headline);
    }

    [Fact]
    public void Candidates_know_every_place_their_words_come_from()
    {
        var (html, headline) = Page(0);
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://ashfordcourier.example/news/1"));

        var h1 = Assert.Single(candidates, c => c.Text == headline);
        Assert.Equal("h1", h1.Source);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("fromH1Other")]);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("fromDocTitlePart")]);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("otherPartsLookLikeSite")]);
        var logo = Assert.Single(candidates, c => c.Text == "The Ashford Courier");
        Assert.Equal(1, logo.Features[TitleFeatures.Index("headingLogoHint")]);
        Assert.Equal(1, logo.Features[TitleFeatures.Index("headingInHeader")]);
        Assert.Equal(1, logo.Features[TitleFeatures.Index("looksLikeSiteName")]);
        Assert.Contains(candidates, c => c.Source == "meta:og:title" && c.Text == "New reading room in Ashford");
    }

    [Fact]
    public void A_heading_permalink_mark_is_not_part_of_the_title()
    {
        const string html = """
            <html><head><title>Installing the tool - Widget docs</title></head>
            <body><h1>Installing the tool<a class="headerlink" href="#install">¶</a></h1><p>Run the installer.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html);
        Assert.Contains(candidates, c => c.Source == "h1" && c.Text == "Installing the tool");
        Assert.DoesNotContain(candidates, c => c.Text.Contains('¶'));
    }

    [Fact]
    public void A_trained_ranker_picks_the_headline_on_a_page_it_never_saw_and_round_trips_through_json()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null, TitleRanker = null });
        var pages = Enumerable.Range(0, 40).Select(n =>
        {
            var (html, headline) = Page(n);
            var (candidates, rules) = extractor.ReadTitleCandidates(html);
            var page = new BenchmarkPage { Id = n.ToString(), HtmlPath = "", PageType = "article", Domain = $"site{n}.example", Body = "", Title = headline };
            return new TitlePage(page, candidates, candidates.Select(c => MetadataMatching.TitleMatches(headline, c.Text)).ToArray(), rules);
        }).ToList();

        // Train checks every exported tree against ML.NET's own scores and throws on a difference.
        var trainer = new TitleRankerTrainer(new TitleTrainingOptions { Trees = 5, Leaves = 4, MinExamplesPerLeaf = 5 }, _ => { });
        var model = trainer.Train(pages, out _);
        var path = Path.Combine(Path.GetTempPath(), $"html-titles-{Guid.NewGuid():N}.json");
        try
        {
            model.Save(path);
            using var stream = File.OpenRead(path);
            model = TitleRankerModel.Load(stream);
        }
        finally
        {
            File.Delete(path);
        }

        var (unseen, headline) = Page(99);
        var page = new HtmlArticleExtractor(new HtmlExtractionOptions { TitleRanker = model }).Extract(unseen);
        Assert.Equal(headline, page.Title);
        Assert.Equal("h1", page.Sources.Title);
    }

    [Fact]
    public void The_shipped_ranker_takes_the_article_heading_over_a_teaser_and_the_site_name()
    {
        Assert.NotNull(TitleRankerModel.Shipped);
        var (html, headline) = Page(3);
        var page = new HtmlArticleExtractor().Extract(html, new Uri("https://dunholtcourier.example/news/3"));
        Assert.Equal(headline, page.Title);
    }

    [Fact]
    public void A_title_xpath_override_still_wins_over_the_ranker()
    {
        var (html, _) = Page(1);
        var page = new HtmlArticleExtractor(new HtmlExtractionOptions { TitleXPath = "//meta[@property='og:site_name']/../title" }).Extract(html);
        Assert.Equal("override", page.Sources.Title);
    }

    [Fact]
    public void A_model_for_other_features_is_refused()
    {
        const string json = """{"format":"newsextract-title-trees/1","features":["something","else"],"bias":0,"trees":[]}""";
        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(json));
        Assert.Throws<InvalidDataException>(() => TitleRankerModel.Load(stream));
    }
}
