using System.Globalization;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;

namespace NewsExtract.Extraction.Records;

/// <summary>
/// Maps a finished <see cref="Document"/> to the public <see cref="ArticleRecord"/> (schema version 3): entities and
/// events numbered by <see cref="RecordIds"/>, each event participant pointed at the entity of its name
/// (<see cref="EntityIdLookup"/>) with its role, the detected status marked as the models'.
/// </summary>
public sealed class RecordBuilder(TimeProvider timeProvider)
{
    public ArticleRecord Build(Document document, int revision = 1)
    {
        var article = document.Article;
        var officialNames = new HashSet<string>(document.Officials.Select(o => o.Name), StringComparer.Ordinal);
        var record = RecordIds.Assign(new ArticleRecord
        {
            Id = RecordId.For(article),
            Revision = revision,
            Source = new SourceRecord(article.Source.Name, article.Source.Url, article.Source.Path),
            Url = article.Url,
            Title = article.Title,
            PublishedAt = article.PublishedAt,
            ExtractedAt = timeProvider.GetUtcNow(),
            Language = document.Language,
            Text = document.Text,
            Persons = Entities(document, l => l == EntityLabels.Person, officialNames),
            Officials = [.. document.Officials.Select(o => new OfficialRecord(o.Name, o.Title, o.Country, o.Organization, Mentions(document, o.Mentions), o.CountryCode))],
            Organizations = Entities(document, l => l == EntityLabels.Organization, exclude: null),
            Locations = Entities(document, EntityLabels.IsPlace, exclude: null),
            Money = [.. document.Money.Select(m => new MoneyRecord(
                document.Slice(m.Start, m.End), Normalize(m.Amount), m.AmountMax is { } max ? Normalize(max) : null,
                m.Currency, m.Start, m.End, m.Measure, m.Period, m.ChangeDirection)
                { Qualifier = m.Qualifier, ChangeText = m.Change })],
            Percentages = [.. document.Percentages.Select(p => new PercentageRecord(
                document.Slice(p.Start, p.End), Normalize(p.Value), p.IsPercentagePoints ? "percentagePoints" : "percent", p.Start, p.End)
                { Qualifier = p.Qualifier })],
            Dates = [.. document.Dates.Select(d => new DateRecord(
                document.Slice(d.Start, d.End), IsoDateValue.IsIso(d.Value) ? d.Value : null, Format(d.From), Format(d.To), d.Start, d.End))],
            Model = new SortedDictionary<string, string>(document.Models, StringComparer.Ordinal),
        });
        var entityIds = new EntityIdLookup(record);
        return RecordIds.Assign(record with { Events = [.. document.Events.Select(e => Event(document, e, entityIds))] });
    }

    private static EventRecord Event(Document document, ArticleEvent e, EntityIdLookup entityIds) =>
        new(e.Type, e.Participants, e.Location, e.Date, new MentionRecord(document.Slice(e.Sentence.Start, e.Sentence.End), e.Sentence.Start, e.Sentence.End))
        {
            Trigger = e.Trigger is { } t ? new MentionRecord(document.Slice(t.Start, t.End), t.Start, t.End) : null,
            Status = e.Status,
            StatusSource = e.Status is null ? null : StatusSources.Model,
            ParticipantRefs = [.. e.Roles
                .Select(p => (Participant: p, Id: entityIds.Find(p.Name, p.Kind)))
                .Where(p => p.Id is not null)
                .Select(p => new ParticipantRefRecord(p.Id!, p.Participant.Name, p.Participant.Role))],
        };

    private static List<EntityRecord> Entities(Document document, Func<string, bool> label, HashSet<string>? exclude) =>
        [.. document.Entities
            .Where(e => label(e.Label) && (exclude is null || !exclude.Contains(e.Name)))
            .Select(e => new EntityRecord(e.Name, Mentions(document, e.Mentions))
            {
                PlaceKind = e.Place?.Kind,
                CountryCode = e.Place?.CountryCode,
                GeoNameId = e.Place?.GeoNameId,
            })];

    private static List<MentionRecord> Mentions(Document document, IEnumerable<Mention> mentions) =>
        [.. mentions.OrderBy(m => m.Start).Select(m => new MentionRecord(document.Slice(m.Start, m.End), m.Start, m.End))];

    /// <summary>Drops trailing zeros of the scale (1140000000.00 → 1140000000) so JSON shows the number as people write it.</summary>
    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    private static string? Format(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
