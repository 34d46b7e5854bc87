using NewsExtract.Core.Documents;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Joins a person's name the recogniser cut at a name particle: Arabic, Persian and Dutch-style names chain given
/// names with "bin", "ibn", "al", "van" …, and a tagger that learned mostly short names ends one name at the particle
/// and starts another after it ("Salman bin" + "Yousef Al Dosari", "Fahad bin" + "Rashid" + "bin" + "Nasser" +
/// "Al Qahtani" + "Al Harbi"). A PERSON span that ends in a particle, or is followed by one, runs on over the
/// capitalised words, particles and PERSON spans that follow it, separated by single spaces, up to the first other
/// word, punctuation, line break or span of another kind (after "bin", "ibn" or "ould", which say "son of", a short
/// span of capitalised words is taken whatever its label); it never ends in a particle. A PERSON span right after a
/// capitalised word and "bin" starts at that word.
/// </summary>
public static class ParticleNameJoiner
{
    private static readonly HashSet<string> Particles = new(StringComparer.OrdinalIgnoreCase)
    {
        "bin", "bint", "ibn", "binti", "al", "el", "ould",
    };

    /// <summary>Rewrites the spans (sorted by start) in place.</summary>
    public static void Join(Document document, List<EntitySpan> spans)
    {
        ExtendBack(document, spans);
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Person || span.TokenCount == 0) continue;
            int end = span.EndToken; // exclusive token index reached so far
            bool open = IsParticle(document, end - 1) || (end < document.Tokens.Count && Adjacent(document, end - 1, end) && IsParticle(document, end));
            if (!open) continue;
            int next = i + 1;
            int lastName = end; // exclusive end after the last token that is not a particle
            while (end < document.Tokens.Count && Adjacent(document, end - 1, end))
            {
                if (next < spans.Count && spans[next].FirstToken == end)
                {
                    // after "bin" ("son of") comes a name whatever the tagger called it ("bin Thamer Al Thani" as a body)
                    if (spans[next].Label != EntityLabels.Person && !(IsPatronymic(document, end - 1) && IsNameLike(document, spans[next]))) break;
                    end = spans[next].EndToken;
                    next++;
                    if (!IsParticle(document, end - 1)) lastName = end;
                    continue;
                }
                if (next < spans.Count && spans[next].FirstToken < end) break;
                if (IsParticle(document, end)) { end++; continue; }
                if (!IsCapitalisedWord(document, end)) break;
                end++;
                lastName = end;
            }
            end = Math.Max(lastName, span.EndToken);
            if (IsParticle(document, end - 1) && end == span.EndToken) continue; // nothing after the particle to take
            while (end > span.FirstToken + 1 && IsParticle(document, end - 1)) end--;
            if (end == span.EndToken) continue;
            EntitySpanList.Replace(spans, span with { End = document.Tokens[end - 1].End, TokenCount = end - span.FirstToken, Recognizer = EntitySpanRefiner.ComponentName });
        }
    }

    /// <summary>
    /// A PERSON span right after "Hamad bin" (a capitalised word and a patronymic, in no span) starts there: the
    /// tagger found "Thamer Al Thani" in "Chairman Hamad bin Thamer Al Thani".
    /// </summary>
    private static void ExtendBack(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Person) continue;
            int first = span.FirstToken;
            int floor = i > 0 ? spans[i - 1].EndToken : 0;
            while (first - 2 >= floor && IsPatronymic(document, first - 1) && IsCapitalisedWord(document, first - 2)
                   && Adjacent(document, first - 1, first) && Adjacent(document, first - 2, first - 1))
                first -= 2;
            if (first != span.FirstToken)
                spans[i] = span with { Start = document.Tokens[first].Start, FirstToken = first, TokenCount = span.EndToken - first, Recognizer = EntitySpanRefiner.ComponentName };
        }
    }

    private static readonly HashSet<string> Patronymics = new(StringComparer.OrdinalIgnoreCase) { "bin", "bint", "ibn", "binti", "ould" };

    private static bool IsPatronymic(Document document, int token) =>
        token >= 0 && Patronymics.Contains(document.TextOf(document.Tokens[token]).ToString());

    /// <summary>A span of at most four capitalised words or particles.</summary>
    private static bool IsNameLike(Document document, EntitySpan span) =>
        span.TokenCount <= 4 && Enumerable.Range(span.FirstToken, span.TokenCount).All(t => IsParticle(document, t) || IsCapitalisedWord(document, t));

    private static bool IsParticle(Document document, int token) =>
        token >= 0 && token < document.Tokens.Count && Particles.Contains(document.TextOf(document.Tokens[token]).ToString());

    private static bool IsCapitalisedWord(Document document, int token)
    {
        var w = document.TextOf(document.Tokens[token]);
        return w.Length >= 2 && char.IsUpper(w[0]) && char.IsLetter(w[1]) && !w.ContainsAny(".,;:()\"");
    }

    /// <summary>True when one space (no line break, no punctuation) separates the two tokens.</summary>
    internal static bool Adjacent(Document document, int left, int right)
    {
        if (left < 0 || right >= document.Tokens.Count) return false;
        int gap = document.Tokens[right].Start - document.Tokens[left].End;
        return gap == 1 && document.Text[document.Tokens[left].End] == ' ';
    }
}
