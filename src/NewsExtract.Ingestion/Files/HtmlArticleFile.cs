using NewsExtract.Core.Articles;

namespace NewsExtract.Ingestion.Files;

/// <summary>Turns a saved article page into an <see cref="Article"/>.</summary>
public static class HtmlArticleFile
{
    public static Article Parse(string html, string key, ArticleSource source, string name)
    {
        var doc = new HtmlAgilityPack.HtmlDocument();
        doc.LoadHtml(html);
        var title = HtmlAgilityPack.HtmlEntity.DeEntitize(doc.DocumentNode.SelectSingleNode("//title")?.InnerText ?? string.Empty).Trim();
        var paragraphs = doc.DocumentNode.SelectNodes("//p");
        var text = paragraphs is null ? string.Empty : string.Join("\n\n", paragraphs.Select(p => HtmlAgilityPack.HtmlEntity.DeEntitize(p.InnerText).Trim()).Where(p => p.Length > 0));
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleReadException(name, "no article text found in the HTML page");
        return new Article { Key = key, Text = text, Title = title.Length == 0 ? null : title, Source = source };
    }
}
