using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Core.Articles;

/// <summary>
/// A fingerprint of what an article says (title and text, whitespace folded): equal fingerprints mean an unchanged
/// article, a different one means a new revision.
/// </summary>
public static class ContentFingerprint
{
    public static string For(Article article)
    {
        var builder = new StringBuilder(article.Text.Length + 64);
        AppendFolded(builder, article.Title ?? string.Empty);
        builder.Append('\u001f');
        AppendFolded(builder, article.Text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static void AppendFolded(StringBuilder builder, string text)
    {
        bool pendingSpace = false, started = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { pendingSpace = started; continue; }
            if (pendingSpace) { builder.Append(' '); pendingSpace = false; }
            builder.Append(c);
            started = true;
        }
    }
}
