using System.Text.RegularExpressions;
using HtmlAgilityPack;

namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// The text of a title candidate as a reader sees it: entities decoded and whitespace collapsed
/// (<see cref="TextNormalizer.Clean"/>), then an entity still left after that one decoding decoded again (a title
/// encoded twice, "TFC8&amp;amp;reg;" shown as "TFC8&amp;reg;") and soft hyphens, which only mark where a browser may
/// break a word, removed ("Assis&amp;shy;tance" is "Assistance").
/// </summary>
public static partial class TitleText
{
    public static string Clean(string? raw)
    {
        var text = TextNormalizer.Clean(raw);
        if (text.Contains('&') && LeftEntity().IsMatch(text))
            text = TextNormalizer.Clean(HtmlEntity.DeEntitize(text));
        return text.Contains('\u00AD') ? TextNormalizer.Clean(text.Replace("\u00AD", "", StringComparison.Ordinal)) : text;
    }

    /// <summary>A named or numeric character reference (an ampersand alone, "R&amp;D", is none).</summary>
    [GeneratedRegex(@"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,31});")]
    private static partial Regex LeftEntity();
}
