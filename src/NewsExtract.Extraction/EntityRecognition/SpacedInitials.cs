using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Initials written as capital letters without full stops before a name ("M A Mannan", "A K Abdul Momen", "M Shahriar
/// Alam", as South Asian copy writes them) belong to the person: a person span preceded, one space apart, by up to
/// three single capital letters is extended over them. A lone "A" or "I" is a word, not an initial, and letters that
/// spell an honorific ("H E", His Excellency: <see cref="Honorifics"/>) are no part of the name.
/// </summary>
public static class SpacedInitials
{
    private const int MaxInitials = 3;

    public static void Join(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Person) continue;
            int floor = i > 0 ? spans[i - 1].EndToken : 0;
            int first = span.FirstToken;
            while (first - 1 >= floor && span.FirstToken - (first - 1) <= MaxInitials && IsInitial(document, first - 1)
                   && ParticleNameJoiner.Adjacent(document, first - 1, first))
                first--;
            if (first == span.FirstToken) continue;
            // "H E Al Dosari": an honorific run of letters stays out of the name
            int honorificEnd = document.Tokens[first].Start + Honorifics.LeadingLength(document.Text[document.Tokens[first].Start..span.End]);
            while (first < span.FirstToken && document.Tokens[first].Start < honorificEnd) first++;
            int count = span.FirstToken - first;
            if (count == 0 || count == 1 && document.TextOf(document.Tokens[first]) is "A" or "I") continue;
            spans[i] = span with { Start = document.Tokens[first].Start, FirstToken = first, TokenCount = span.TokenCount + count, Recognizer = EntitySpanRefiner.ComponentName };
        }
    }

    private static bool IsInitial(Document document, int index)
    {
        var word = document.TextOf(document.Tokens[index]);
        return word.Length == 1 && char.IsAsciiLetterUpper(word[0]);
    }
}
