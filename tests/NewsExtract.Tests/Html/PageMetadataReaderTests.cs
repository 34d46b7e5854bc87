using NewsExtract.Ingestion.Html;

namespace NewsExtract.Tests.Html;

public sealed class PageMetadataReaderTests
{
    [Theory]
    [InlineData("en_US", "en-US")]
    [InlineData("EN", "en")]
    [InlineData("ru-ru, en", "ru-RU")]
    [InlineData("az-Latn-AZ", "az-Latn-AZ")]
    [InlineData("not a language", null)]
    [InlineData("", null)]
    public void Normalizes_language_tags(string value, string? expected) =>
        Assert.Equal(expected, PageMetadataReader.NormalizeLanguage(value));

    [Theory]
    [InlineData("Council approves budget for new bridges | The Courier", "Council approves budget for new bridges")]
    [InlineData("The Courier - Council approves budget for new bridges", "Council approves budget for new bridges")]
    [InlineData("Short - title", "Short - title")]
    public void Strips_the_site_name_from_document_titles(string title, string expected) =>
        Assert.Equal(expected, PageMetadataReader.StripSiteName(title));
}
