using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// Keeps a surname written in capitals with the given names before it. Several agencies write the family name in
/// capitals ("Foreign Minister Jean-Luc MARCHAND", "Mr. Karim BENSALAH", "Nadia EL OUAFI"); the recogniser, which
/// learned from copy in mixed case, ends the name before the capitals or reads them as a body. A PERSON span in mixed
/// case followed, after single spaces, by up to four words in capitals (letters, hyphens and apostrophes only; name
/// particles such as "EL", "LE", "BEN" inside the run) runs on over them, taking in any span they form. A word in
/// capitals that names an international body, a news agency or a country code ("NATO", "TASS", "UAE") or is a title
/// word ("CEO", "MP") ends the run, and so does a run of particles alone.
/// </summary>
public static class UpperCaseSurnames
{
    private const int MaxSurnameWords = 4;

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "AL", "EL", "LE", "LA", "DE", "DA", "DI", "DU", "DOS", "DEL", "BEN", "BIN", "IBN", "OULD", "VAN", "VON", "DER",
    };

    /// <summary>Rewrites the spans (sorted by start) in place.</summary>
    public static void Join(Document document, List<EntitySpan> spans)
    {
        for (int i = 0; i < spans.Count; i++)
        {
            var span = spans[i];
            if (span.Label != EntityLabels.Person || span.TokenCount == 0 || !HasMixedCaseWord(document, span)) continue;
            int end = span.EndToken, lastSurname = span.EndToken, next = i + 1, words = 0;
            while (end < document.Tokens.Count && words < MaxSurnameWords && ParticleNameJoiner.Adjacent(document, end - 1, end)
                   && IsUpperCaseNameWord(document, end))
            {
                // a span the capitals begin (the recogniser's body or place) is taken whole, or the run stops
                if (next < spans.Count && spans[next].FirstToken == end)
                {
                    if (!AllUpperCaseNameWords(document, spans[next]) || words + spans[next].TokenCount > MaxSurnameWords) break;
                    words += spans[next].TokenCount;
                    end = spans[next].EndToken;
                    next++;
                }
                else if (next < spans.Count && spans[next].FirstToken < end) break;
                else { words++; end++; }
                if (!Particles.Contains(Word(document, end - 1))) lastSurname = end;
            }
            if (lastSurname == span.EndToken) continue;
            // the run only ever ends after a whole span it took, so the spans it took lie inside the name
            EntitySpanList.Replace(spans, span with
            {
                End = document.Tokens[lastSurname - 1].End,
                TokenCount = lastSurname - span.FirstToken,
                Recognizer = EntitySpanRefiner.ComponentName,
            });
        }
    }

    private static string Word(Document document, int token) => document.TextOf(document.Tokens[token]).ToString();

    /// <summary>The span holds a word with both capitals and small letters, so the copy is not all in capitals.</summary>
    private static bool HasMixedCaseWord(Document document, EntitySpan span)
    {
        foreach (char c in document.Text.AsSpan(span.Start, span.End - span.Start))
            if (char.IsLower(c)) return true;
        return false;
    }

    private static bool AllUpperCaseNameWords(Document document, EntitySpan span)
    {
        for (int t = span.FirstToken; t < span.EndToken; t++)
            if (!IsUpperCaseNameWord(document, t)) return false;
        return true;
    }

    /// <summary>
    /// Two or more letters, all capitals (with hyphens or apostrophes), and not a body's, agency's or country's code nor
    /// a title word ("CEO", "MP").
    /// </summary>
    private static bool IsUpperCaseNameWord(Document document, int token)
    {
        var w = document.TextOf(document.Tokens[token]);
        int letters = 0;
        foreach (char c in w)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c)) return false;
                letters++;
            }
            else if (c is not ('-' or '\'' or '’')) return false;
        }
        if (letters < 2) return false;
        string word = w.ToString();
        if (Particles.Contains(word)) return true;
        var gazetteer = WorldGazetteer.LoadDefault();
        return !gazetteer.IsOrganisationAbbreviation(word) && !NewsAgencyLexicon.IsAgencyName(word) && !TitleLexicon.IsTitleVocabulary(word)
            && !CountryLexicon.IsStateName(word) && !(word.Length <= 3 && gazetteer.CountryByCode(word) is not null);
    }
}
