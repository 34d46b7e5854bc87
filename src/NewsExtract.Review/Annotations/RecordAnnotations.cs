using NewsExtract.Core.Records;

namespace NewsExtract.Review.Annotations;

/// <summary>Flattens a public record into its annotations, in text order, each with a key unique in the record.</summary>
public static class RecordAnnotations
{
    public static IReadOnlyList<Annotation> From(ArticleRecord record)
    {
        var result = new List<Annotation>();
        var keys = new HashSet<string>(StringComparer.Ordinal);

        string Key(string kind, int start, int end, string? suffix = null)
        {
            var key = $"{kind}:{start}-{end}" + (suffix is null ? "" : ":" + suffix);
            var unique = key;
            for (var n = 2; !keys.Add(unique); n++) unique = $"{key}#{n}";
            return unique;
        }

        void Entities(string kind, IReadOnlyList<EntityRecord> entities)
        {
            for (var i = 0; i < entities.Count; i++)
                foreach (var m in entities[i].Mentions)
                    result.Add(new Annotation
                    {
                        Key = Key(kind, m.Start, m.End), Kind = kind, Start = m.Start, End = m.End, Text = m.Text,
                        Group = $"{kind}#{i}", Name = entities[i].Name,
                    });
        }

        Entities(AnnotationKinds.Person, record.Persons);
        for (var i = 0; i < record.Officials.Count; i++)
        {
            var official = record.Officials[i];
            foreach (var m in official.Mentions)
                result.Add(new Annotation
                {
                    Key = Key(AnnotationKinds.Official, m.Start, m.End), Kind = AnnotationKinds.Official, Start = m.Start,
                    End = m.End, Text = m.Text, Group = $"{AnnotationKinds.Official}#{i}", Name = official.Name,
                    Title = official.Title, Country = official.Country, Organization = official.Organization,
                });
        }
        Entities(AnnotationKinds.Organization, record.Organizations);
        Entities(AnnotationKinds.Location, record.Locations);
        foreach (var money in record.Money)
        {
            var key = Key(AnnotationKinds.Money, money.Start, money.End);
            result.Add(new Annotation
            {
                Key = key, Kind = AnnotationKinds.Money, Start = money.Start, End = money.End, Text = money.Text, Group = key,
                Amount = money.Amount, AmountMax = money.AmountMax, Currency = money.Currency, Measure = money.Measure,
                Period = money.Period, Change = money.Change,
            });
        }
        foreach (var percentage in record.Percentages)
        {
            var key = Key(AnnotationKinds.Percentage, percentage.Start, percentage.End);
            result.Add(new Annotation
            {
                Key = key, Kind = AnnotationKinds.Percentage, Start = percentage.Start, End = percentage.End,
                Text = percentage.Text, Group = key, Value = percentage.Value, Unit = percentage.Unit,
            });
        }
        foreach (var date in record.Dates)
        {
            var key = Key(AnnotationKinds.Date, date.Start, date.End);
            result.Add(new Annotation
            {
                Key = key, Kind = AnnotationKinds.Date, Start = date.Start, End = date.End, Text = date.Text, Group = key,
                DateValue = date.Value, From = date.From, To = date.To,
            });
        }
        foreach (var e in record.Events)
        {
            var key = Key(AnnotationKinds.Event, e.Sentence.Start, e.Sentence.End, e.Type);
            result.Add(new Annotation
            {
                Key = key, Kind = AnnotationKinds.Event, Start = e.Sentence.Start, End = e.Sentence.End, Text = e.Sentence.Text,
                Group = key, EventType = e.Type, Participants = e.Participants, Location = e.Location, EventDate = e.Date,
                EventStatus = e.Status,
                ParticipantRoles = e.ParticipantRefs.GroupBy(r => r.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First().Role, StringComparer.Ordinal),
            });
        }
        return [.. result.OrderBy(a => a.Start).ThenByDescending(a => a.End).ThenBy(a => a.Key, StringComparer.Ordinal)];
    }
}
