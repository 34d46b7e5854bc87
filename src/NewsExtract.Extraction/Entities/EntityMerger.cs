using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Gazetteers;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Entities;

/// <summary>
/// Makes one entity per real thing in the article from the entity spans. People: the same name, and a surname or
/// given name alone joins the one full name in the article that contains it ("Guluzade" → "Ramin Guluzade"); when several
/// full names end with it, the one named last before it.
/// Organisations: the same name, acronyms defined in the text or built from initials ("State Customs Committee
/// (SCC)" … "SCC"), a name that only adds "of &lt;country&gt;" to another, and a name written again with its head in lower case
/// ("the Tverskoy court"). Places: countries by their short name
/// whatever form is written ("Republic of Azerbaijan", "Azerbaijan"; adjectives are not places and are left out),
/// other places by name; a "person" named exactly as a place the article names is that place, and so is one named as a
/// gazetteer city in a list with places ("from Thai Binh, Nam Dinh and …"); a lone word tagged as a place that is the
/// surname of a person named in full, and no place the gazetteer knows, is that person. An acronym the text defines after a lower-case phrase ("foreign direct
/// investment (FDI)") names no body nor place (<see cref="CommonNounAcronyms"/>). A span inside an amount or a date the
/// number and date recognisers found is no name ("Nov" of "Nov 30"). The entity's name is the fullest form; for a country its short name. Titles and
/// nominal references ("the minister") are added by the officials component, which runs next.
/// </summary>
public sealed class EntityMerger : IPipelineComponent
{
    public const string Version = "entities-rules-1";

