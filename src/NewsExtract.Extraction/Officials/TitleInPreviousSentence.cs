using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// An office holder quoted by title in one sentence and named at the start of the next ("…, the spokesman of the
/// Northland Customs Service said. Ivo Tamm added that …"): the sentence before names no one, its subject or source is
/// "the TITLE" right before a speech verb, and the next sentence opens with a person the title grammar gave no office.
/// That person holds the title. Only the pattern in which the text leaves no other reading is taken: one untitled
/// name opening the very next sentence, the title phrase ending at the speech verb.
/// </summary>
public static class TitleInPreviousSentence
{
    private static readonly HashSet<string> SpeechVerbs = new(StringComparer.Ordinal)
    {
        "said", "says", "told", "announced", "noted", "stated", "reported", "added", "explained", "stressed",
    };

    /// <param name="document">the article, with its people</param>
    /// <param name="sentences">its sentence ranges</param>
    /// <param name="titled">the people who already hold a title</param>
    /// <param name="contextAt">the title reader's view of the sentence holding a character offset</param>
    /// <param name="sentenceIndexAt">the index of the sentence holding a character offset (-1 outside every sentence)</param>
    public static List<OfficialCandidate> Links(Document document, IReadOnlyList<(int Start, int End)> sentences, IReadOnlySet<Entity> titled,
        Func<int, TitleContext> contextAt, Func<int, int> sentenceIndexAt)
    {
        var links = new List<OfficialCandidate>();
        foreach (var person in document.Entities.Where(e => e.Label == EntityLabels.Person))
        {
            if (titled.Contains(person) || person.Mentions.Count == 0 || !person.Name.Contains(' ', StringComparison.Ordinal)) continue;
            var m = person.Mentions.MinBy(x => x.Start)!;
            int k = sentenceIndexAt(m.Start);
            if (k < 1 || !OpensSentence(document.Text, sentences[k].Start, m.Start)) continue;
            var previous = contextAt(sentences[k - 1].Start);
            // the sentence before names no one: otherwise its title is that person's
            if (Enumerable.Range(0, previous.Words.Count).Any(previous.InPerson)) continue;
            if (SpeakerTitle(previous) is not { } title) continue;
            var ctx = contextAt(m.Start);
            int first = ctx.IndexAt(m.Start), last = ctx.IndexAt(m.End - 1);
            if (first < 0 || last < 0) continue;
            links.Add(new OfficialCandidate(person, m, title, true, ctx, first, last, false));
        }
        return links;
    }

    /// <summary>Only quotes, brackets or spaces lie between the sentence's start and the name.</summary>
    private static bool OpensSentence(string text, int sentenceStart, int nameStart)
    {
        for (int i = sentenceStart; i < nameStart; i++)
            if (!char.IsWhiteSpace(text[i]) && text[i] is not ('"' or '“' or '‘' or '\'' or '(')) return false;
        return true;
    }

    /// <summary>"the TITLE [of …] said": the title phrase right before the sentence's speech verb, read by the title grammar.</summary>
    private static TitleMatch? SpeakerTitle(TitleContext s)
    {
        for (int verb = 2; verb < s.Words.Count; verb++)
        {
            if (!SpeechVerbs.Contains(s[verb])) continue;
            int end = s[verb - 1] == "," ? verb - 1 : verb;
            // the nearest "the" + title word before the verb, with only title words, names and connectors between
            for (int start = end - 2; start >= 0 && end - start <= 14; start--)
            {
                if (!s[start].Equals("the", StringComparison.OrdinalIgnoreCase) || !TitleLexicon.IsTitleStart(s[start + 1].ToLowerInvariant())) continue;
                if (!Enumerable.Range(start + 1, end - start - 1).All(i => IsTitleWord(s, i))) break;
                if (!Enumerable.Range(start + 1, end - start - 1).Any(i => TitleLexicon.IsHead(s[i].ToLowerInvariant()))) break;
                return TitleReader.Parse(s, start, end, null);
            }
        }
        return null;
    }

    private static bool IsTitleWord(TitleContext s, int i)
    {
        var w = s[i];
        return s.IsCapitalized(i) || s.InOrganization(i) || TitleLexicon.IsConnector(w) || TitleLexicon.IsTitleVocabulary(w.ToLowerInvariant())
            || w is "of" or "for" or "the" or "(" or ")" or "-";
    }
}
