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
    public void Candidates_know_how_they_agree_with_the_others_and_where_their_heading_sits()
    {
        const string html = """
            <html><head><title>Don’t miss the ferry – timetable changes | Harbour News</title>
            <meta property="og:title" content="Don't miss the ferry - timetable changes"><meta name="twitter:title" content="Ferry timetable changes"></head>
            <body><main><article><h1>Don’t miss the ferry<br>timetable changes</h1><p>From Monday the first boat leaves at six.</p></article></main></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://harbournews.example/ferry"));

        var h1 = Assert.Single(candidates, c => c.Source == "h1");
        Assert.Equal(1, h1.Features[TitleFeatures.Index("headingInArticle")]);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("headingInMain")]);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("headingHasBreak")]);
        var curly = Assert.Single(candidates, c => c.Text == "Don’t miss the ferry – timetable changes");
        var plain = Assert.Single(candidates, c => c.Text == "Don't miss the ferry - timetable changes");
        Assert.Equal(1, curly.Features[TitleFeatures.Index("typographicTwin")]);
        Assert.Equal(1, curly.Features[TitleFeatures.Index("hasTypographicPunctuation")]);
        Assert.Equal(1, plain.Features[TitleFeatures.Index("typographicTwin")]);
        Assert.Equal(0, plain.Features[TitleFeatures.Index("hasTypographicPunctuation")]);
        var site = Assert.Single(candidates, c => c.Text == "Harbour News");
        Assert.Equal(0, site.Features[TitleFeatures.Index("containsOthers")]);
        Assert.True(site.Features[TitleFeatures.Index("containedInOthers")] >= 1);
        var whole = Assert.Single(candidates, c => c.Source == "title");
        Assert.True(whole.Features[TitleFeatures.Index("containsOthers")] >= 2);
        Assert.Equal(1, whole.Features[TitleFeatures.Index("charsToLongest")]);
        Assert.True(plain.Features[TitleFeatures.Index("overlapTwitterTitle")] > 0.3f);
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
    public void The_site_name_is_cut_from_either_end_of_a_title_even_without_a_separator()
    {
        const string html = """
            <html><head><title>quillpress.example Notes on pressing flowers</title>
            <meta property="og:title" content="Notes on pressing flowers in spring – Quill Press Journal">
            <meta property="og:site_name" content="Quill Press Journal"></head>
            <body><h1>Notes on pressing flowers</h1><p>Start with dry petals.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://www.quillpress.example/notes"));

        var fromTitle = Assert.Single(candidates, c => c.Text == "Notes on pressing flowers");
        Assert.Equal("h1", fromTitle.Source);
        Assert.Equal(1, fromTitle.Features[TitleFeatures.Index("fromTitleWithoutSite")]);
        var fromOg = Assert.Single(candidates, c => c.Text == "Notes on pressing flowers in spring");
        Assert.Equal(1, fromOg.Features[TitleFeatures.Index("fromTitleWithoutSite")]);
        Assert.Equal(1, fromOg.Features[TitleFeatures.Index("extendsH1First")]);
        Assert.Equal(0, fromOg.Features[TitleFeatures.Index("hasYear")]);
    }

    [Theory]
    [InlineData("quillpress.example Notes on pressing flowers", "Notes on pressing flowers")]
    [InlineData("Notes on pressing flowers | Quill Press Journal", "Notes on pressing flowers")]
    [InlineData("Quill Press: Notes on pressing flowers", "Notes on pressing flowers")]
    [InlineData("Notes on pressing flowers", null)]
    [InlineData("Quill Press Journal", null)]
    [InlineData("Pressing flowers with the Quill Press method", null)]
    public void Strip_leaves_the_title_without_the_site_name(string title, string? expected)
    {
        var site = new SiteName("Quill Press Journal", new Uri("https://www.quillpress.example/notes"));
        Assert.Equal(expected, site.Strip(title));
    }

    [Theory]
    [InlineData("Tidewell Says Harbour Rents Will Fall", null)]
    [InlineData("Harbour rents will fall, says Tidewell", null)]
    [InlineData("Tidewell Harbour Trust reports a quiet winter", null)]
    [InlineData("Tidewell | Harbour rents will fall", "Harbour rents will fall")]
    [InlineData("Tidewell: Harbour rents will fall", "Harbour rents will fall")]
    [InlineData("Harbour rents will fall – Tidewell", "Harbour rents will fall")]
    [InlineData("Harbour rents will fall (Tidewell)", "Harbour rents will fall")]
    [InlineData("tidewell.example Harbour rents will fall", "Harbour rents will fall")]
    public void A_host_label_is_cut_only_where_a_separator_parts_it_from_the_headline(string title, string? expected)
    {
        var site = new SiteName(null, new Uri("https://www.tidewell.example/harbour"));
        Assert.Equal(expected, site.Strip(title));
    }

    [Fact]
    public void A_headline_whose_first_word_is_the_host_label_keeps_that_word_in_every_candidate()
    {
        const string html = """
            <html><head><title>Tidewell Says Harbour Rents Will Fall</title>
            <meta property="og:title" content="Tidewell Says Harbour Rents Will Fall"></head>
            <body><h1>Tidewell Says Harbour Rents Will Fall</h1><p>The trust expects lower rents by spring.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://www.tidewell.example/harbour"));

        Assert.All(candidates, c => Assert.StartsWith("Tidewell", c.Text, StringComparison.Ordinal));
        Assert.DoesNotContain(candidates, c => c.Features[TitleFeatures.Index("fromTitleWithoutSite")] > 0);
    }

    [Fact]
    public void A_short_label_before_a_colon_in_the_heading_and_a_breadcrumb_title_give_candidates_without_it()
    {
        const string html = """
            <html><head><title>Shop &gt; Walking boots for wet moors</title></head>
            <body><h1>Collection: Walking boots for wet moors</h1><p>Twelve pairs tested in 2024.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://moorgear.example/boots"));

        var bare = Assert.Single(candidates, c => c.Text == "Walking boots for wet moors");
        Assert.Equal(1, bare.Features[TitleFeatures.Index("fromH1WithoutLabel")]);
        Assert.Equal(1, bare.Features[TitleFeatures.Index("fromDocTitlePart")]);
        Assert.Equal(1, bare.Features[TitleFeatures.Index("insideH1First")]);
        var heading = Assert.Single(candidates, c => c.Source == "h1");
        Assert.Equal(0, heading.Features[TitleFeatures.Index("fromH1WithoutLabel")]);
    }

    [Theory]
    [InlineData("Best tents of 2025", 1)]
    [InlineData("The 1990s in pictures", 0)]
    [InlineData("Route 20250 closed", 0)]
    [InlineData("Ten tents", 0)]
    public void A_year_is_a_word_of_its_own(string title, float expected)
    {
        var html = $"<html><head><title>{title}</title></head><body><p>Text.</p></body></html>";
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html);
        Assert.Equal(expected, Assert.Single(candidates).Features[TitleFeatures.Index("hasYear")]);
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
    public void A_ranker_learned_page_by_page_picks_the_headline_and_the_candidate_report_lists_every_candidate_with_its_score()
    {
        var extractor = new HtmlArticleExtractor(new HtmlExtractionOptions { BlockClassifier = null, TitleRanker = null });
        var pages = Enumerable.Range(0, 40).Select(n =>
        {
            var (html, headline) = Page(n);
            var (candidates, rules) = extractor.ReadTitleCandidates(html);
            var page = new BenchmarkPage { Id = n.ToString("D4"), HtmlPath = "", PageType = "article", Domain = $"site{n}.example", Body = "", Title = headline };
            return new TitlePage(page, candidates, candidates.Select(c => MetadataMatching.TitleMatches(headline, c.Text)).ToArray(), rules);
        }).ToList();
        var trainer = new TitleRankerTrainer(new TitleTrainingOptions { Trees = 5, Leaves = 4, MinExamplesPerLeaf = 5, Folds = 2, Ranking = true }, _ => { });

        var model = trainer.Train(pages, out _);
        var (unseen, expected) = Page(99);
        Assert.Equal(expected, new HtmlArticleExtractor(new HtmlExtractionOptions { TitleRanker = model }).Extract(unseen).Title);

        var cv = trainer.CrossValidate(pages, CancellationToken.None);
        var path = Path.Combine(Path.GetTempPath(), $"title-candidates-{Guid.NewGuid():N}.tsv");
        try
        {
            TitleCandidateReport.Write(path, pages, cv, trainer.FoldOf);
            var rows = File.ReadAllLines(path);
            Assert.Equal("id\tdomain\ttype\tfold\ttruth\tcandidate\tsource\tplaces\tright\tscore\tchosen", rows[0]);
            Assert.Equal(pages.Sum(p => p.Candidates.Count), rows.Length - 1);
            var chosen = rows.Skip(1).Select(r => r.Split('\t')).Where(c => c[10] == "1").ToList();
            Assert.Equal(pages.Count, chosen.Count);
            Assert.Equal(cv.ModelAccuracy, chosen.Count(c => c[8] == "1") / (double)pages.Count, 6);
        }
        finally
        {
            File.Delete(path);
        }
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
