using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// "The Prosecutor General's Office", "the President's Office", "the Prime Minister's Administration": a title in the
/// possessive before a capitalised body noun names a body, the office that serves the title's holder, not a person
/// named "General's". The title words (capitalised, the last a head), the clitic and the body noun become one
/// organisation span, replacing whatever spans the recogniser gave those words.
/// </summary>
public static class TitleHoldersOffices
{
    public static void Join(Document document, List<EntitySpan> spans)
    {
        var tokens = document.Tokens;
        for (int t = 1; t + 1 < tokens.Count; t++)
        {
            if (document.TextOf(tokens[t]) is not ("'s" or "’s") || tokens[t].Start != tokens[t - 1].End) continue;
            var body = document.TextOf(tokens[t + 1]).ToString();
            if (!char.IsUpper(body[0]) || !TitleLexicon.IsBodyWord(body)) continue;
            if (!IsCapitalisedTitleWord(document, t - 1) || !TitleLexicon.IsHead(document.TextOf(tokens[t - 1]).ToString())) continue;
            int first = t - 1;
            while (first > 0 && IsCapitalisedTitleWord(document, first - 1) && ParticleNameJoiner.Adjacent(document, first - 1, first)) first--;
            int end = t + 2;
            EntitySpanList.Replace(spans, new EntitySpan(tokens[first].Start, tokens[end - 1].End, first, end - first, EntityLabels.Organization, EntitySpanRefiner.ComponentName));
        }
    }

    private static bool IsCapitalisedTitleWord(Document document, int index)
    {
        var word = document.TextOf(document.Tokens[index]).ToString();
        return word.Length > 1 && char.IsUpper(word[0]) && (TitleLexicon.IsHead(word) || TitleLexicon.IsModifier(word));
    }
}
