using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// "The Workers' Union", "the Farmers' Association of Poland", "the Armed Forces' General Staff": a capitalised
/// plural in the possessive (a word ending in "s" with the apostrophe attached) before a capitalised name. The
/// recogniser, trained on text that tokenises the apostrophe apart, cuts there ("Workers" | "Union") or takes the words
/// after for a person ("General Staff").
/// <list type="bullet">
/// <item>the plural alone (untagged, or a body of that one word) before a body's name or a body noun is part of that
/// name: "Workers' Union", "Farmers' Association of Poland" become one organisation;</item>
/// <item>a body of several words in the possessive owns the body after it, as "NATO's" does: "Norland Customs'
/// National Office" stays two bodies, and a person the recogniser read after one ("Armed Forces' General Staff")
/// is the owned body;</item>
/// <item>a place's possessive ("the Philippines' Department of Agriculture") and a person's ("Jones' lawyer") are left
/// alone.</item>
/// </list>
/// </summary>
public static class PluralPossessiveNames
{
    public static void Join(Document document, List<EntitySpan> spans)
    {
        var tokens = document.Tokens;
        for (int t = 1; t + 1 < tokens.Count; t++)
        {
            if (document.TextOf(tokens[t]) is not ("'" or "’") || tokens[t].Start != tokens[t - 1].End) continue;
            var plural = document.TextOf(tokens[t - 1]);
            if (plural.Length < 3 || !char.IsUpper(plural[0]) || plural[^1] != 's') continue;
            if (!ParticleNameJoiner.Adjacent(document, t, t + 1) || !IsCapitalised(document, t + 1)) continue;

            var left = spans.FindIndex(s => s.FirstToken <= t - 1 && t - 1 < s.EndToken);
            var right = spans.FindIndex(s => s.FirstToken <= t + 1 && t + 1 < s.EndToken);
            if (left >= 0 && (spans[left].EndToken != t || spans[left].Label != EntityLabels.Organization)) continue;
            if (right >= 0 && (spans[right].FirstToken != t + 1 || spans[right].Label is not (EntityLabels.Organization or EntityLabels.Person))) continue;

            if (left >= 0 && spans[left].TokenCount > 1)
            {
                // an owner body: a person after it is the body it owns
                if (right >= 0 && spans[right].Label == EntityLabels.Person)
                    spans[right] = spans[right] with { Label = EntityLabels.Organization, Recognizer = EntitySpanRefiner.ComponentName };
                continue;
            }
            int first = t - 1;
            int end = right >= 0 ? spans[right].EndToken : CapitalisedRunEnd(document, t + 1);
            bool bodyHead = TitleLexicon.IsBodyWord(document.TextOf(tokens[end - 1]).ToString());
            if (!bodyHead && !(right >= 0 && spans[right].Label == EntityLabels.Organization)) continue;

            EntitySpanList.Replace(spans, new EntitySpan(tokens[first].Start, tokens[end - 1].End, first, end - first, EntityLabels.Organization, EntitySpanRefiner.ComponentName));
            t = end - 1;
        }
    }

    private static bool IsCapitalised(Document document, int index)
    {
        var word = document.TextOf(document.Tokens[index]);
        return word.Length > 1 && char.IsUpper(word[0]);
    }

    /// <summary>The token after the capitalised words, each a space after the one before, that begin at <paramref name="first"/>.</summary>
    private static int CapitalisedRunEnd(Document document, int first)
    {
        int end = first + 1;
        while (end < document.Tokens.Count && IsCapitalised(document, end) && ParticleNameJoiner.Adjacent(document, end - 1, end))
            end++;
        return end;
    }
}
