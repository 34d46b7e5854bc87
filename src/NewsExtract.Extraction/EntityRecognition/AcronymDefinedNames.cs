using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.EntityRecognition;

/// <summary>
/// A body's name that the text defines with an acronym in brackets is one organisation, however the recogniser cut it:
/// "Federal Republic of Norland Customs Directorate (FRNCD)" (tagged "Federal Republic" + "Norland" + …), "Relief and
/// Works Agency for Refugees in the Far South (RWA)". The long form is found as in Schwartz and
/// Hearst's abbreviation definitions: walking back from the bracket over capitalised words and the small words of names
/// ("of", "for", "de", "l'…"), the acronym's letters, last to first, must be the initials of words, the first letter
/// the first word's; at most min(letters + 5, 2 × letters) capitalised words. It becomes an organisation only when one of its words
/// is an organisation head ("Administration", "Agency", "Fund") and it is no country's name, and no span crosses its
/// edges; the spans inside it give way. When the words do not spell the acronym (one in another language), the
/// capitalised run before the bracket is the name only if the recogniser cut it into two or more organisation pieces.
/// </summary>
public static class AcronymDefinedNames
{
    /// <summary>Small words inside names, in the languages of agency copy.</summary>
    private static readonly HashSet<string> NameWords = new(StringComparer.Ordinal)
    {
        "of", "for", "and", "the", "in", "on", "to", "at", "&", "de", "des", "du", "la", "le", "les", "et", "del", "y", "für", "und",
    };

    /// <summary>Rewrites the spans (sorted by start) in place.</summary>
    public static void Join(Document document, List<EntitySpan> spans)
    {
        var tokens = document.Tokens;
        for (int t = 1; t + 2 < tokens.Count; t++)
        {
            if (document.TextOf(tokens[t]) is not "(" || document.TextOf(tokens[t + 2]) is not ")") continue;
            var acronym = document.TextOf(tokens[t + 1]).ToString();
            if (!IsAcronym(acronym) || LineBreakBetween(document, t - 1, t)) continue;
            if ((LongForm(document, t - 1, acronym) ?? CutRun(document, spans, t - 1)) is not { } first) continue;
            int start = tokens[first].Start, end = tokens[t - 1].End;
            var name = document.Text[start..end];
            var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Any(OrganisationHeads.Contains) || CountryLexicon.ShortNameOf(name) is not null) continue;
            if (spans.Any(s => (s.Start < start && s.End > start) || (s.Start < end && s.End > end))) continue;
            if (spans.Any(s => s.Start == start && s.End == end && s.Label == EntityLabels.Organization)) continue;
            spans.RemoveAll(s => s.Start >= start && s.End <= end);
            int at = spans.FindIndex(s => s.Start > start);
            var joined = new EntitySpan(start, end, first, t - first, EntityLabels.Organization, EntitySpanRefiner.ComponentName);
            if (at < 0) spans.Add(joined); else spans.Insert(at, joined);
        }
    }

    /// <summary>The first token of the long form ending at token <paramref name="last"/>, or null when the words do not spell the acronym.</summary>
    private static int? LongForm(Document document, int last, string acronym)
    {
        int maxWords = Math.Min(acronym.Length + 5, 2 * acronym.Length);
        int letter = acronym.Length - 1;
        int words = 0;
        for (int k = last; k >= 0 && words < maxWords; k--)
        {
            if (k < last && LineBreakBetween(document, k, k + 1)) return null;
            var word = document.TextOf(document.Tokens[k]).ToString();
            if (NameWords.Contains(word)) continue;
            char initial = Initial(word);
            if (!char.IsUpper(initial)) return null;
            words++;
            if (initial != acronym[letter]) continue;
            if (letter-- == 0) return k;
        }
        return null;
    }

    /// <summary>
    /// The first token of the name before the bracket when its words do not spell the acronym (one in another language:
    /// "National Office for Records Keeping and Statistics (ONRS)") but the recogniser cut that name into two or more
    /// organisation pieces: the run of capitalised words and small name words ending at <paramref name="last"/>, back to
    /// a possessive ("Algerian Customs' …"), "the", another word or a line break, at most <see cref="MaxCutRunWords"/> words;
    /// not when two of the pieces are bodies of their own (each with an organisation head).
    /// </summary>
    private static int? CutRun(Document document, List<EntitySpan> spans, int last)
    {
        int first = -1;
        for (int k = last, words = 0; k >= 0 && words < MaxCutRunWords; k--, words++)
        {
            if (k < last && LineBreakBetween(document, k, k + 1)) break;
            var word = document.TextOf(document.Tokens[k]).ToString();
            if (word == "the") break; // "the Ministry of Economy and the Central Bank (CBA)": bodies side by side
            if (NameWords.Contains(word)) continue;
            if (!char.IsUpper(word[0]) || word.EndsWith("'", StringComparison.Ordinal) || word.EndsWith("’", StringComparison.Ordinal)) break;
            first = k;
        }
        if (first < 0) return null;
        int start = document.Tokens[first].Start, end = document.Tokens[last].End;
        var pieces = spans.Where(s => s.Label == EntityLabels.Organization && s.Start >= start && s.End <= end).ToList();
        // two pieces that are bodies of their own ("Ministry of Economy and Central Bank") are two names, not one cut
        int bodies = pieces.Count(p => document.Text[p.Start..p.End].Split(' ').Any(OrganisationHeads.Contains));
        return pieces.Count >= 2 && bodies <= 1 ? first : null;
    }

    /// <summary>The longest name <see cref="CutRun"/> reads back from a bracket, in words.</summary>
    private const int MaxCutRunWords = 10;

    /// <summary>A word's initial, after an elided article: "l'Informatique" → 'I'.</summary>
    private static char Initial(string word)
    {
        int apostrophe = word.IndexOfAny(['\'', '’']);
        if (apostrophe is 1 && word.Length > 2) return word[2];
        return word.Length > 0 ? word[0] : ' ';
    }

    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 10 && word.All(char.IsUpper);

    private static bool LineBreakBetween(Document document, int a, int b) =>
        document.Text.AsSpan(document.Tokens[a].End, document.Tokens[b].Start - document.Tokens[a].End).IndexOfAny('\n', '\r') >= 0;
}
