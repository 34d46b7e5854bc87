using NewsExtract.Core.Articles;
using NewsExtract.Ingestion.Html;

namespace NewsExtract.Ingestion.Files;

/// <summary>Turns a saved article page into an <see cref="Article"/> with the HTML article extractor.</summary>
public static class HtmlArticleFile
{
    private static readonly HtmlArticleExtractor Extractor = new();

    public static Article Parse(string html, string key, ArticleSource source, string name)
    {
        ExtractedPage page;
        try
        {
            page = Extractor.Extract(html);
        }
        catch (InvalidDataException ex)
        {
            throw new ArticleReadException(name, ex.Message, ex);
        }
        if (string.IsNullOrWhiteSpace(page.Text))
            throw new ArticleReadException(name, "no article text found in the HTML page");
        return new Article
        {
            Key = key,
            Text = page.Text,
            Title = page.Title,
            Url = page.CanonicalUrl,
            PublishedAt = page.PublishedAt,
            Language = page.Language,
            Source = source,
        };
    }
}
