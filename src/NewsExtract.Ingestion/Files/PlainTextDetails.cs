using System.Globalization;
using NewsExtract.Core.Articles;

namespace NewsExtract.Ingestion.Files;

/// <summary>
/// What a plain-text file cannot say about itself, given on the command line (<c>extract --title --published
/// --url</c>): applied to <c>.txt</c> articles only (envelopes and pages carry their own).
/// </summary>
public sealed record PlainTextDetails(string? Title, DateTimeOffset? PublishedAt, string? Url)
{
    public bool IsEmpty => Title is null && PublishedAt is null && Url is null;

    /// <summary>Reads <paramref name="published"/> as ISO 8601 (a date, or a date and time; UTC when no offset is given).</summary>
    /// <exception cref="FormatException">The date or the URL is not valid; the message says which.</exception>
    public static PlainTextDetails Parse(string? title, string? published, string? url)
    {
        DateTimeOffset? publishedAt = null;
        if (published is not null)
        {
            if (!DateTimeOffset.TryParse(published, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                throw new FormatException($"--published is not an ISO 8601 date: \"{published}\"");
            publishedAt = parsed;
        }
        if (url is not null && !Uri.TryCreate(url.Trim(), UriKind.Absolute, out _))
            throw new FormatException($"--url is not an absolute URL: \"{url}\"");
        return new PlainTextDetails(string.IsNullOrWhiteSpace(title) ? null : title.Trim(), publishedAt, url?.Trim());
    }

    /// <summary>The article with these details where it is a plain-text one; others unchanged.</summary>
    public Article ApplyTo(Article article, string path)
    {
        if (IsEmpty || !string.Equals(Path.GetExtension(path), ".txt", StringComparison.OrdinalIgnoreCase))
            return article;
        return article with
        {
            Title = Title ?? article.Title,
            PublishedAt = PublishedAt ?? article.PublishedAt,
            Url = Url ?? article.Url,
        };
    }
}
