using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Titles;

namespace NewsExtract.Tests.Html;

public sealed class TitleCandidateTextTests
{
    [Fact]
    public void A_soft_hyphen_in_a_heading_does_not_split_the_word_and_the_heading_meets_its_metadata_twin()
    {
        const string html = """
            <html><head><title>Garden Grant Pro&shy;gramme | Millbrook Council</title>
            <meta property="og:title" content="Garden Grant Programme"></head>
            <body><h1>Garden Grant Pro&shy;gramme</h1><p>Residents can apply for up to two hundred pounds.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://millbrook.example/grants"));

        Assert.DoesNotContain(candidates, c => c.Text.Contains('\u00AD'));
        var h1 = Assert.Single(candidates, c => c.Text == "Garden Grant Programme");
        Assert.Equal(1, h1.Features[TitleFeatures.Index("fromH1First")]);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("fromOgTitle")]);
        Assert.Equal(1, h1.Features[TitleFeatures.Index("fromDocTitlePart")]);
    }

    [Fact]
    public void A_title_whose_entities_were_encoded_twice_reads_as_the_heading_does()
    {
        const string html = """
            <html><head><title>Lumo&amp;reg; Night Cream &amp;amp; Serum - Hollin Skincare</title>
            <meta property="og:title" content="Lumo&amp;#174; Night Cream"></head>
            <body><h1>Lumo&reg; Night Cream &amp; Serum</h1><p>A cream for dry skin.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://hollin.example/night-cream"));

        Assert.DoesNotContain(candidates, c => c.Text.Contains("&reg;", StringComparison.Ordinal) || c.Text.Contains("&#174;", StringComparison.Ordinal) || c.Text.Contains("&amp;", StringComparison.Ordinal));
        var h1 = Assert.Single(candidates, c => c.Text == "Lumo® Night Cream & Serum");
        Assert.Equal(1, h1.Features[TitleFeatures.Index("fromDocTitlePart")]);
        Assert.Contains(candidates, c => c.Source == "meta:og:title" && c.Text == "Lumo® Night Cream");
    }

    [Fact]
    public void A_date_printed_inside_the_heading_is_no_part_of_the_title()
    {
        const string html = """
            <html><head><title>Moving the allotment shed | Fenwick Notes</title></head>
            <body><h1><a href="/shed"><time datetime="2025-03-02T09:10:00+00:00">Mar <span>2</span> 2025</time> Moving the allotment&nbsp;shed</a></h1>
            <p>We took the shed apart on a dry Sunday and carried it across the plot.</p></body></html>
            """;
        var (candidates, _) = new HtmlArticleExtractor().ReadTitleCandidates(html, new Uri("https://fenwick.example/shed"));

        Assert.Contains(candidates, c => c.Source == "h1" && c.Text == "Moving the allotment shed");
        Assert.DoesNotContain(candidates, c => c.Text.Contains("2025", StringComparison.Ordinal));
        Assert.Equal("Moving the allotment shed", new HtmlArticleExtractor().Extract(html, new Uri("https://fenwick.example/shed")).Title);
    }

    [Theory]
    [InlineData("Salt &amp;amp; pepper for R&amp;D &amp; sales", "Salt & pepper for R&D & sales")]
    [InlineData("Fish &amp;amp; chips", "Fish & chips")]
    [InlineData("Under&shy;stated", "Understated")]
    public void Title_text_decodes_what_the_reader_would_see(string raw, string expected) =>
        Assert.Equal(expected, TitleText.Clean(raw));
}
