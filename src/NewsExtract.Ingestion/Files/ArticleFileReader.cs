using NewsExtract.Core.Articles;

namespace NewsExtract.Ingestion.Files;

/// <summary>
/// Reads one article file: <c>.txt</c> (the body), <c>.json</c> (an article envelope) or <c>.html</c>/<c>.htm</c>
/// (an article page). Anything unreadable throws <see cref="ArticleReadException"/> naming the file and the reason.
/// </summary>
public sealed class ArticleFileReader(string sourceName)
{
    public const long MaxFileBytes = 16 * 1024 * 1024;

    public Article Read(ArticleFile file)
    {
        var name = DisplayPath.Of(file.FullPath);
        byte[] bytes;
        try
        {
            var info = new FileInfo(file.FullPath);
            if (info.Length > MaxFileBytes)
                throw new ArticleReadException(name, $"file is larger than {MaxFileBytes / (1024 * 1024)} MiB");
            bytes = File.ReadAllBytes(file.FullPath);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(name, $"cannot read the file ({ex.Message})", ex);
        }

        var text = TextDecoding.TryDecode(bytes, out var reason)
            ?? throw new ArticleReadException(name, reason!);
        var source = new ArticleSource(sourceName, Url: null, Path: name);
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".json" => ArticleEnvelope.Parse(text, file.Key, source, name),
            ".html" or ".htm" => HtmlArticleFile.Parse(text, file.Key, source, name),
            ".txt" => PlainText(text, file.Key, source, name),
            var other => throw new ArticleReadException(name, $"unsupported file type '{other}' (expected .txt, .json, .html or .htm)"),
        };
    }

    private static Article PlainText(string text, string key, ArticleSource source, string name)
    {
        if (string.IsNullOrWhiteSpace(text))
            throw new ArticleReadException(name, "file has no text (only whitespace)");
        return new Article { Key = key, Text = text, Source = source };
    }
}
