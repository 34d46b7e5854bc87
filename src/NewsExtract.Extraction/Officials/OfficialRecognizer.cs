using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Fills <see cref="Document.Officials"/>: every person entity with a title attached to one of its name mentions
/// (see <see cref="TitleReader"/>) becomes an official with the most specific title written, the state served and
/// the body. Names the recogniser missed right after a title are added as people first. Definite references such as
/// "the minister" are resolved to the most recent official whose title fits, unless two such officials were just
/// named together, and added to both the official's and the person entity's mentions. Runs after
/// <c>EntityMerger</c>; the official's name is the person entity's name, so the record lists the person once.
/// </summary>
public sealed partial class OfficialRecognizer : IPipelineComponent
{
    public const string Version = "officials-rules-1";

    public string Name => "officials";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = SentenceRanges.Of(document);
        var contexts = new Dictionary<int, TitleContext>();
        AddUntaggedNames(document, sentences);
        RangeIndex? people = null, organizations = null;

        TitleContext ContextAt(int offset)
        {
            int index = IndexOf(sentences, offset);
            if (!contexts.TryGetValue(index, out var ctx))
            {
                var (start, end) = index >= 0 ? sentences[index] : (0, document.Text.Length);
                // A sentence's context needs only the spans that reach into it (entities do not change while titles are read).
                people ??= new RangeIndex(Ranges(document, EntityLabels.Person));
                organizations ??= new RangeIndex(Ranges(document, EntityLabels.Organization));
                ctx = new TitleContext(document.Text, WordScanner.Scan(document.Text, start, end), people.Overlapping(start, end), organizations.Overlapping(start, end));
                contexts[index] = ctx;
            }
            return ctx;
        }

        var found = new List<(Entity Person, List<TitleMatch> Titles)>();
        foreach (var person in document.Entities.Where(e => e.Label == EntityLabels.Person))
        {
            var titles = new List<TitleMatch>();
            foreach (var m in person.Mentions)
            {
                var ctx = ContextAt(m.Start);
                int first = ctx.IndexAt(m.Start), last = ctx.IndexAt(m.End - 1);
                if (first < 0 || last < 0) continue;
                if ((TitleReader.Before(ctx, first) ?? TitleReader.After(ctx, last)) is { } title) titles.Add(title);
            }
            if (titles.Count > 0) found.Add((person, titles));
        }

        var officials = found.Select(f => new Building(f.Person, f.Titles)).ToList();
        ResolveNominalReferences(document, officials, sentences);

