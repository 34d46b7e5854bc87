using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Core.Articles;

/// <summary>
/// The stable public id of an article: derived from its canonical URL when it has one (so the same story reached
/// through two sources has one id, and a changed story keeps its id), else from its content — the
/// <see cref="ContentFingerprint"/> of title and text — so a file has the same id whichever way it is read
/// (<c>extract</c> on the file, or the worker on the folder holding it), whatever the source is called.
/// </summary>
public static class RecordId
{
    public static string For(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var identity = article.Url is { Length: > 0 } url && url.Trim().Length > 0
            ? "url:" + url.Trim()
            : "content:" + ContentFingerprint.For(article);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(identity), hash);
        return Convert.ToHexStringLower(hash[..10]);
    }
}
