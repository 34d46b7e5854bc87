using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// The writer named on a byline line of their own ("By JEAN KAMARA", "By Anna Berg", then the agency on the next
/// line or after a comma or dash) is a person, however the name is cased: wire copy often writes bylines in
/// capitals, which the recogniser, trained on running text, does not read as a name. The line holds "By" and two to
/// four name words (capitalised or in capitals; hyphens, apostrophes and initials inside) and nothing else but an
/// optional agency credit after a comma or dash; the name becomes one PERSON span in place of any span it overlaps.
/// </summary>
public static partial class BylineNames
{
    public static void Join(Document document, List<EntitySpan> spans)
    {
        foreach (Match match in BylineLine().Matches(document.Text))
        {
            var name = match.Groups["name"];
            if (TokensOf(document, name.Index, name.Index + name.Length) is not var (first, count)) continue;
            EntitySpanList.Replace(spans, new EntitySpan(name.Index, name.Index + name.Length, first, count, EntityLabels.Person, EntitySpanRefiner.ComponentName));
        }
    }

    /// <summary>The first token and the number of tokens that cover [start, end) exactly, else null.</summary>
    private static (int First, int Count)? TokensOf(Document document, int start, int end)
    {
        int first = 0;
        while (first < document.Tokens.Count && document.Tokens[first].Start < start) first++;
        if (first == document.Tokens.Count || document.Tokens[first].Start != start) return null;
        int last = first;
        while (last < document.Tokens.Count && document.Tokens[last].End < end) last++;
        return last < document.Tokens.Count && document.Tokens[last].End == end ? (first, last - first + 1) : null;
    }

    /// <summary>A line "By NAME" with an optional credit after a comma or dash: the name's words start with a capital.</summary>
    [GeneratedRegex(@"(?m)^[ \t]*By[ \t]+(?<name>\p{Lu}[\p{L}'’.-]*(?:[ \t]+\p{Lu}[\p{L}'’.-]*){1,3})[ \t]*(?:(?:,|[–—-])[ \t]*[^\n]{0,40})?[ \t]*\r?$")]
    private static partial Regex BylineLine();
}