        var homeCountry = HomeCountry(document);
        foreach (var o in officials.OrderBy(o => o.Mentions.Min(m => m.Start)))
        {
            var mentions = o.Mentions.OrderBy(m => m.Start).ToList();
            var country = o.Country ?? (ServesHomeCountry(o.Title.Title, o.Organization) ? homeCountry : null);
            document.Officials.Add(new Official(o.Person.Name, o.Title.Title, country, o.Organization, mentions));
            int index = document.Entities.IndexOf(o.Person);
            if (index >= 0 && mentions.Count != o.Person.Mentions.Count)
                document.Entities[index] = o.Person with { Mentions = mentions };
        }
        document.Models[Name] = Version;
    }

    private static void AddUntaggedNames(Document document, IReadOnlyList<(int Start, int End)> sentences)
    {
        var taken = new RangeIndex([.. document.Entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.End))]);
        bool IsTaken(int offset) => taken.Covers(offset);
        var added = new List<(int Start, int End)>();
        var people = new RangeIndex(Ranges(document, EntityLabels.Person));
        var organizations = new RangeIndex(Ranges(document, EntityLabels.Organization));
        foreach (var (start, end) in sentences)
        {
            var ctx = new TitleContext(document.Text, WordScanner.Scan(document.Text, start, end), people.Overlapping(start, end), organizations.Overlapping(start, end));
            added.AddRange(UntaggedNameFinder.Find(ctx, IsTaken));
        }
        foreach (var (start, end) in added)
        {
            var name = MentionNormalize(document.Slice(start, end));
            var existing = document.Entities.FindIndex(e => e.Label == EntityLabels.Person && (e.Name == name || e.Name.EndsWith(" " + name, StringComparison.Ordinal)));
            if (existing >= 0)
            {
                var e = document.Entities[existing];
                document.Entities[existing] = e with { Mentions = [.. e.Mentions.Append(new Mention(start, end)).OrderBy(m => m.Start)] };
                continue;
            }
            var mentions = new List<Mention> { new(start, end) };
            // the surname alone elsewhere in the text, where no other entity claims it
            var surname = name.Split(' ')[^1];
            if (name.Contains(' '))
            {
                foreach (Match m in Regex.Matches(document.Text, $@"\b{Regex.Escape(surname)}\b"))
                {
                    if (m.Index >= start && m.Index < end) continue;
                    if (document.Entities.Any(e => e.Mentions.Any(x => x.Start < m.Index + m.Length && m.Index < x.End))) continue;
                    if (added.Any(a => a.Start <= m.Index && m.Index < a.End)) continue;
                    mentions.Add(new Mention(m.Index, m.Index + m.Length));
                }
            }
            // a surname entity the merger kept apart because the full name was not tagged joins it
            var surnameEntity = document.Entities.FindIndex(e => e.Label == EntityLabels.Person && e.Name == surname);
            if (surnameEntity >= 0)
            {
                mentions.AddRange(document.Entities[surnameEntity].Mentions);
                document.Entities.RemoveAt(surnameEntity);
            }
            mentions = [.. mentions.Distinct().OrderBy(m => m.Start)];
            int at = document.Entities.FindIndex(e => e.Mentions.Min(m => m.Start) > start);
            document.Entities.Insert(at < 0 ? document.Entities.Count : at, new Entity(EntityLabels.Person, name, mentions));
        }
    }

    private static void ResolveNominalReferences(Document document, List<Building> officials, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (officials.Count == 0) return;
        var titleRanges = officials.SelectMany(o => o.Titles).Select(t => (t.Start, t.End)).ToList();
        foreach (var reference in NominalReferenceFinder.Find(document.Text))
        {
            if (titleRanges.Any(r => r.Start < reference.End && reference.Start < r.End)) continue;
            if (document.Entities.Any(e => e.Mentions.Any(m => m.Start < reference.End && reference.Start < m.End))) continue;
            var candidates = officials
                .Where(o => NominalReferenceFinder.IsCompatible(reference, o.Title.Title))
                .Select(o => (Official: o, Last: o.Mentions.Where(m => m.End <= reference.Start).Select(m => m.Start).DefaultIfEmpty(-1).Max()))
                .Where(c => c.Last >= 0)
                .OrderByDescending(c => c.Last)
                .ToList();
            if (candidates.Count == 0) continue;
            var best = candidates[0];
            if (candidates.Count > 1)
            {
                int sentence = IndexOf(sentences, best.Last);
                // two fitting officials named in the same sentence: the reference could be either
                if (candidates.Skip(1).Any(c => c.Official.Mentions.Any(m => m.End <= reference.Start && IndexOf(sentences, m.Start) == sentence)))
                    continue;
            }
            best.Official.Mentions.Add(new Mention(reference.Start, reference.End));
        }
    }

    /// <summary>
    /// The state the article is about: a country named in the dateline, else the dateline's city or agency
    /// (<see cref="DatelineLexicon"/>), else the country named most often (ties go to the one named first), or null.
    /// Agency copy names officials of its own state without the state ("Minister of Agriculture X" in a Baku story);
    /// that is the country such an official serves.
    /// </summary>
    private static string? HomeCountry(Document document)
    {
        // a country in the dateline ("BAKU, Azerbaijan, July 15 / Trend /") is the home country
        int datelineEnd = document.Text.IndexOf('\n');
        if (datelineEnd < 0 || datelineEnd > 120) datelineEnd = Math.Min(document.Text.Length, 60);
        var dateline = document.Entities.Where(e => EntityLabels.IsPlace(e.Label) && CountryLexicon.ShortNameOf(e.Name) is not null)
            .SelectMany(e => e.Mentions.Select(m => (e.Name, m.Start))).Where(m => m.Start < datelineEnd).OrderBy(m => m.Start).ToList();
        if (dateline.Count > 0) return CountryLexicon.ShortNameOf(dateline[0].Name);
        // else its city or agency ("MOSCOW, November 21. /TASS/.", "Urgench, 5 November (UzA).")
        if (DatelineLexicon.CountryOf(document.Text[..datelineEnd]) is { } fromDateline) return fromDateline;
        return document.Entities.Where(e => EntityLabels.IsPlace(e.Label))
            .Select(e => (Country: CountryLexicon.ShortNameOf(e.Name), Count: e.Mentions.Count(m => !IsCurrencyPrefix(document, m)), First: e.Mentions.Min(m => m.Start)))
            .Where(c => c.Country is not null)
            .GroupBy(c => c.Country!)
            .Select(g => (Country: g.Key, Count: g.Sum(c => c.Count), First: g.Min(c => c.First)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.First)
            .Select(c => c.Country)
            .FirstOrDefault();
    }

    /// <summary>"US" in "US$31 million" names a currency, not the country the article is about.</summary>
    private static bool IsCurrencyPrefix(Document document, Mention mention) =>
        mention.End < document.Text.Length && document.Text[mention.End] == '$';

    /// <summary>
    /// False for titles of international bodies (they serve no state) and titles aimed at other states ("… to
    /// Kazakhstan", "… for Azerbaijan, Georgia and Turkey"): the article's state is not theirs.
    /// </summary>
    private static bool ServesHomeCountry(string title, string? organization)
    {
        var text = title + " " + organization;
        if (InternationalBody().IsMatch(text)) return false;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i++)
            if (words[i] is "to" or "for" && CountryLexicon.ShortNameOfAny(words[i + 1].TrimEnd(',')) is not null) return false;
        return true;
    }

    [GeneratedRegex(@"\b(EU|European|UN|United Nations|OSCE|EBRD|ADB|World Bank|IMF|FAO|NATO|CIS|WTO|WHO|UNDP|UNICEF|OPEC|SCO|Eurasian|Asian Development|International Monetary)\b")]
    private static partial Regex InternationalBody();

    private static List<(int Start, int End)> Ranges(Document document, string label) =>
        [.. document.Entities.Where(e => e.Label == label).SelectMany(e => e.Mentions).Select(m => (m.Start, m.End))];

    private static int IndexOf(IReadOnlyList<(int Start, int End)> sentences, int offset)
    {
        // Sentences come in text order without overlaps: bisect to the last one starting at or before the offset.
        int lo = 0, hi = sentences.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (sentences[mid].Start <= offset) lo = mid + 1; else hi = mid;
        }
        if (lo > 0 && offset < sentences[lo - 1].End && (lo < 2 || sentences[lo - 2].End <= sentences[lo - 1].Start)) return lo - 1;
        for (int i = 0; i < sentences.Count; i++)
            if (sentences[i].Start <= offset && offset < sentences[i].End) return i;
        return -1;
    }

    private static string MentionNormalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    /// <summary>An official being assembled: the person, the titles found, and the mentions so far.</summary>
    private sealed class Building(Entity person, List<TitleMatch> titles)
    {
        public Entity Person { get; } = person;
        public List<TitleMatch> Titles { get; } = titles;
        public List<Mention> Mentions { get; } = [.. person.Mentions];

        /// <summary>The most specific title written: the longest.</summary>
        public TitleMatch Title { get; } = titles.OrderByDescending(t => t.Title.Length).First();

        public string? Country => Title.Country ?? Titles.Select(t => t.Country).FirstOrDefault(c => c is not null);

        public string? Organization => Title.Organization ?? Titles.Select(t => t.Organization).FirstOrDefault(c => c is not null);
    }
}