    public string Name => "entities";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var mentions = new List<CleanMention>();
        var taken = new DisjointRanges();
        var amounts = document.Money.Select(m => (m.Start, m.End)).ToList();
        var money = new RangeIndex([.. amounts]);
        var dates = new RangeIndex([.. document.Dates.Select(d => (d.Start, d.End))]);
        var thingAcronyms = CommonNounAcronyms.In(document.Text);
        foreach (var span in document.EntitySpans)
        {
            if (InsideDate(span, dates)) continue;
            if (thingAcronyms.Contains(document.Slice(span.Start, span.End).Trim())) continue;
            if (MentionCleaner.Clean(document.Text, OutsideMoney(span, money)) is { } m && !taken.Overlaps(m.Start, m.End))
            {
                mentions.Add(m);
                taken.Add(m.Start, m.End);
            }
        }
        mentions.AddRange(CountryMentionFinder.Find(document.Text, mentions, amounts));
        mentions.AddRange(AcronymFinder.Find(document.Text, mentions));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));

        var groups = new List<MentionGroup>();
        foreach (var m in mentions.Where(m => m.Label != EntityLabels.Person))
            Place(groups, m);
        PlacePeople(document.Text, groups, mentions.Where(m => m.Label == EntityLabels.Person).ToList());
        AcronymFinder.MergeAcronyms(document.Text, groups);
        JoinHeadsWrittenInLowerCase(document.Text, groups);

        foreach (var g in groups.OrderBy(g => g.Mentions.Min(m => m.Start)))
            document.Entities.Add(new Entity(g.Label, g.DisplayName(), [.. g.Mentions.OrderBy(m => m.Start).Select(m => new Mention(m.Start, m.End))]));
        document.Models[Name] = Version;
    }

    /// <summary>
    /// A word the date recogniser read as part of a date ("Nov" of "KUALA LUMPUR, Nov 30 —", "May" of "May 18-22") is
    /// that date, not a name: a span lying wholly inside a date is dropped. A span reaching past the date is kept.
    /// </summary>
    private static bool InsideDate(EntitySpan span, RangeIndex dates) =>
        dates.FirstOverlapping(span.Start, span.End) is { } d && d.Start <= span.Start && span.End <= d.End;

    /// <summary>
    /// A currency code is part of an amount, not of a name: a span running into an amount ("fined Kura Trust
    /// Bank GEL 2 million" → "Kura Trust Bank GEL") stops where the amount starts; a span inside one is dropped.
    /// </summary>
    private static EntitySpan OutsideMoney(EntitySpan span, RangeIndex money)
    {
        // the first amount (in the document's order) that the span runs into
        if (money.FirstOverlapping(span.Start, span.End) is not { } m) return span;
        return m.Start > span.Start ? span with { End = m.Start } : span with { End = span.Start };
    }

    private static void Place(List<MentionGroup> groups, CleanMention m)
    {
        var key = m.CountryName ?? m.Surface;
        var target = groups.FirstOrDefault(g => g.Label == m.Label && g.Matches(key));
        if (target is null && m.Label == EntityLabels.Organization)
            target = groups.FirstOrDefault(g => g.Label == m.Label && g.Surfaces.Any(x => ExtendsWithCountry(x, m.Surface) || ExtendsWithCountry(m.Surface, x)
                || MentionGroup.OrganNamedBothWays(x, m.Surface) || MentionGroup.OrganNamedBothWays(m.Surface, x)));
        if (target is null) groups.Add(new MentionGroup(m.Label, key, m));
        else target.Add(m);
    }

    private static void PlacePeople(string text, List<MentionGroup> groups, List<CleanMention> people)
    {
        ListedPlaces(text, groups, people);
        // one sense per article: a "person" named exactly as a place the article names ("Abu Dhabi" after the
        // dateline "Abu Dhabi [UAE], …") is that place, unless it is part of a fuller person's name
        foreach (var p in people.ToList())
        {
            if (groups.FirstOrDefault(g => EntityLabels.IsPlace(g.Label) && g.Matches(p.Surface)) is not { } place) continue;
            if (people.Any(q => q.Surface.Length > p.Surface.Length && HasWord(q.Surface, p.Surface.Split(' ')[^1]))) continue;
            place.Add(p);
            people.Remove(p);
        }
        var full = people.Where(p => p.Surface.Contains(' ')).OrderByDescending(p => p.Surface.Length).ToList();
        var personGroups = new List<MentionGroup>();
        foreach (var p in full)
        {
            var target = personGroups.FirstOrDefault(g => g.Matches(p.Surface) || g.Surfaces.Any(x => x.EndsWith(" " + p.Surface, StringComparison.OrdinalIgnoreCase)));
            if (target is null) personGroups.Add(new MentionGroup(EntityLabels.Person, p.Surface, p));
            else target.Add(p);
        }
        foreach (var p in people.Where(p => !p.Surface.Contains(' ')))
        {
            var candidates = personGroups.Where(g => g.Surfaces.Any(x => x.Contains(' ') && HasWord(x, p.Surface))).ToList();
            // prefer a full name that ends with the word (surname) over one that starts with it
            var bySurname = candidates.Where(g => g.Surfaces.Any(x => MarkedLetters.EndsWithWord(x, p.Surface))).ToList();
            // several full names share the surname ("Ziyavudin Magomedov", "Magomed Magomedov"; "Dauren Abayev", "D.
            // Abayev"): the surname alone names the one named last before it, else the first after it
            var chosen = bySurname.Count == 1 ? bySurname[0] : bySurname.Count > 1 ? NamedLastBefore(bySurname, p.Start)
                : candidates.Count == 1 ? candidates[0] : null;
            chosen ??= personGroups.FirstOrDefault(g => g.Matches(p.Surface));
            if (chosen is null) personGroups.Add(new MentionGroup(EntityLabels.Person, p.Surface, p));
            else chosen.Add(p);
        }
        SurnamesTakenForPlaces(groups, personGroups);
        groups.AddRange(personGroups);
    }

    /// <summary>
    /// One sense per article, the other way: a lone word tagged as a place that is the surname of one person the
    /// article names in full ("Teresa Kowal" … "Kowal said"; else the first word of one, a family name written first,
    /// "Yoon Suk-yeol" … "Yoon said") is that person, unless it is a country or a place the world gazetteer knows (a
    /// surname may be a town's name; then the tagger's reading stands).
    /// </summary>
    private static void SurnamesTakenForPlaces(List<MentionGroup> groups, List<MentionGroup> personGroups)
    {
        var world = WorldGazetteer.LoadDefault();
        foreach (var place in groups.Where(g => EntityLabels.IsPlace(g.Label)).ToList())
        {
            if (place.Surfaces.Any(s => s.Contains(' ', StringComparison.Ordinal) || s.Length < 3)) continue;
            var word = place.Surfaces.First();
            if (place.Surfaces.Any(s => !string.Equals(s, word, StringComparison.OrdinalIgnoreCase))) continue;
            if (Lexicons.CountryLexicon.ShortNameOf(word) is not null || world.PlacesNamed(word).Count > 0) continue;
            var owners = personGroups.Where(g => g.Surfaces.Any(x => x.Contains(' ', StringComparison.Ordinal) && x.EndsWith(" " + word, StringComparison.OrdinalIgnoreCase))).ToList();
            // a family name written first ("Yoon Suk-yeol" … "Yoon said") when no full name ends with the word
            if (owners.Count == 0)
                owners = personGroups.Where(g => g.Surfaces.Any(x => x.Contains(' ', StringComparison.Ordinal) && x.StartsWith(word + " ", StringComparison.OrdinalIgnoreCase))).ToList();
            if (owners.Count != 1) continue;
            foreach (var m in place.Mentions) owners[0].Add(m with { Label = EntityLabels.Person });
            groups.Remove(place);
        }
    }

    /// <summary>The group with the latest mention before <paramref name="start"/>, else the one mentioned first.</summary>
    private static MentionGroup NamedLastBefore(List<MentionGroup> groups, int start) =>
        groups.Where(g => g.Mentions.Any(m => m.Start < start)).MaxBy(g => g.Mentions.Where(m => m.Start < start).Max(m => m.Start))
        ?? groups.MinBy(g => g.Mentions.Min(m => m.Start))!;

    /// <summary>
    /// A "person" coordinated with a place ("trucked in from Thai Binh, Nam Dinh, Phu Ly and nearby towns": ", " or "and"
    /// between them) and named as one city the world gazetteer knows, or a country, is a place of that list, unless it is
    /// part of a fuller person's name. Each place it joins may make the next one in the list a place in turn.
    /// </summary>
    private static void ListedPlaces(string text, List<MentionGroup> groups, List<CleanMention> people)
    {
        var world = WorldGazetteer.LoadDefault();
        bool changed = true;
        while (changed)
        {
            changed = false;
            var places = groups.Where(g => EntityLabels.IsPlace(g.Label)).SelectMany(g => g.Mentions).ToList();
            foreach (var p in people.ToList())
            {
                if (!places.Any(m => Coordinated(text, m, p) || Coordinated(text, p, m))) continue;
                if (!world.IsCountryOrUnambiguousCity(p.Surface)) continue;
                if (people.Any(q => q.Surface.Length > p.Surface.Length && HasWord(q.Surface, p.Surface.Split(' ')[^1]))) continue;
                var relabelled = p with { Label = EntityLabels.Location };
                if (groups.FirstOrDefault(g => EntityLabels.IsPlace(g.Label) && g.Matches(p.Surface)) is { } place) place.Add(relabelled);
                else groups.Add(new MentionGroup(EntityLabels.Location, p.Surface, relabelled));
                people.Remove(p);
                changed = true;
            }
        }
    }

    /// <summary>Whether only a comma, "and" or ", and" stands between <paramref name="first"/> and <paramref name="second"/>.</summary>
    private static bool Coordinated(string text, CleanMention first, CleanMention second)
    {
        if (first.End > second.Start || second.Start - first.End > 6) return false;
        var between = text[first.End..second.Start].Trim();
        return between is "," or "and" or ", and";
    }

    private static bool HasWord(string name, string word) =>
        name.Split(' ').Any(w => MarkedLetters.SameWord(w, word));

    /// <summary>
    /// A body named again with its head in lower case ("the Tverskoy court" after "the Tverskoy Court") is that body:
    /// an organisation each of whose mentions, with the lower-case word after it, spells another organisation's name
    /// joins it, each mention reaching over the word.
    /// </summary>
    private static void JoinHeadsWrittenInLowerCase(string text, List<MentionGroup> groups)
    {
        foreach (var part in groups.Where(g => g.Label == EntityLabels.Organization).ToList())
        {
            var extended = part.Mentions.Select(m => WithLowerCaseWordAfter(text, m)).ToList();
            if (extended.Any(m => m is null)) continue;
            var whole = groups.FirstOrDefault(g => g != part && g.Label == EntityLabels.Organization
                && extended.All(m => g.Surfaces.Contains(m!.Surface, StringComparer.OrdinalIgnoreCase)));
            if (whole is null) continue;
            foreach (var m in extended) whole.Add(m!);
            groups.Remove(part);
        }
    }

    /// <summary>The mention reaching over the lower-case word right after it ("Tverskoy" + " court"), or null.</summary>
    private static CleanMention? WithLowerCaseWordAfter(string text, CleanMention m)
    {
        int i = m.End;
        if (i >= text.Length || text[i] != ' ') return null;
        int end = ++i;
        while (end < text.Length && char.IsLetter(text[end])) end++;
        if (end == i || !char.IsLower(text[i])) return null;
        return m with { End = end, Surface = m.Surface + " " + text[i..end] };
    }

    /// <summary>"Ministry of Economy of Azerbaijan" extends "Ministry of Economy" with a country.</summary>
    private static bool ExtendsWithCountry(string longer, string shorter) =>
        longer.Length > shorter.Length + 4 && longer.StartsWith(shorter + " of ", StringComparison.OrdinalIgnoreCase)
        && Lexicons.CountryLexicon.ShortNameOf(longer[(shorter.Length + 4)..]) is not null;
}
