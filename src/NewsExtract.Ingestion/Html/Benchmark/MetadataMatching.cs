using System.Globalization;
using System.Text;

namespace NewsExtract.Ingestion.Html.Benchmark;

/// <summary>
/// How extracted metadata is compared with a benchmark's truth: titles exactly after whitespace and case
/// normalisation; dates to the day (or the month, when the truth gives only a month) as written on the page;
/// authors by their words (case, punctuation and a leading "by" ignored), the whole list or its first name.
/// </summary>
public static class MetadataMatching
{
    /// <summary>The title after Unicode NFC, collapsing whitespace and lower-casing.</summary>
    public static string NormalizeTitle(string? title)
    {
        if (string.IsNullOrWhiteSpace(title))
            return "";
        var builder = new StringBuilder(title.Length);
        var space = false;
        foreach (var c in title.Normalize(NormalizationForm.FormC))
        {
            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }
            if (space)
                builder.Append(' ');
            space = false;
            builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }

    public static bool TitleMatches(string truth, string? extracted) =>
        extracted is not null && NormalizeTitle(truth) == NormalizeTitle(extracted);

    /// <summary>Whether <paramref name="extracted"/>, on its own clock, falls on the truth's day (<c>yyyy-MM-dd</c>) or month (<c>yyyy-MM</c>).</summary>
    public static bool DateMatches(string truth, DateTimeOffset? extracted)
    {
        if (extracted is not { } date)
            return false;
        var t = truth.Trim();
        return t.Length switch
        {
            >= 10 => t[..10] == date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            7 => t == date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            4 => t == date.ToString("yyyy", CultureInfo.InvariantCulture),
            _ => false,
        };
    }

    /// <summary>
    /// Whether the extracted author names the truth's author(s): the same words, or the same first person (the text
    /// before the first comma, ampersand or "and", so "Ann Lee, MD" matches "Ann Lee").
    /// </summary>
    public static bool AuthorMatches(string truth, string? extracted)
    {
        if (string.IsNullOrWhiteSpace(extracted))
            return false;
        var t = AuthorWords(truth);
        var e = AuthorWords(extracted);
        if (t.Count > 0 && t.SequenceEqual(e))
            return true;
        var firstTruth = AuthorWords(FirstName(truth));
        var firstExtracted = AuthorWords(FirstName(extracted));
        return firstTruth.Count > 0 && firstTruth.SequenceEqual(firstExtracted);
    }

    private static string FirstName(string names)
    {
        var end = names.Length;
        foreach (var separator in (string[])[",", "&", ";", " and ", "|", "\n"])
        {
            var i = names.IndexOf(separator, StringComparison.OrdinalIgnoreCase);
            if (i > 0 && i < end)
                end = i;
        }
        return names[..end];
    }

    private static List<string> AuthorWords(string text)
    {
        var words = WordTokenizer.Words(text).Select(w => w.ToLowerInvariant()).Where(w => w != "and").ToList();
        if (words.Count > 0 && words[0] == "by")
            words.RemoveAt(0);
        return words;
    }
}
