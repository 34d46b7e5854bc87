using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Officials;

/// <summary>
/// Fills <see cref="Document.Officials"/>. The title grammar (<see cref="TitleReader"/>) proposes links between a
/// person's mention and a title phrase next to it; names the recogniser missed right after a title are added as
/// people first. With the trained model (<see cref="OfficialsModel"/>) a logistic regression over
/// <see cref="OfficialLinkFeatures"/> decides which links make their person an official, and a second one chooses the
/// state served among the states the evidence names (<see cref="ServedCountryFeatures"/>: the title, the sentence, the
/// organisation, the article's home state) or none. Without it the rules decide: every link counts, and the state
/// is the title's, else the home state's unless the office is aimed abroad or belongs to an international body.
/// The official gets the most specific title written, honorifics dropped from name and title. Definite references
/// such as "the minister" are resolved to the most recent official whose title fits, unless two such officials were
/// just named together. Runs after <c>EntityMerger</c>; the official's name is the person entity's name, so the
/// record lists the person once.
/// </summary>
public sealed partial class OfficialRecognizer(OfficialsModel? model) : IPipelineComponent
{
    public const string RulesVersion = "officials-rules-2";

    /// <summary>The rules alone, without a trained model.</summary>
    public OfficialRecognizer() : this(null)
    {
    }

    public string Name => "officials";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = SentenceRanges.Of(document);
        var candidates = FindCandidates(document, sentences, model?.Lexicon);
        var scored = model is null ? candidates : [.. candidates.Select(c => c with { Score = model.LinkProbability(OfficialLinkFeatures.For(c, model.Lexicon)) })];
        var accepted = model is null ? candidates : [.. scored.Where(c => c.Score >= model.Config.LinkThreshold)];
        if (model is not null) RemoveRejectedListPieces(document, scored, accepted);
        // "the spokesman of X said. Y added …": a title the sentence before gives the name opening this one
        accepted.AddRange(TitleInPreviousSentence.Links(document, sentences, accepted.Select(c => c.Person).ToHashSet(),
            ContextsOf(document, sentences, model?.Lexicon is { } lexicon ? lexicon.IsPortfolioWord : null), offset => IndexOf(sentences, offset)));
        var officials = Assemble(document, accepted, sentences);

