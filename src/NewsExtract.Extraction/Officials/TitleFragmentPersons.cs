using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// "People" that are pieces of a long office title's portfolio list: "Regional Cooperation" in "Minister of Foreign
/// Affairs, Regional Cooperation and Nationals Living Overseas", "Abroad" in "… Cooperation and Citizens Abroad",
/// "Geology" in "Minister of Ecology, Geology and …", "Responsible" in "Minister Responsible for …". Such a span is
/// made only of words office titles are made of (the gazetteer's title words, portfolio words, states and
/// nationalities) and continues a list or complement: it stands right after a comma, "and", "&amp;", "of" or "for", or
/// after a capitalised word of the same kind. Removing it (and not adding it as an untagged name) lets the title
/// grammar read the whole title up to the real name.
/// </summary>
public static partial class TitleFragmentPersons
{
    /// <summary>Removes from the document's entities the people every mention of whom is such a fragment; returns how many.</summary>
    public static int Remove(Document document, OfficialLexicon lexicon) =>
        document.Entities.RemoveAll(e => e.Label == EntityLabels.Person && e.Mentions.Count > 0
            && e.Mentions.All(m => IsFragment(document.Text, m.Start, m.End, lexicon)));

    /// <summary>True when the text [start, end) is a piece of a title's list rather than a name.</summary>
    public static bool IsFragment(string text, int start, int end, OfficialLexicon lexicon)
    {
        var words = text[start..end].Split([' ', '-', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !words.All(w => IsTitleLike(w, lexicon))) return false;
        var before = text[Math.Max(0, start - 40)..start];
        if (ListContinuation().IsMatch(before)) return true;
        var previous = PreviousWord().Match(before);
        return previous.Success && char.IsUpper(previous.Groups[1].Value[0]) && IsTitleLike(previous.Groups[1].Value, lexicon);
    }

    /// <summary>True when the text before <paramref name="start"/> leaves a list or complement open (a comma, "and", "&amp;", "of", "for").</summary>
    public static bool ContinuesList(string text, int start) => ListContinuation().IsMatch(text.AsSpan(Math.Max(0, start - 40), Math.Min(40, start)));

    private static bool IsTitleLike(string word, OfficialLexicon lexicon) =>
        TitleLexicon.IsConnector(word.ToLowerInvariant()) || lexicon.IsTitleWord(word) || lexicon.IsPortfolioWord(word) || lexicon.CountryOf(word) is not null;

    [GeneratedRegex(@"(,|\band|&|\bof|\bfor)\s+$")]
    private static partial Regex ListContinuation();

    [GeneratedRegex(@"([\p{L}’'-]+)\s+$")]
    private static partial Regex PreviousWord();
}
