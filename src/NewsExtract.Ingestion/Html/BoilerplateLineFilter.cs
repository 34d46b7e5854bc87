using System.Text.RegularExpressions;

namespace NewsExtract.Ingestion.Html;

/// <summary>
/// Drops short paragraphs that are page furniture by their wording whatever markup they sit in: "Advertisement",
/// "Related stories", "Share this", comment counters, bylines and "Published …" lines near the start or end of the
/// body, copyright lines at the end, and the headline repeated.
/// </summary>
internal static partial class BoilerplateLineFilter
{
    private const int Edge = 3;

    public static List<string> Filter(List<string> paragraphs, string? title)
    {
        var normalizedTitle = title is null ? null : Normalize(title);
        var kept = new List<string>(paragraphs.Count);
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var p = paragraphs[i];
            var words = CountWords(p);
            var nearStart = i < Edge;
            var nearEnd = i >= paragraphs.Count - Edge;
            if (normalizedTitle is not null && words <= 40 && Normalize(p) == normalizedTitle)
                continue;
            if (words <= 6 && FurniturePhrase().IsMatch(p))
                continue;
            if ((nearStart || nearEnd) && words <= 12 && !EndsSentence(p) && (Byline().IsMatch(p) || DateLine().IsMatch(p)))
                continue;
            if (nearEnd && words <= 25 && Copyright().IsMatch(p))
                continue;
            kept.Add(p);
        }
        return kept;
    }

    private static bool EndsSentence(string p) => p.Length > 0 && p[^1] is '.' or '!' or '?' or '"' or '”' or '»' or '。';

    private static int CountWords(string p)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in p)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
                words++;
            inWord = letter;
        }
        return words;
    }

    private static string Normalize(string text) =>
        string.Concat(text.Where(char.IsLetterOrDigit)).ToLowerInvariant();

    [GeneratedRegex(@"^\W*(advert|advertisement|advertising|anzeige|publicidade|publicidad|реклама|sponsored( links| content)?|(\d+\s+)?comments?|leave a (comment|reply)|share( this)?( article| story| post)?|share on \w+|related( articles| stories| posts| content| news)?|read more|read next|see also|more in [\p{L} ]+|more from [\p{L} ]+|tell us what you think.*|like this|like loading|loading|text size|print|email|e-mail|follow us( on \w+)?|subscribe( now)?|this slideshow requires javascript|skip (to content|ad|advertisement)|continue reading( below)?|story continues below( advertisement)?|click here to (comment|subscribe))\W*$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FurniturePhrase();

    [GeneratedRegex(@"^(by|von|por|par|от|автор:?)\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^(published|updated|posted|last updated|publicado|atualizado|publié|mis à jour|veröffentlicht|опубликовано|обновлено)\b|^\d{1,2}[./]\d{1,2}[./]\d{2,4}\s*[-–|]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateLine();

    [GeneratedRegex(@"(©|\(c\)|copyright|all rights reserved)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Copyright();
}