        var home = HomeStateOf(document, model?.Lexicon);
        var occurrences = model is null ? [] : ServedCountryFeatures.Occurrences(document.Text, sentences, model.Lexicon);
        var counterpartOccurrences = model is null ? ServedCountryFeatures.Occurrences(document.Text, sentences, null) : occurrences;
        var people = Ranges(document, EntityLabels.Person);
        foreach (var o in officials.OrderBy(o => o.Mentions.Min(m => m.Start)))
        {
            // a state the title names is exact; otherwise the model weighs the weaker evidence (or the rule decides)
            string? country = o.TitleCountry ?? ServedCountryFeatures.CounterpartCountry(document.Text, o.Mentions, counterpartOccurrences);
            // a company's officer serves the state the company's name gives ("Latvian Northwind Group"), else none: the
            // home state of the story is no evidence for a company's; so does an officer of a company named by its kind
            // ("the company's chief executive"), and a bloc's officer serves none
            var owner = o.TitleCountry is null && o.Organization is null ? OwnerByKind.Of(document, o) : null;
            var organization = o.Organization ?? owner?.Body;
            if (country is null && o.Organization is { } body && IsCompanyName(body))
                country = StateNamedIn(body);
            else if (country is null && owner is not null)
                country = owner.IsCompany && owner.Body is { } company ? StateNamedIn(company) : null;
            else if (country is null && (model is null || !model.Config.CountryByModel))
                country = RuleCountry(o, home);
            else if (country is null && model is not null)
            {
                var others = people.Where(p => !o.Mentions.Any(m => m.Start == p.Start)).ToList();
                country = ServedCountryFeatures.For(o, occurrences, sentences, home, others, model.Lexicon)
                    .Select(c => (c.Country, P: model.CountryProbability(c.Features)))
                    .OrderByDescending(c => c.P).First().Country;
            }
            // an envoy posted to a state or a body serves a state other than the posting: the story's own, when the title
            // names no other and no international body sent the envoy ("Ambassador to France X" in a Polish agency's story
            // serves Poland; "UN envoy to Syria" serves no state)
            if (country is null && o.TitleCountry is null && home.Country is { } own && PostedTo(o.Title.Title) is { } posted
                && !string.Equals(posted, own, StringComparison.Ordinal)
                && !(o.Organization is { } sender && InternationalBodies.IsNamedIn(sender) && !sender.Contains(posted, StringComparison.OrdinalIgnoreCase)))
                country = own;
            // "his counterpart, President X": X serves another state than the official whose counterpart X is
            if (o.TitleCountry is null && UnmarkedCounterpartOf(document, o, document.Officials) is { } counterpartOf && counterpartOf.Country == country)
                country = MostNamedOtherState(counterpartOccurrences, counterpartOf.Country) ?? country;
            var (name, mentions) = WithoutHonorific(document, o.Person.Name, o.Mentions.OrderBy(m => m.Start).ToList());
            if (IsOnlyHonorifics(name))
            {
                // "Dr" or "Sheikh" cut off from the name after it is no one: neither an official nor a person
                document.Entities.Remove(o.Person);
                continue;
            }
            document.Officials.Add(new Official(name, o.Title.Title, country, organization, mentions, model?.Lexicon.CodeOf(country)));
            int index = document.Entities.IndexOf(o.Person);
            if (index >= 0 && (name != o.Person.Name || !mentions.SequenceEqual(o.Person.Mentions)))
                document.Entities[index] = o.Person with { Name = name, Mentions = mentions };
        }
        document.Models[Name] = model?.Config.Version ?? RulesVersion;
    }

    /// <summary>
    /// Every (person mention, title) link the title grammar reads in the document, after removing the "people" that are
    /// pieces of a title's portfolio list (<see cref="TitleFragmentPersons"/>, with the lexicon), completing names cut at a
    /// particle (<see cref="NameParticles"/>), joining initialled names to the full ones (<see cref="InitialedNames"/>) and
    /// parts of names to the whole (<see cref="PartialNames"/>), two spellings of one name (<see cref="TransliteratedNames"/>), taking
    /// surname-only mentions (<see cref="SurnameMentions"/>) and
    /// adding the names a
    /// title vouches for that the recogniser missed. Changes the document's entities (the removed and added names).
    /// </summary>
    public static List<OfficialCandidate> FindCandidates(Document document, IReadOnlyList<(int Start, int End)> sentences, OfficialLexicon? lexicon)
    {
        Func<string, bool>? portfolio = lexicon is null ? null : lexicon.IsPortfolioWord;
        if (lexicon is not null) TitleFragmentPersons.Remove(document, lexicon);
        RelabelTitledPlaces(document, sentences, portfolio);
        NameParticles.Complete(document);
        InitialedNames.Merge(document);
        PartialNames.Merge(document);
        TransliteratedNames.Merge(document);
        SurnameMentions.Add(document);
        var untagged = AddUntaggedNames(document, sentences, lexicon);
        // entities do not change while titles are read
        var ContextAt = ContextsOf(document, sentences, portfolio);

        var found = new List<OfficialCandidate>();
        var cabinets = new Dictionary<TitleContext, Dictionary<int, TitleMatch>>();
        foreach (var person in document.Entities.Where(e => e.Label == EntityLabels.Person))
        {
            // a state's or capital's name is a place the recogniser mistook for a person ("in Doha")
            if (lexicon is not null && (lexicon.CountryOfCapital(person.Name) is not null || CountryLexicon.ShortNameOf(person.Name) is not null)) continue;
            foreach (var m in person.Mentions)
            {
                var ctx = ContextAt(m.Start);
                int first = ctx.IndexAt(m.Start), last = ctx.IndexAt(m.End - 1);
                if (first < 0 || last < 0) continue;
                bool isUntagged = untagged.Contains(person.Name);
                var before = TitleReader.Before(ctx, first);
                if (before is { Country: null } && TitleReader.StateAfterName(ctx, last) is { } stateAfter) before = before with { Country = stateAfter };
                if (!cabinets.ContainsKey(ctx))
                    cabinets[ctx] = CabinetList.Read(ctx).Concat(CabinetList.ReadBracketed(ctx)).GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value);
                if (before is null && cabinets[ctx].TryGetValue(first, out var fromList) && TitleReader.After(ctx, last) is null)
                {
                    found.Add(new OfficialCandidate(person, m, fromList, true, ctx, first, last, isUntagged));
                    continue;
                }
                // "X as culture minister and Y as land minister", "X was appointed interior minister, Y as defence
                // minister": Y's own title after the name wins over X's before it
                // "…, Olga Mak – minister of sport": a dash after the name opens the name's own title
                bool listed = (first > 0 && (ctx[first - 1] == "and" || (ctx[first - 1] == "," && last + 1 < ctx.Words.Count && ctx[last + 1] == "as")))
                    || TitleReader.DashAfter(ctx, last)
                    // "Lieutenant General X, chief of staff of the army": a rank alone gives way to the office after the name
                    || (before is not null && before.Title.Split(' ').All(TitleLexicon.IsRank));
                var after = before is null || listed ? TitleReader.After(ctx, last) : null;
                // "X replaces Y as T", "… He replaced Y as T": Y held the office until now ("She replaces Y, who will
                // now serve as T" gives Y a new one)
                bool replacedAs = TitleReader.IsReplacedPerson(ctx, first) || (TitleReader.IsReplacedByPronoun(ctx, first) && last + 1 < ctx.Words.Count && ctx[last + 1] == "as");
                if (after is not null && replacedAs) after = after.AsFormer();
                if (after is not null) found.Add(new OfficialCandidate(person, m, after, false, ctx, first, last, isUntagged));
                else if (before is not null) found.Add(new OfficialCandidate(person, m, before, true, ctx, first, last, isUntagged));
            }
        }
        found = PluralTitles.Spread(document, found, untagged);
        found.AddRange(ReplacedHolders(document, found, ContextAt, sentences, untagged));
        found.AddRange(CounterpartLinks(document, found, ContextAt, untagged));
        return found;
    }

    /// <summary>
    /// A person with no title of their own named as the one replaced after a comma ("X was named economy minister,
    /// replacing Y, who resigned"): Y held the office of the official named before in the sentence, so Y is its former
    /// holder. So is Y replaced by a pronoun opening the next sentence ("X has been appointed Agriculture Minister. He
    /// replaced Y."): the office of the last official named in the sentence before.
    /// </summary>
    private static List<OfficialCandidate> ReplacedHolders(Document document, List<OfficialCandidate> found, Func<int, TitleContext> contextAt,
        IReadOnlyList<(int Start, int End)> sentences, HashSet<string> untagged)
    {
        var holders = new List<OfficialCandidate>();
        var titled = found.Select(c => c.Mention.Start).ToHashSet();
        foreach (var person in document.Entities.Where(e => e.Label == EntityLabels.Person))
        {
            foreach (var m in person.Mentions)
            {
                if (titled.Contains(m.Start)) continue;
                var ctx = contextAt(m.Start);
                int first = ctx.IndexAt(m.Start), last = ctx.IndexAt(m.End - 1);
                if (first < 0 || last < 0) continue;
                OfficialCandidate? replacer = null;
                if (TitleReader.IsReplacedAfterComma(ctx, first))
                    replacer = found.Where(c => c.Context == ctx && c.LastWord < first && c.Person != person).MaxBy(c => c.LastWord);
                else if (TitleReader.IsReplacedByPronoun(ctx, first) && IndexOf(sentences, m.Start) is > 0 and var sentence)
                    replacer = found.Where(c => c.Person != person && IndexOf(sentences, c.Mention.Start) == sentence - 1 && !c.Title.IsFormer)
                        .MaxBy(c => c.Mention.Start);
                if (replacer is null) continue;
                holders.Add(new OfficialCandidate(person, m, replacer.Title.AsFormer(), false, ctx, first, last, untagged.Contains(person.Name)));
            }
        }
        return holders;
    }

    /// <summary>
    /// Where an envoy's title posts its holder: the state after "to" ("Ambassador to France" → France), or the text
    /// after "to" when it names no state ("Envoy to the United Nations"); null for a title that posts no one.
    /// </summary>
    private static string? PostedTo(string title)
    {
        var match = EnvoyPostedTo().Match(title);
        if (!match.Success) return null;
        var place = match.Groups["place"].Value;
        return CountryLexicon.ShortNameOf(place) ?? place;
    }

    [GeneratedRegex(@"^(?:former\s+|new\s+|deputy\s+)?(?:ambassador|envoy|consul|consul-general|charg[ée] d'affaires|permanent representative|special representative)(?:\s+extraordinary and plenipotentiary)?\s+to\s+(?:the\s+)?(?<place>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex EnvoyPostedTo();

    /// <summary>The first state a body's name names ("Latvian Northwind Group" → Latvia), else null.</summary>
    private string? StateNamedIn(string name) =>
        ServedCountryFeatures.Occurrences(name, [(0, name.Length)], model?.Lexicon).Select(c => c.Country).FirstOrDefault();

    /// <summary>A body whose name holds a company's legal form or head noun ("Northwind Shipping Group", "Varmo LLC").</summary>
    private static bool IsCompanyName(string organization) =>
        organization.Split([' ', ',', '(', ')'], StringSplitOptions.RemoveEmptyEntries).Any(CompanyWords.Contains);

    /// <summary>
    /// The title reader's view of the sentence holding a character offset, built once per sentence; a sentence's
    /// context needs only the people and organisations that reach into it.
    /// </summary>
    private static Func<int, TitleContext> ContextsOf(Document document, IReadOnlyList<(int Start, int End)> sentences, Func<string, bool>? portfolio)
    {
        var contexts = new Dictionary<int, TitleContext>();
        var people = new RangeIndex(Ranges(document, EntityLabels.Person));
        var organizations = new RangeIndex(Ranges(document, EntityLabels.Organization));
        return offset =>
        {
            int index = IndexOf(sentences, offset);
            if (!contexts.TryGetValue(index, out var ctx))
            {
                var (start, end) = index >= 0 ? sentences[index] : (0, document.Text.Length);
                ctx = new TitleContext(document.Text, WordScanner.Scan(document.Text, start, end), people.Overlapping(start, end), organizations.Overlapping(start, end), portfolio);
                contexts[index] = ctx;
            }
            return ctx;
        };
    }

    /// <summary>
    /// A "person" the model refused as an office holder, named only where a title's list goes on ("… Minister of
    /// Economic Development and Poverty Reduction"), is a piece of the title the recogniser mistook for a name.
    /// </summary>
    private static void RemoveRejectedListPieces(Document document, List<OfficialCandidate> scored, List<OfficialCandidate> accepted)
    {
        var keep = accepted.Select(c => c.Person).ToHashSet();
        foreach (var person in scored.Select(c => c.Person).Distinct().Where(p => !keep.Contains(p)).ToList())
        {
            if (person.Mentions.All(m => TitleFragmentPersons.ContinuesList(document.Text, m.Start)))
                document.Entities.Remove(person);
        }
    }

    /// <summary>
    /// A person introduced as the counterpart of an official just named, with no title of their own ("X, Minister of
    /// Foreign Affairs, met his Egyptian counterpart, Y"): Y holds the same office for another state. The link takes
    /// the official's title up to its first comma, without its state; the state comes from the words before
    /// "counterpart" (or the rule).
    /// </summary>
    private static List<OfficialCandidate> CounterpartLinks(Document document, List<OfficialCandidate> found, Func<int, TitleContext> contextAt, HashSet<string> untagged)
    {
        var links = new List<OfficialCandidate>();
        var titled = found.Select(c => c.Mention.Start).ToHashSet();
        foreach (var person in document.Entities.Where(e => e.Label == EntityLabels.Person))
        {
            if (found.Any(c => c.Person == person)) continue;
            foreach (var m in person.Mentions)
            {
                if (titled.Contains(m.Start)) continue;
                var before = document.Text[Math.Max(0, m.Start - 40)..m.Start];
                if (CounterpartIntroduction().Match(before) is not { Success: true } cue) continue;
                int cueStart = m.Start - before.Length + cue.Index;
                var ctx = contextAt(m.Start);
                // the official whose counterpart this is: the titled person named last before the cue in the sentence
                var official = found
                    .Select(c => (Link: c, Last: c.Person.Mentions.Where(x => x.End <= cueStart && contextAt(x.Start) == ctx).Select(x => x.End).DefaultIfEmpty(-1).Max()))
                    .Where(c => c.Last >= 0).OrderByDescending(c => c.Last).Select(c => c.Link).FirstOrDefault();
                if (official is null) continue;
                int first = ctx.IndexAt(m.Start), last = ctx.IndexAt(m.End - 1);
                if (first < 0 || last < 0) continue;
                int word = before.LastIndexOf("counterpart", StringComparison.Ordinal) + m.Start - before.Length;
                // the office without the list of portfolios one state adds to it ("Minister of Foreign Affairs,
                // African Cooperation and …" → "Minister of Foreign Affairs")
                var office = official.Title.Title;
                if (office.IndexOf(", ", StringComparison.Ordinal) is > 0 and var comma) office = office[..comma];
                var title = new TitleMatch(word, word + "counterpart".Length, office, null, null);
                links.Add(new OfficialCandidate(person, m, title, true, ctx, first, last, untagged.Contains(person.Name)));
                break;
            }
        }
        return links;
    }

    [GeneratedRegex(@"\b(his|her|their)\s+(?:[\w.’'-]+\s+){0,3}?counterparts?\s*,?\s*$")]
    private static partial Regex CounterpartIntroduction();

    /// <summary>
    /// A "place" the gazetteer does not know, written as a name of two or three capitalised words, that the title
    /// grammar gives an office ("the appointment of Lee Min-seok as fisheries minister", "Minister of Health Ali Karimi")
    /// is a person the recogniser mislabelled.
    /// </summary>
    private static void RelabelTitledPlaces(Document document, IReadOnlyList<(int Start, int End)> sentences, Func<string, bool>? portfolio)
    {
        // The people and organisations other than a place entity are all of them (it is neither); the people change
        // only when a place is relabelled, and the index is then built again.
        RangeIndex? people = null, organizations = null;
        for (int e = 0; e < document.Entities.Count; e++)
        {
            var entity = document.Entities[e];
            if (!EntityLabels.IsPlace(entity.Label) || entity.Place is not null) continue;
            var words = entity.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length is < 2 or > 3 || !words.All(w => char.IsUpper(w[0]) && w.Skip(1).Any(char.IsLower))) continue;
            if (CountryLexicon.ShortNameOfAny(entity.Name) is not null || words.Any(w => TitleLexicon.IsTitleVocabulary(w))) continue;
            bool titled = false;
            foreach (var m in entity.Mentions)
            {
                int index = IndexOf(sentences, m.Start);
                var (start, end) = index >= 0 ? sentences[index] : (0, document.Text.Length);
                people ??= new RangeIndex(Ranges(document, EntityLabels.Person));
                organizations ??= new RangeIndex(Ranges(document, EntityLabels.Organization));
                var ctx = new TitleContext(document.Text, WordScanner.Scan(document.Text, start, end), people.Overlapping(start, end), organizations.Overlapping(start, end), portfolio);
                int first = ctx.IndexAt(m.Start), last = ctx.IndexAt(m.End - 1);
                if (first < 0 || last < 0) continue;
                bool predicate = last + 1 < ctx.Words.Count && ctx[last + 1] == "as" && TitleReader.After(ctx, last) is not null;
                bool before = first > 0 && TitleLexicon.IsStrongHead(ctx[first - 1]) && ctx.IsCapitalized(first - 1) && TitleReader.Before(ctx, first) is not null;
                titled |= predicate || before;
            }
            if (titled)
            {
                document.Entities[e] = entity with { Label = EntityLabels.Person };
                people = null;
            }
        }
    }

    /// <summary>
    /// The official named earlier in the same sentence whose counterpart this one is introduced as, without a state
    /// ("X met his counterpart, President Y"; "X and his counterpart Y"), else null.
    /// </summary>
    private static Official? UnmarkedCounterpartOf(Document document, OfficialDraft official, IReadOnlyList<Official> earlier)
    {
        foreach (var link in official.Links)
        {
            int from = Math.Min(link.Title.Start, link.Mention.Start);
            var before = document.Text[Math.Max(0, from - 30)..from];
            if (!CounterpartBefore().IsMatch(before)) continue;
            int sentence = document.SentenceIndexAt(from);
            return earlier.LastOrDefault(e => e.Mentions.Any(m => m.End <= from && document.SentenceIndexAt(m.Start) == sentence));
        }
        return null;
    }

    /// <summary>The state the text names most often other than <paramref name="except"/>, else null.</summary>
    private static string? MostNamedOtherState(IReadOnlyList<CountryOccurrence> occurrences, string? except) =>
        occurrences.Where(o => o.Country != except).GroupBy(o => o.Country)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Min(o => o.Start)).Select(g => g.Key).FirstOrDefault();

    [GeneratedRegex(@"\b(his|her|their)\s+counterparts?\s*,?\s*$")]
    private static partial Regex CounterpartBefore();

    /// <summary>The officials the accepted links make, one per person, with nominal references resolved.</summary>
    public static List<OfficialDraft> Assemble(Document document, IEnumerable<OfficialCandidate> links, IReadOnlyList<(int Start, int End)> sentences)
    {
        var officials = links.GroupBy(l => l.Person).Select(g => new OfficialDraft(g.Key, [.. g])).ToList();
        ResolveNominalReferences(document, officials, sentences);
        return officials;
    }

    private static bool IsOnlyHonorifics(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: > 0 } words && words.All(Honorifics.IsHonorific);

    /// <summary>The name without a leading honorific, and the mentions without it where they start with it.</summary>
    private static (string Name, List<Mention> Mentions) WithoutHonorific(Document document, string name, List<Mention> mentions)
    {
        int cut = Honorifics.LeadingLength(name);
        if (cut == 0) return (name, mentions);
        var honorific = name[..cut];
        var trimmed = mentions.Select(m => document.Slice(m.Start, m.End).StartsWith(honorific, StringComparison.Ordinal) && m.End - m.Start > cut
            ? new Mention(m.Start + cut, m.End) : m).ToList();
        return (name[cut..], trimmed);
    }

    private static HashSet<string> AddUntaggedNames(Document document, IReadOnlyList<(int Start, int End)> sentences, OfficialLexicon? lexicon)
    {
        Func<string, bool>? portfolio = lexicon is null ? null : lexicon.IsPortfolioWord;
        var names = new HashSet<string>(StringComparer.Ordinal);
        var taken = new RangeIndex([.. document.Entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.End))]);
        bool IsTaken(int offset) => taken.Covers(offset);
        var added = new List<(int Start, int End)>();
        var people = new RangeIndex(Ranges(document, EntityLabels.Person));
        var organizations = new RangeIndex(Ranges(document, EntityLabels.Organization));
        var cityWords = document.Entities.Where(e => EntityLabels.IsPlace(e.Label) && !CountryLexicon.IsStateName(e.Name))
            .SelectMany(e => e.Mentions).Where(m => !document.Slice(m.Start, m.End).Contains(' ')).Select(m => m.Start).ToHashSet();
        foreach (var (start, end) in sentences)
        {
            var words = WordScanner.Scan(document.Text, start, end);
            var ctx = new TitleContext(document.Text, words, people.Overlapping(start, end), organizations.Overlapping(start, end), portfolio);
            added.AddRange(UntaggedNameFinder.Find(ctx, IsTaken, k => cityWords.Contains(words[k].Start)).Where(a => lexicon is null || !TitleFragmentPersons.IsFragment(document.Text, a.Start, a.End, lexicon)));
        }
        // a place mention a name now covers ("Santiago" of "Santiago Ruiz") is no place
        foreach (var (start, end) in added)
        {
            for (int e = document.Entities.Count - 1; e >= 0; e--)
            {
                var entity = document.Entities[e];
                if (!EntityLabels.IsPlace(entity.Label) || !entity.Mentions.Any(m => m.Start == start && m.End < end)) continue;
                var rest = entity.Mentions.Where(m => !(m.Start == start && m.End < end)).ToList();
                if (rest.Count == 0) document.Entities.RemoveAt(e);
                else document.Entities[e] = entity with { Mentions = rest };
            }
        }
        foreach (var (start, end) in added)
        {
            var name = MentionNormalize(document.Slice(start, end));
            names.Add(name);
            // the full name the word ends, written with or without marks ("Vucic" of "Aleksandar Vučić")
            var existing = document.Entities.FindIndex(e => e.Label == EntityLabels.Person
                && (e.Name == name || e.Name.EndsWith(" " + name, StringComparison.Ordinal) || (!name.Contains(' ') && MarkedLetters.EndsWithWord(e.Name, name))));
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
        return names;
    }

    private static void ResolveNominalReferences(Document document, List<OfficialDraft> officials, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (officials.Count == 0) return;
        var titleRanges = new RangeIndex([.. officials.SelectMany(o => o.Links).Select(l => (l.Title.Start, l.Title.End))]);
        // entities do not change here (the drafts hold copies of their mentions)
        var entityMentions = new RangeIndex([.. document.Entities.SelectMany(e => e.Mentions).Select(m => (m.Start, m.End))]);
        var latest = officials.ToDictionary(o => o, o => new LatestMentionBefore(o.Mentions));
        // a reference's head against an official's title: the same few pairs recur through a long article
        var compatible = new Dictionary<(string Head, string Title), bool>();
        bool IsCompatible(NominalReference reference, string title)
        {
            if (!compatible.TryGetValue((reference.Head, title), out var fits))
                compatible[(reference.Head, title)] = fits = NominalReferenceFinder.IsCompatible(reference, title);
            return fits;
        }
        foreach (var reference in NominalReferenceFinder.Find(document.Text))
        {
            if (titleRanges.Overlaps(reference.Start, reference.End)) continue;
            if (entityMentions.Overlaps(reference.Start, reference.End)) continue;
            var candidates = officials
                .Where(o => IsCompatible(reference, o.Title.Title))
                .Select(o => (Official: o, Last: latest[o].StartBefore(reference.Start)))
                .Where(c => c.Last >= 0)
                .OrderByDescending(c => c.Last)
                .ToList();
            if (candidates.Count == 0) continue;
            var best = candidates[0];
            if (candidates.Count > 1)
            {
                int sentence = IndexOf(sentences, best.Last);
                // two fitting officials named in the same sentence: the reference could be either. Another's latest
                // mention before the reference lies between the sentence's start and the best one's, so it alone
                // decides whether that official was named in the sentence (outside every sentence, all are looked at).
                if (sentence >= 0
                    ? candidates.Skip(1).Any(c => IndexOf(sentences, c.Last) == sentence)
                    : candidates.Skip(1).Any(c => c.Official.Mentions.Any(m => m.End <= reference.Start && IndexOf(sentences, m.Start) == sentence)))
                    continue;
            }
            var mention = new Mention(reference.Start, reference.End);
            best.Official.Mentions.Add(mention);
            latest[best.Official].Add(mention);
        }
    }

    /// <summary>
    /// The state the article is about (<see cref="HomeState"/>): the home state of the national news agency that
    /// filed it (the article's source, else a credit in the dateline) when the text names that state, else a country named in the dateline, else the
    /// dateline's city when it is a capital (from the lexicon) or a known city (<see cref="DatelineLexicon"/>), else
    /// the country named most often (ties go to the one named first), or none. Agency copy names officials of its own
    /// state without the state, also in stories filed abroad ("Minister of Agriculture X" in a Baku story, "Prime
    /// Minister X" in a Bernama story datelined Seoul), and marks foreign ones ("South Korea's Minister of …").
    /// </summary>
    public static HomeState HomeStateOf(Document document, OfficialLexicon? lexicon)
    {
        int datelineEnd = DatelineEnd(document.Text);
        // an agency reporting another state's affairs without naming its own ("INA" on Tunisia's cabinet) is no evidence
        if (AgencyHomeState.Of(document.Article.Source.Name, document.Text[..datelineEnd]) is { } agency
            && ServedCountryFeatures.Occurrences(document.Text, [(0, document.Text.Length)], lexicon).Any(o => o.Country == agency))
            return new HomeState(agency, "agency");
        var dateline = document.Entities.Where(e => EntityLabels.IsPlace(e.Label) && CountryLexicon.ShortNameOf(e.Name) is not null)
            .SelectMany(e => e.Mentions.Select(m => (e.Name, m.Start))).Where(m => m.Start < datelineEnd).OrderBy(m => m.Start).ToList();
        if (dateline.Count > 0) return new HomeState(CountryLexicon.ShortNameOf(dateline[0].Name), "dateline");
        var head = document.Text[..datelineEnd];
        int comma = head.IndexOfAny([',', '(', '/']);
        if (lexicon is not null && comma > 0 && lexicon.CountryOfCapital(head[..comma]) is { } capital) return new HomeState(capital, "capital");
        if (DatelineLexicon.CountryOf(head) is { } fromDateline) return new HomeState(fromDateline, "city");
        var named = document.Entities.Where(e => EntityLabels.IsPlace(e.Label))
            .Select(e => (Country: CountryLexicon.ShortNameOf(e.Name), Count: e.Mentions.Count(m => !IsCurrencyPrefix(document, m)), First: e.Mentions.Min(m => m.Start)))
            .Where(c => c.Country is not null)
            .GroupBy(c => c.Country!)
            .Select(g => (Country: g.Key, Count: g.Sum(c => c.Count), First: g.Min(c => c.First)))
            .OrderByDescending(c => c.Count).ThenBy(c => c.First)
            .Select(c => c.Country)
            .FirstOrDefault();
        return new HomeState(named, named is null ? "none" : "named");
    }

    /// <summary>
    /// Where the dateline ends: the first line break within 120 characters, else the dash or closing bracket that
    /// ends "CITY, Month D (Agency) -" within 80, else 60 characters in.
    /// </summary>
    private static int DatelineEnd(string text)
    {
        int lineEnd = text.IndexOf('\n');
        if (lineEnd >= 0 && lineEnd <= 120) return lineEnd;
        var head = text[..Math.Min(text.Length, 80)];
        int dash = new[] { " - ", " – ", " — ", " -- ", ") " }.Select(d => head.IndexOf(d, StringComparison.Ordinal)).Where(i => i > 0).DefaultIfEmpty(-1).Min();
        return dash > 0 ? dash + 1 : Math.Min(text.Length, 60);
    }

    /// <summary>"US" in "US$31 million" names a currency, not the country the article is about.</summary>
    private static bool IsCurrencyPrefix(Document document, Mention mention) =>
        mention.End < document.Text.Length && document.Text[mention.End] == '$';

    /// <summary>The rule for an official whose title names no state: the home state, unless <see cref="ServesHomeCountry"/> says no.</summary>
    public static string? RuleCountry(OfficialDraft official, HomeState home) =>
        ServesHomeCountry(official.Title.Title, official.Organization) ? home.Country : null;

    /// <summary>
    /// False for titles of international bodies (they serve no state) and titles aimed at other states ("… to
    /// Kazakhstan", "… for Azerbaijan, Georgia and Turkey"): the article's state is not theirs.
    /// </summary>
    private static bool ServesHomeCountry(string title, string? organization)
    {
        if (InternationalBodies.IsNamedIn(title + " " + organization)) return false;
        var words = title.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i + 1 < words.Length; i++)
            if (words[i] is "to" or "for" && CountryLexicon.ShortNameOfAny(words[i + 1].TrimEnd(',')) is not null) return false;
        return true;
    }

    private static List<(int Start, int End)> Ranges(Document document, string label) =>
        [.. document.Entities.Where(e => e.Label == label).SelectMany(e => e.Mentions).Select(m => (m.Start, m.End))];

    private static int IndexOf(IReadOnlyList<(int Start, int End)> sentences, int offset) => SentenceRanges.IndexAt(sentences, offset);

    private static string MentionNormalize(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
