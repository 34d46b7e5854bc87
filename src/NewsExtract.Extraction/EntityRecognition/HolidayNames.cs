using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// An organisation span that the name of a day continues ("National" | "Day", "New" | "Year's Day": at most two more
/// capitalised words, a possessive attached, the last "Day") is the start of a holiday's name, not a body: the span and
/// the words after it become one MISC span, which the record leaves out.
/// </summary>
public static class HolidayNames
{
    private const int MaxWordsAfter = 2;

    public static void Relabel(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Organization || DayNameEnd(document, span.EndToken) is not (> 0 and var end)) continue;
            if (i + 1 < spans.Count && spans[i + 1].FirstToken < end) continue; // the model tagged the words after
            spans[i] = new EntitySpan(span.Start, document.Tokens[end - 1].End, span.FirstToken, end - span.FirstToken, EntityLabels.Misc, EntitySpanRefiner.ComponentName);
        }
    }

    /// <summary>The token after "Day" when capitalised words from <paramref name="index"/> on end in it; -1 when they do not.</summary>
    private static int DayNameEnd(Document document, int index)
    {
        int words = 0;
        for (int t = index; t < document.Tokens.Count && words < MaxWordsAfter; t++)
        {
            var word = document.TextOf(document.Tokens[t]);
            if (word is "’s" or "'s" && t > index && document.Tokens[t].Start == document.Tokens[t - 1].End) continue;
            if (!ParticleNameJoiner.Adjacent(document, t - 1, t) || word.Length < 2 || !char.IsUpper(word[0])) return -1;
            words++;
            if (word is "Day") return t + 1;
        }
        return -1;
    }
}
