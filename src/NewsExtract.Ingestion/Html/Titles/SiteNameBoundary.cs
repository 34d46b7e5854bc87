namespace NewsExtract.Ingestion.Html.Titles;

/// <summary>
/// Whether a separator parts a site's name at a title's start or end from the rest: a separator standing alone
/// ("Headline | Site", "Site - Headline", also when the name's words take it in, "- Site"), one closing the name
/// or opening the rest ("Site: Headline", "Site |Headline"), one closing the rest or opening the name ("Headline:
/// Site", "Headline -Site"), or brackets around a name at the end ("Headline (Site)", "Headline [Site]").
/// </summary>
public static class SiteNameBoundary
{
    private const string Marks = "|-–—:·•»«/>~";

    /// <summary>Whether the first <paramref name="nameWords"/> words are parted from the words after them.</summary>
    public static bool AtStart(string[] words, int nameWords) =>
        nameWords >= 1 && nameWords < words.Length
        && (IsSeparator(words[nameWords - 1]) || IsSeparator(words[nameWords])
            || Marks.Contains(words[nameWords - 1][^1]) || Marks.Contains(words[nameWords][0]));

    /// <summary>Whether the last <paramref name="nameWords"/> words are parted from the words before them.</summary>
    public static bool AtEnd(string[] words, int nameWords)
    {
        if (nameWords < 1 || nameWords >= words.Length)
            return false;
        var first = words[^nameWords];
        var before = words[^(nameWords + 1)];
        return IsSeparator(first) || IsSeparator(before) || Marks.Contains(before[^1]) || Marks.Contains(first[0])
            || (first[0] is '(' or '[' && words[^1][^1] is ')' or ']');
    }

    /// <summary>A word of separator marks alone ("|", "–", "::").</summary>
    private static bool IsSeparator(string word) => word.All(c => Marks.Contains(c));
}
