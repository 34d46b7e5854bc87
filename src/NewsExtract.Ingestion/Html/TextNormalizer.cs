using System.Text;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html;

/// <summary>Decodes HTML entities and collapses whitespace (including no-break and zero-width spaces).</summary>
public static class TextNormalizer
{
    /// <summary>Decodes entities, then collapses every whitespace run to one space and trims.</summary>
    public static string Clean(string? raw)
    {
        if (string.IsNullOrEmpty(raw))
            return string.Empty;
        var decoded = raw.Contains('&') ? HtmlEntity.DeEntitize(raw) : raw;
        var sb = new StringBuilder(decoded.Length);
        AppendCollapsed(sb, decoded, pendingSpace: false);
        return sb.ToString().Trim();
    }

    /// <summary>True for characters the extractor treats as inter-word space.</summary>
    public static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\u200C' or '\uFEFF' or '\u2060';

    /// <summary>
    /// Appends <paramref name="text"/> to <paramref name="sb"/> with whitespace runs collapsed to one space.
    /// Returns whether the text ended in a space that has not been written yet.
    /// </summary>
    public static bool AppendCollapsed(StringBuilder sb, string text, bool pendingSpace)
    {
        foreach (var c in text)
        {
            if (IsSpace(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && sb.Length > 0 && sb[^1] != ' ' && sb[^1] != '\n')
                sb.Append(' ');
            pendingSpace = false;
            sb.Append(c);
        }
        return pendingSpace;
    }
}
