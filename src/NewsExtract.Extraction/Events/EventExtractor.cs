using System.Globalization;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Lexicons;

namespace NewsExtract.Extraction.Events;

/// <summary>
/// Fills <see cref="Document.Events"/>: each sentence is classified (by the trained <see cref="EventModel"/> in the
/// shipped pipeline), and each type it reports becomes an event with its participants (officials and people named
/// in the sentence, else organisations, else countries; for trade, the countries), its place (a non-country place
/// after "in"/"at", else a country so introduced), its date (a date in the sentence, else the publication day when
/// the lead reports it) and the sentence. Sentences restating one event are merged by <see cref="EventCoalescer"/>.
/// </summary>
public sealed class EventExtractor(IEventSentenceClassifier classifier) : IPipelineComponent
{
    public string Name => "events";

    public void Process(Document document, CancellationToken cancellationToken = default)
    {
        var sentences = SentenceRanges.Of(document);
        int datelineEnd = DatelineEnd(document, sentences);
        var spans = new DocumentSpans(document);
        var found = new List<ArticleEvent>();
        for (int i = 0; i < sentences.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var (start, end) = sentences[i];
            var text = document.Slice(start, end);
            if (text.Length < 15) continue;
            foreach (var type in classifier.Classify(text))
            {
                if (EventVetoes.Vetoes(type, text)) continue;
                found.Add(new ArticleEvent(type, Participants(document, spans, type, Math.Max(start, datelineEnd), end), Location(document, spans, start, end), Date(document, spans, start, end), new Mention(start, end)));
            }
        }
        // the lead reports today's news: an event first told there without a date happened on the publication day
        var leadEnd = sentences.Count > 1 ? sentences[1].End : document.Text.Length;
        var published = document.Article.PublishedAt?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        document.Events.AddRange(EventCoalescer.Merge(found, document.Text, document.Money).Select(e => e.Date is null && e.Sentence.End <= leadEnd ? e with { Date = published } : e));
        document.Models[Name] = classifier.Version;
    }

    /// <summary>Where the lead's dateline ("BAKU, Nov. 14 (IRNA) –", "KAZINFORM –") ends: its place and agency take no part.</summary>
    private static int DatelineEnd(Document document, IReadOnlyList<(int Start, int End)> sentences)
    {
        if (sentences.Count == 0) return 0;
        var (start, end) = sentences[0];
        var lead = document.Slice(start, end);
        return start + lead.Length - EventFeatureText.WithoutDateline(lead).Length;
    }

    /// <summary>The mentions of the document's entities, officials and dates, indexed once so each sentence finds its own quickly.</summary>
    private sealed class DocumentSpans(Document document)
    {
        public SpanIndex Entities { get; } = SpanIndex.Of(document.Entities, e => e.Mentions.Select(m => (m.Start, m.End)));
        public SpanIndex Officials { get; } = SpanIndex.Of(document.Officials, o => o.Mentions.Select(m => (m.Start, m.End)));
        public SpanIndex Dates { get; } = SpanIndex.Of(document.Dates, d => [(d.Start, d.End)]);
    }

    private static List<string> Participants(Document document, DocumentSpans spans, string type, int start, int end)
    {
        var inSentence = spans.Entities.ItemsWithin(start, end).Select(i => document.Entities[i]).ToList();
        var countries = inSentence.Where(e => EntityLabels.IsPlace(e.Label) && CountryLexicon.IsShortName(e.Name)).Select(e => e.Name).ToList();
        if (type == EventTypes.Trade) return countries;
        var people = spans.Officials.ItemsWithin(start, end).Select(i => document.Officials[i].Name)
            .Concat(inSentence.Where(e => e.Label == EntityLabels.Person).Select(e => e.Name))
            .Distinct(StringComparer.Ordinal).ToList();
        var organizations = spans.Entities.ItemsWithin(start, end, m => !IsAgencyCredit(document.Text, new Mention(m.Start, m.End)))
            .Select(i => document.Entities[i])
            .Where(e => e.Label == EntityLabels.Organization && !NewsAgencyLexicon.IsAgencyName(e.Name)).Select(e => e.Name).ToList();
        if (type is EventTypes.Legal or EventTypes.Investment or EventTypes.Agreement or EventTypes.Project)
            people.AddRange(organizations);
        if (people.Count == 0) people.AddRange(organizations);
        if (people.Count == 0) people.AddRange(countries);
        return [.. people.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>"AZERTAC reported", "/ Trend /": the agency reports the event, it does not take part.</summary>
    private static bool IsAgencyCredit(string text, Mention m)
    {
        var after = text.AsSpan(m.End, Math.Min(12, text.Length - m.End)).TrimStart();
        var before = text.AsSpan(Math.Max(0, m.Start - 3), Math.Min(3, m.Start)).Trim();
        return after.StartsWith("report", StringComparison.OrdinalIgnoreCase) || after.StartsWith("/", StringComparison.Ordinal)
            || before.EndsWith("/", StringComparison.Ordinal) || after.StartsWith("said", StringComparison.Ordinal);
    }

    private static string? Location(Document document, DocumentSpans spans, int start, int end)
    {
        string? country = null;
        foreach (var (mentionStart, _, item) in spans.Entities.Within(start, end))
        {
            var entity = document.Entities[item];
            if (!EntityLabels.IsPlace(entity.Label)) continue;
            var before = document.Text.AsSpan(start, mentionStart - start).TrimEnd();
            bool introduced = before.EndsWith(" in", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" at", StringComparison.OrdinalIgnoreCase) || before.EndsWith(" to", StringComparison.OrdinalIgnoreCase);
            if (!introduced) continue;
            if (!CountryLexicon.IsShortName(entity.Name)) return entity.Name;
            country ??= entity.Name;
        }
        return country;
    }

    private static string? Date(Document document, DocumentSpans spans, int start, int end)
    {
        var first = spans.Dates.ItemsWithin(start, end);
        return first.Count == 0 ? null : document.Dates[first[0]].Value;
    }
}
