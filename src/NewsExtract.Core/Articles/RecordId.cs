using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Core.Articles;

/// <summary>
/// The stable public id of an article: derived from its canonical URL when it has one (so the same story reached
/// through two sources has one id), else from its source name and its key within that source.
/// </summary>
public static class RecordId
{
    public static string For(Article article)
    {
        var identity = article.Url is { Length: > 0 } url
            ? "url:" + url.Trim()
            : $"key:{article.Source.Name}:{article.Key}";
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), hash);
        return Convert.ToHexStringLower(hash[..10]);
    }
}
