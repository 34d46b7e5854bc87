using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Officials;

namespace NewsExtract.Training.Officials;

/// <summary>
/// Turns gold articles into classifier rows. A link candidate is positive when its person is a gold official (the
/// names are equal, case- and space-insensitively, or one of the person's mentions overlaps the gold official's
/// mentions or an occurrence of the gold name in the text — the same matching <c>evaluate records</c> uses) and its
/// title agrees with the gold one (<see cref="Agrees"/>). Country rows come from the officials the positive links
/// make whose title names no state; a
/// candidate state is positive when it is the gold state (null matches "none").
/// </summary>
public static class OfficialTrainingSet
{
    public static OfficialTrainingRows Rows(OfficialTrainingArticle article, OfficialLexicon lexicon)
    {
        var document = article.Document;
        var sentences = SentenceRanges.Of(document);
        var candidates = OfficialRecognizer.FindCandidates(document, sentences, lexicon);
        var goldRanges = article.Officials.Select(g => g.Mentions.Concat(Occurrences(document.Text, g.Name)).ToList()).ToList();

        GoldOfficial? GoldFor(Entity person)
        {
            for (int i = 0; i < article.Officials.Count; i++)
                if (Normalize(article.Officials[i].Name) == Normalize(person.Name)) return article.Officials[i];
            for (int i = 0; i < article.Officials.Count; i++)
                if (person.Mentions.Any(m => goldRanges[i].Any(r => r.Start < m.End && m.Start < r.End))) return article.Officials[i];
            return null;
        }

        var links = new List<(string, OfficialFeatureRow)>();
        var matched = new Dictionary<Entity, GoldOfficial>();
        var accepted = new List<OfficialCandidate>();
        foreach (var c in candidates)
        {
            var gold = GoldFor(c.Person);
            bool label = gold is not null && Agrees(c.Title, gold, lexicon);
            if (gold is not null) matched[c.Person] = gold;
            if (label) accepted.Add(c);
            links.Add((c.Person.Name, new OfficialFeatureRow { Features = OfficialLinkFeatures.For(c, lexicon), Label = label }));
        }

        var countries = new List<(string, string?, OfficialFeatureRow)>();
        var ruleCorrect = new Dictionary<string, bool>(StringComparer.Ordinal);
        var drafts = OfficialRecognizer.Assemble(document, accepted, sentences);
        var home = OfficialRecognizer.HomeStateOf(document, lexicon);
        var occurrences = ServedCountryFeatures.Occurrences(document.Text, sentences, lexicon);
        var people = document.Entities.Where(e => e.Label == EntityLabels.Person).SelectMany(e => e.Mentions).Select(m => (m.Start, m.End)).ToList();
        // a state the title names is taken as it is; the model learns the rest
        foreach (var draft in drafts.Where(d => d.TitleCountry is null && ServedCountryFeatures.CounterpartCountry(document.Text, d.Mentions, occurrences) is null))
        {
            var gold = matched[draft.Person];
            var goldCountry = gold.Country is null ? null : lexicon.CountryOf(gold.Country) ?? gold.Country;
            ruleCorrect[draft.Person.Name] = Normalize(OfficialRecognizer.RuleCountry(draft, home)) == Normalize(goldCountry);
            var others = people.Where(p => !draft.Mentions.Any(m => m.Start == p.Start)).ToList();
            foreach (var (country, features) in ServedCountryFeatures.For(draft, occurrences, sentences, home, others, lexicon))
                countries.Add((draft.Person.Name, country, new OfficialFeatureRow { Features = features, Label = Normalize(country) == Normalize(goldCountry) }));
        }
        return new OfficialTrainingRows(article.Id, links, countries, ruleCorrect, article.Officials.Count);
    }

    /// <summary>
    /// A link is right when its title does not contradict the gold official's: the state it names (if any) is the
    /// gold state, and its head word ("minister", "chairman") is in the gold title.
    /// </summary>
    private static bool Agrees(TitleMatch title, GoldOfficial gold, OfficialLexicon lexicon)
    {
        if (title.Country is not null && Normalize(title.Country) != Normalize(gold.Country is null ? null : lexicon.CountryOf(gold.Country) ?? gold.Country)) return false;
        var head = OfficialLinkFeatures.Words(title.Title).LastOrDefault(TitleLexicon.IsHead);
        return head is null || gold.Title is null || gold.Title.Contains(head, StringComparison.OrdinalIgnoreCase)
            || (TitleLexicon.StripExPrefix(head) is { } bare && gold.Title.Contains(bare, StringComparison.OrdinalIgnoreCase));
    }

    public static string Normalize(string? s) => string.Join(' ', (s ?? "").ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).TrimEnd('.', ',', ';', ':');

    private static IEnumerable<(int Start, int End)> Occurrences(string text, string name) =>
        name.Length == 0 ? [] : Regex.Matches(text, Regex.Escape(name)).Select(m => (m.Index, m.Index + m.Length));
}
