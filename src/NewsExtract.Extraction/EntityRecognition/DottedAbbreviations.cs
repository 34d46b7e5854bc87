using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Gazetteers;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// An international body's abbreviation written with full stops ("U.N.", "E.U."): when the letters without them are
/// an abbreviation of the world gazetteer's organisations, the token is that organisation, whatever the model read
/// (a place, or nothing). A longer span the token begins or sits in ("U.N. Security Council") keeps its reading.
/// </summary>
public static class DottedAbbreviations
{
    public static void Relabel(Document document, List<EntitySpan> spans)
    {
        for (int t = 0; t < document.Tokens.Count; t++)
        {
            var token = document.Tokens[t];
            if (!IsOrganisationAbbreviation(document.TextOf(token))) continue;
            int covering = spans.FindIndex(s => s.Start < token.End && token.Start < s.End);
            if (covering >= 0 && (spans[covering].TokenCount > 1 || spans[covering].Label == EntityLabels.Organization)) continue;
            var body = new EntitySpan(token.Start, token.End, t, 1, EntityLabels.Organization, EntitySpanRefiner.ComponentName);
            if (covering >= 0) spans[covering] = body;
            else spans.Add(body);
        }
    }

    /// <summary>Two or more capital letters each followed by a full stop, which without them abbreviate an organisation.</summary>
    public static bool IsOrganisationAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length < 4 || word.Length % 2 != 0) return false;
        Span<char> letters = stackalloc char[word.Length / 2];
        for (int i = 0; i < word.Length; i += 2)
        {
            if (!char.IsAsciiLetterUpper(word[i]) || word[i + 1] != '.') return false;
            letters[i / 2] = word[i];
        }
        return WorldGazetteer.LoadDefault().IsOrganisationAbbreviation(letters.ToString());
    }
}
