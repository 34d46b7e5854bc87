using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// The home state of the national news agency behind an article (<see cref="NewsAgencyLexicon"/>): the first agency
/// the source's name credits ("Bernama", "MAP (Maghreb Arabe Presse), via maroc.ma", "Tehran Times (citing IRNA)"),
/// else the first agency the dateline credits ("Ulaanbaatar/MONTSAME/", "BAKU, Nov 3 (Trend)"). International
/// agencies have none.
/// </summary>
public static class AgencyHomeState
{
    private static readonly char[] Separators = [' ', '/', '(', ')', ',', ';', ':', '–', '—', '|', '[', ']'];

    public static string? Of(string? sourceName, string dateline) => FirstCredited(sourceName) ?? FirstCredited(dateline);

    private static string? FirstCredited(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = token.Trim('.', '-', '\'', '"');
            if (word.Length < 2 || !char.IsUpper(word[0])) continue;
            if (NewsAgencyLexicon.CountryOf(word) is { } country) return country;
            // "NNN-Bernama": an agency credited through a pool
            foreach (var part in word.Split('-', StringSplitOptions.RemoveEmptyEntries))
                if (part != word && part.Length > 1 && NewsAgencyLexicon.CountryOf(part) is { } inPool) return inPool;
        }
        return null;
    }
}
