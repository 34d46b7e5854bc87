using System.Globalization;
using System.Text.RegularExpressions;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Core.Records;
using NewsExtract.Extraction.Lexicons;
using NewsExtract.Extraction.Text;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Fills <see cref="Document.Events"/>: each sentence is classified (by the trained <see cref="EventModel"/> in the
/// shipped pipeline), and each type it reports becomes an event with its trigger words
/// (<see cref="EventTriggerFinder"/>), its participants (officials and people named in the sentence, else
/// organisations, else countries; for trade, the countries; for a conflict, the states — "Peruvian-Ecuadorian" included — and bodies before any person) each with its role (<see cref="ParticipantRoleResolver"/>),
/// its place (<see cref="EventPlaceFinder"/>: a place the sentence introduces as the setting, never the dateline), its
/// date (a date in the sentence, else the publication day when the lead reports it), its status
/// (<see cref="EventStatusDetector"/>) and the sentence. Sentences restating one event are merged by
/// <see cref="EventCoalescer"/>, by the learned merge decision when one is given or ships beside the event model
/// (<see cref="EventMergeModel"/>), else by its rules; a sentence counting several events that the article itemises
/// is dropped as their sum (<see cref="CountedSummaries"/>); then an event whose sentence names no one takes the
/// participants of the story told before it (<see cref="InheritedParticipants"/>), and a trade report still naming no
/// partner is the national total of the article's home state (<see cref="NationalTradeTotals"/>).
/// </summary>
public sealed partial class EventExtractor(IEventSentenceClassifier classifier, IEventMergeDecider? merges = null) : IPipelineComponent
{
    private readonly IEventMergeDecider? _merges = merges ?? (classifier as EventModel)?.Merges;

    private static readonly HashSet<string> EmptyNames = [];

    /// <summary>Shorter sentences (a stray heading, a photo credit) are not classified.</summary>
    public const int MinimumSentenceLength = 15;

    public string Name => "events";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = SentenceRanges.Of(document);
        int datelineEnd = DatelineEnd(document, sentences);
        var spans = new DocumentSpans(document);
        var datelinePlace = DatelinePlace(document, spans, datelineEnd);
        var found = new List<ArticleEvent>();
        // the participants the events found so far name, by type (kept as they are found: read for every sentence)
        var namedByType = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (int i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = sentences[i];
            var text = document.Slice(start, end);
            if (text.Length < MinimumSentenceLength) continue;
            int bodyStart = Math.Max(start, datelineEnd);
            var types = classifier.Classify(text);
            // a deal or talks between people, or trade with a partner, no earlier one named, which the classifier took
            // for a restatement
            var newParties = EventTriggerLexicon.TypesIn(text).Where(t => NewPartiesOnTrigger.Applies(t) && !types.Contains(t)
                && NewPartiesOnTrigger.NamesNewParties(t, Participants(document, spans, t, bodyStart, end).Select(p => (p.Name, p.Kind)), namedByType.GetValueOrDefault(t) ?? EmptyNames));
            foreach (var type in types.Concat(newParties).ToList())
            {
                if (EventVetoes.Vetoes(type, text)) continue;
                var trigger = EventTriggerFinder.Find(document.Text, bodyStart, end, type, spans.InName) ?? StrongestWord(document.Text, bodyStart, end, type);
                var participants = Participants(document, spans, type, bodyStart, end);
                var parties = participants.Select(p => (Party: new EventParticipant(p.Name, p.Kind, ParticipantRoleResolver.RoleOf(document.Text, bodyStart, p.Mention, trigger, type)), p.Mention)).ToList();
                var roles = parties.Select(p => p.Party).ToList();
                // a trade figure is a flow between partners over a period, not a happening somewhere: it has no place
                var place = type == EventTypes.Trade ? null
                    : EventPlaceFinder.Find(document, spans.Entities.Within(bodyStart, end).Where(p => !spans.InsideOrganisation(p.Start, p.End)), bodyStart, spans.Money);
                // the lead's talks, deals and gatherings happen where the story is filed from when it names no other place
                if (place is null && start < datelineEnd && DatelinePlacedTypes.Contains(type)) place = datelinePlace;
                var date = Date(document, spans, start, end);
                var events = type == EventTypes.Trade
                    ? TradePartners.OnePerPartner(parties, bodyStart, end, [.. spans.Money.Overlapping(bodyStart, end), .. spans.Percentages.Overlapping(bodyStart, end)], document.Text)
                    : OnePerAppointee(type, roles);
                foreach (var party in events)
                {
                    found.Add(new ArticleEvent(type, [.. party.Select(r => r.Name)], place, date, new Mention(start, end)) { Trigger = trigger, Roles = party });
                    if (!namedByType.TryGetValue(type, out var named)) namedByType[type] = named = new HashSet<string>(StringComparer.Ordinal);
                    named.UnionWith(party.Select(r => r.Name));
                }
            }
        }
        // the lead reports today's news: an event first told there without a date happened on the publication day
        var leadEnd = sentences.Count > 1 ? sentences[1].End : document.Text.Length;
        var published = document.Article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        document.Events.AddRange(NationalTradeTotals.Fill(InheritedParticipants.Fill(CountedSummaries.Drop(EventCoalescer.Merge(found, document.Text, document.Money, _merges), document)), document)
            .Select(e => e.Date is null && e.Sentence.End <= leadEnd ? e with { Date = published } : e)
            .Select(e => e with { Status = EventStatusDetector.Detect(document.Text, e.Sentence, e.Trigger, e.Type, document.Dates, document.Article.PublishedAt) }));
        document.Models[Name] = classifier.Version;
    }

    /// <summary>
    /// The parties of each event a sentence reports: an appointment of several people ("X as culture minister and Y as
    /// land minister") is one event per appointee, each with the sentence's other parties (the one appointing), as the
    /// annotation guide counts distinct events; any other sentence event is one.
    /// </summary>
    private static IEnumerable<List<EventParticipant>> OnePerAppointee(string type, List<EventParticipant> roles)
    {
        var appointees = type == EventTypes.Appointment
            ? roles.Where(r => r.Role == EventRoles.Target && r.Kind is EventParticipant.OfficialKind or EntityLabels.Person).ToList()
            : [];
        if (appointees.Count < 2)
        {
            yield return roles;
            yield break;
        }
        foreach (var appointee in appointees)
            yield return [.. roles.Where(r => r == appointee || !appointees.Contains(r))];
    }

    /// <summary>Without a trigger word of the type, the word the classifier weighs most for it (when it can say), in text coordinates.</summary>
    private Mention? StrongestWord(string text, int start, int end, string type) =>
        classifier is IEventTriggerLocator locator && locator.StrongestWord(text[start..end], type) is { } word
            ? new Mention(start + word.Start, start + word.End)
            : null;

    /// <summary>
    /// Event types whose lead-sentence events the annotation places at the dateline's city when the sentence names no
    /// other place (tune part and corpus/gold, lead sentences: Agreement 16 of 22, Conference 12 of 23, Meeting 13 of
    /// 26, Legal 8 of 16; not Appointment, 1 of 12, Investment, 1 of 20, Trade, 0 of 25, or Visit, whose place is where
    /// the visitor went: adding it only added a false place).
    /// </summary>
    private static readonly HashSet<string> DatelinePlacedTypes = new(StringComparer.Ordinal) { EventTypes.Agreement, EventTypes.Conference, EventTypes.Meeting, EventTypes.Legal };

    /// <summary>The place the dateline opens with, as the entity layer names it ("Seoul" for "SEOUL, May 2 …"), else null.</summary>
    private static string? DatelinePlace(Document document, DocumentSpans spans, int datelineEnd) =>
        spans.Entities.Within(0, datelineEnd).Where(m => m.End <= datelineEnd && EntityLabels.IsPlace(document.Entities[m.Item].Label))
            .OrderBy(m => m.Start).Select(m => document.Entities[m.Item].Name).FirstOrDefault();

    /// <summary>Where the lead's dateline ("BAKU, Nov. 14 (IRNA) –", "KAZINFORM –") ends: its place and agency take no part.</summary>
    private static int DatelineEnd(Document document, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0) return 0;
        var (start, end) = sentences[0];
        var lead = document.Slice(start, end);
        return start + lead.Length - EventFeatureText.WithoutDateline(lead).Length;
    }

    /// <summary>The mentions of the document's entities, officials, dates and amounts, indexed once so each sentence finds its own quickly.</summary>
    private sealed class DocumentSpans(Document document)
    {
        public SpanIndex Entities { get; } = SpanIndex.Of(document.Entities, e => e.Mentions.Select(m => (m.Start, m.End)));
        public SpanIndex Officials { get; } = SpanIndex.Of(document.Officials, o => o.Mentions.Select(m => (m.Start, m.End)));
        public SpanIndex Dates { get; } = SpanIndex.Of(document.Dates, d => [(d.Start, d.End)]);
        public RangeIndex Money { get; } = new([.. document.Money.Select(m => (m.Start, m.End))]);
        public RangeIndex Percentages { get; } = new([.. document.Percentages.Select(p => (p.Start, p.End))]);

        /// <summary>The range lies inside an organisation's longer mention: a place named in a body's name.</summary>
        public bool InsideOrganisation(int start, int end) =>
            Entities.Within(Math.Max(0, start - 200), end + 200)
                .Any(s => s.Start <= start && end <= s.End && s.End - s.Start > end - start && document.Entities[s.Item].Label == EntityLabels.Organization);

        /// <summary>The range lies inside an entity's or an official's mention.</summary>
        public bool InName(int start, int end) =>
            Entities.Within(Math.Max(0, start - 200), end + 200).Any(s => s.Start <= start && end <= s.End)
            || Officials.Within(Math.Max(0, start - 200), end + 200).Any(s => s.Start <= start && end <= s.End);
    }

    /// <summary>A participant: its name, what it names (an official or an entity label) and its first mention in the sentence.</summary>
    private readonly record struct Candidate(string Name, string Kind, Mention Mention);

    private static List<Candidate> Participants(Document document, DocumentSpans spans, string type, int start, int end)
    {
        // a place named inside a body's name ("State Customs Committee of Azerbaijan", "Jordan Football Association")
        // is part of that name: the body takes part, not the place
        var inSentence = FirstMentions(spans.Entities, start, end, m => !spans.InsideOrganisation(m.Start, m.End))
            .Select(m => (Entity: document.Entities[m.Item], m.Mention)).ToList();
        var countries = inSentence.Where(e => EntityLabels.IsPlace(e.Entity.Label) && CountryLexicon.IsStateName(e.Entity.Name))
            .Select(e => new Candidate(e.Entity.Name, e.Entity.Label, e.Mention)).ToList();
        // a trade partner may be a bloc or an international body ("trade with the Union"): a body in a partner's place
        if (type == EventTypes.Trade)
            return [.. countries.Concat(inSentence.Where(e => e.Entity.Label == EntityLabels.Organization && !IsAgency(e.Entity.Name) && IsTradePartnerPlace(document.Text, start, e.Mention))
                .Select(e => new Candidate(e.Entity.Name, e.Entity.Label, e.Mention))).OrderBy(c => c.Mention.Start)];
        // the parties to a conflict are states and armed bodies, "Peruvian-Ecuadorian" included; people named with it
        // are mostly those reporting it
        if (type == EventTypes.Conflict)
        {
            var parties = AdjectiveCompoundStates(document.Text, start, end)
                .Concat(ArmedStates(document.Text, start, end))
                .Concat(inSentence.Where(e => e.Entity.Label == EntityLabels.Organization && !IsAgency(e.Entity.Name) && !IsAgencyCredit(document.Text, e.Mention))
                    .Select(e => new Candidate(e.Entity.Name, e.Entity.Label, e.Mention)))
                .Concat(countries)
                .OrderBy(c => c.Mention.Start).DistinctBy(c => c.Name, StringComparer.Ordinal).ToList();
            if (parties.Count > 0) return parties;
        }
        var people = FirstMentions(spans.Officials, start, end).Select(m => new Candidate(document.Officials[m.Item].Name, EventParticipant.OfficialKind, m.Mention))
            .Concat(inSentence.Where(e => e.Entity.Label == EntityLabels.Person && !IsByline(document.Text, start, e.Mention))
                .Select(e => new Candidate(e.Entity.Name, EntityLabels.Person, e.Mention)))
            .DistinctBy(c => c.Name, StringComparer.Ordinal).ToList();
        var organizations = FirstMentions(spans.Entities, start, end, m => !IsAgencyCredit(document.Text, new Mention(m.Start, m.End)))
            .Select(m => (Entity: document.Entities[m.Item], m.Mention))
            .Where(e => e.Entity.Label == EntityLabels.Organization && !IsAgency(e.Entity.Name))
            .Select(e => new Candidate(e.Entity.Name, EntityLabels.Organization, e.Mention)).ToList();
        if (type is EventTypes.Legal or EventTypes.Investment or EventTypes.Agreement or EventTypes.Project)
            people.AddRange(organizations);
        // money is invested in, and facilities are built in, the states the sentence names: they take part
        if (type is EventTypes.Investment or EventTypes.Project)
            people.AddRange(countries);
        if (people.Count == 0) people.AddRange(organizations);
        if (people.Count == 0) people.AddRange(countries);
        return [.. people.DistinctBy(c => c.Name, StringComparer.Ordinal)];
    }

    /// <summary>The states a compound of nationality adjectives names ("Peruvian-Ecuadorian clashes" → Peru, Ecuador), each at its word.</summary>
    private static IEnumerable<Candidate> AdjectiveCompoundStates(string text, int start, int end)
    {
        foreach (Match m in AdjectiveCompound().Matches(text[start..end]))
        {
            var parts = HyphenParts.Of(m.Value, start + m.Index);
            var states = parts.Select(p => CountryLexicon.ShortNameOfAdjective(p.Text)).ToList();
            if (states.Any(s => s is null)) continue;
            for (int i = 0; i < parts.Count; i++)
                yield return new Candidate(states[i]!, EntityLabels.Gpe, new Mention(parts[i].Start, parts[i].Start + parts[i].Text.Length));
        }
    }

    [GeneratedRegex(@"\b[A-Z][a-z]+(?:-[A-Z][a-z]+)+\b")]
    private static partial Regex AdjectiveCompound();

    /// <summary>The state a nationality adjective before arms or armed men names ("Russian drones", "Israeli airstrikes", "Sudanese troops" → Russia, Israel, Sudan), each at its word.</summary>
    private static IEnumerable<Candidate> ArmedStates(string text, int start, int end)
    {
        foreach (Match m in AdjectiveBeforeArms().Matches(text[start..end]))
        {
            var adjective = m.Groups["adjective"];
            if (CountryLexicon.ShortNameOfAdjective(adjective.Value) is { } state)
                yield return new Candidate(state, EntityLabels.Gpe, new Mention(start + adjective.Index, start + adjective.Index + adjective.Length));
        }
    }

    [GeneratedRegex(@"\b(?<adjective>[A-Z][a-z]+)\s+(?:armed\s+|military\s+|air\s+|naval\s+|government\s+)?(?:drones?|missiles?|rockets?|troops|forces|army|military|soldiers|servicemen|aircraft|jets|warplanes|warships|artillery|navy|airstrikes?|strikes?|shelling|bombardment|offensive|attacks?)\b")]
    private static partial Regex AdjectiveBeforeArms();

    /// <summary>Each item with a mention inside the range (passing <paramref name="accept"/>), in item order, with its first such mention.</summary>
    private static IEnumerable<(int Item, Mention Mention)> FirstMentions(SpanIndex index, int start, int end, Func<(int Start, int End), bool>? accept = null) =>
        index.Within(start, end)
            .Where(s => accept is null || accept((s.Start, s.End)))
            .GroupBy(s => s.Item)
            .OrderBy(g => g.Key)
            .Select(g => (g.Key, new Mention(g.First().Start, g.First().End)));

    /// <summary>
    /// "with the X", "to X", "from X": the words before a mention put it where a trade partner stands; not the source
    /// of the figures ("according to X", "data from X").
    /// </summary>
    private static bool IsTradePartnerPlace(string text, int sentenceStart, Mention m)
    {
        int from = Math.Max(sentenceStart, m.Start - 40);
        return TradePartnerPlace().IsMatch(text.AsSpan(from, m.Start - from));
    }

    [GeneratedRegex(@"(?<!\baccording\s+)(?<!\b(?:data|figures|statistics|information)\s+)\b(?:with|to|from)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TradePartnerPlace();

    /// <summary>
    /// "AZERTAC reported", "/ Trend /", "a source told Ahram Online", "according to the Statistics Committee", "citing
    /// Interfax": the body reports the event or is quoted on it, it does not take part.
    /// </summary>
    private static bool IsAgencyCredit(string text, Mention m)
    {
        var after = text.AsSpan(m.End, Math.Min(12, text.Length - m.End)).TrimStart();
        var before = text.AsSpan(Math.Max(0, m.Start - 3), Math.Min(3, m.Start)).Trim();
        return after.StartsWith("report", StringComparison.OrdinalIgnoreCase) || after.StartsWith("/", StringComparison.Ordinal)
            || before.EndsWith("/", StringComparison.Ordinal) || after.StartsWith("said", StringComparison.Ordinal)
            || SourceCue().IsMatch(text.AsSpan(Math.Max(0, m.Start - 24), Math.Min(24, m.Start)));
    }

    /// <summary>A news agency, by its name or its credit ("Trend", "AA" tagged as an organisation are the agencies): it reports, it takes no part.</summary>
    private static bool IsAgency(string name) => NewsAgencyLexicon.IsAgencyName(name) || NewsAgencyLexicon.IsNameAsWritten(name);

    /// <summary>"By Anna Berg – Trend:": the writer named at the start of the sentence wrote the story, she takes no part.</summary>
    private static bool IsByline(string text, int sentenceStart, Mention m) =>
        m.Start - sentenceStart is >= 3 and < 8 && text.AsSpan(sentenceStart, m.Start - sentenceStart).Trim().SequenceEqual("By");

    [GeneratedRegex(@"\b(?:told|according\s+to|citing|cited\s+by|quoted\s+by)\s+(?:the\s+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceCue();

    private static string? Date(Document document, DocumentSpans spans, int start, int end)
    {
        var first = spans.Dates.ItemsWithin(start, end);
        return first.Count == 0 ? null : document.Dates[first[0]].Value;
    }
}
