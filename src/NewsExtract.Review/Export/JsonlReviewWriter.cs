using System.Text.Encodings.Web;
using System.Text.Json;
using NewsExtract.Core.Records;
using NewsExtract.Review.Annotations;
using NewsExtract.Review.Decisions;
using NewsExtract.Storage.Review;

namespace NewsExtract.Review.Export;

/// <summary>
/// Writes reviewed articles as JSON Lines. Review lines (the default) carry the text, every annotation as it
/// stands after review with character offsets, its state and origin (model or reviewer) and what it was before a
/// correction, and the decisions with reviewer and time. With <c>reviewedRecords</c>, each line is instead the
/// reviewed record in the public schema (article-record.v1).
/// </summary>
public static class JsonlReviewWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    public static async Task<int> WriteAsync(TextWriter writer, IEnumerable<ReviewedArticle> articles, bool reviewedRecords, CancellationToken ct)
    {
        var count = 0;
        foreach (var article in articles)
        {
            ct.ThrowIfCancellationRequested();
            var line = reviewedRecords ? RecordSerializer.ToJsonLine(article.ReviewedRecord()) : ReviewLine(article);
            await writer.WriteAsync(line + "\n");
            count++;
        }
        return count;
    }

    public static string ReviewLine(ReviewedArticle article)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            var record = article.Record;
            json.WriteStartObject();
            json.WriteString("id", record.Id);
            json.WriteNumber("revision", record.Revision);
            json.WriteString("source", record.Source.Name);
            json.WriteString("url", record.Url);
            json.WriteString("title", record.Title);
            if (record.PublishedAt is { } published) json.WriteString("publishedAt", published); else json.WriteNull("publishedAt");
            json.WriteString("status", article.Status);
            json.WriteStartArray("reviewers");
            foreach (var reviewer in article.Decisions.Select(d => d.Reviewer).Append(article.Completion?.Reviewer).OfType<string>().Distinct(StringComparer.Ordinal))
                json.WriteStringValue(reviewer);
            json.WriteEndArray();
            json.WriteString("text", record.Text);
            json.WriteStartArray("annotations");
            foreach (var a in article.Annotations) WriteAnnotation(json, a);
            json.WriteEndArray();
            json.WriteStartArray("decisions");
            foreach (var d in article.Decisions) WriteDecision(json, d);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteAnnotation(Utf8JsonWriter json, ReviewedAnnotation a)
    {
        var c = a.Current;
        json.WriteStartObject();
        json.WriteString("key", a.Key);
        json.WriteString("kind", c.Kind);
        json.WriteString("label", AnnotationKinds.Label(c.Kind));
        json.WriteNumber("start", c.Start);
        json.WriteNumber("end", c.End);
        json.WriteString("text", c.Text);
        json.WriteString("state", a.State);
        json.WriteString("origin", a.Original is null ? "reviewer" : "model");
        if (c.Name is not null) json.WriteString("name", c.Name);
        if (c.Kind == AnnotationKinds.Official) { json.WriteString("title", c.Title); json.WriteString("country", c.Country); json.WriteString("organization", c.Organization); }
        if (c.Kind == AnnotationKinds.Money)
        {
            if (c.Amount is { } amount) json.WriteNumber("amount", amount); else json.WriteNull("amount");
            if (c.AmountMax is { } max) json.WriteNumber("amountMax", max); else json.WriteNull("amountMax");
            json.WriteString("currency", c.Currency);
            json.WriteString("measure", c.Measure);
            json.WriteString("period", c.Period);
            json.WriteString("change", c.Change);
        }
        if (c.Kind == AnnotationKinds.Percentage)
        {
            if (c.Value is { } value) json.WriteNumber("value", value); else json.WriteNull("value");
            json.WriteString("unit", c.Unit);
        }
        if (c.Kind == AnnotationKinds.Date) json.WriteString("value", c.DateValue);
        if (c.Kind == AnnotationKinds.Event)
        {
            json.WriteString("eventType", c.EventType);
            json.WriteStartArray("participants");
            foreach (var participant in c.Participants) json.WriteStringValue(participant);
            json.WriteEndArray();
            json.WriteStartObject("roles");
            foreach (var participant in c.Participants)
                if (c.RoleOf(participant) is { } role) json.WriteString(participant, role);
            json.WriteEndObject();
            json.WriteString("location", c.Location);
            json.WriteString("date", c.EventDate);
            json.WriteString("status", c.EventStatus);
        }
        if (a.Original is { } o && (o.Kind != c.Kind || o.Start != c.Start || o.End != c.End || o.EventType != c.EventType))
        {
            json.WriteStartObject("original");
            json.WriteString("kind", o.Kind);
            json.WriteNumber("start", o.Start);
            json.WriteNumber("end", o.End);
            json.WriteString("text", o.Text);
            if (o.EventType is not null) json.WriteString("eventType", o.EventType);
            json.WriteEndObject();
        }
        json.WriteEndObject();
    }

    private static void WriteDecision(Utf8JsonWriter json, ReviewDecision d)
    {
        json.WriteStartObject();
        json.WriteString("action", d.Action);
        json.WriteString("target", d.Target);
        json.WriteString("reviewer", d.Reviewer);
        json.WriteString("decidedAt", d.DecidedAt);
        if (d.Type is not null) json.WriteString("type", d.Type);
        if (d.Start is { } start) json.WriteNumber("start", start);
        if (d.End is { } end) json.WriteNumber("end", end);
        if (d.Title is not null) json.WriteString("title", d.Title);
        if (d.Country is not null) json.WriteString("country", d.Country);
        if (d.Amount is { } amount) json.WriteNumber("amount", amount);
        if (d.Currency is not null) json.WriteString("currency", d.Currency);
        if (d.Measure is not null) json.WriteString("measure", d.Measure);
        if (d.Period is not null) json.WriteString("period", d.Period);
        if (d.Organization is not null) json.WriteString("organization", d.Organization);
        if (d.AmountMax is { } amountMax) json.WriteNumber("amountMax", amountMax);
        if (d.Change is not null) json.WriteString("change", d.Change);
        if (d.EventType is not null) json.WriteString("eventType", d.EventType);
        if (d.Participants is { } participants)
        {
            json.WriteStartArray("participants");
            foreach (var participant in participants) json.WriteStringValue(participant);
            json.WriteEndArray();
        }
        if (d.Roles is { } roles)
        {
            json.WriteStartObject("roles");
            foreach (var (name, role) in roles) json.WriteString(name, role);
            json.WriteEndObject();
        }
        if (d.Location is not null) json.WriteString("location", d.Location);
        if (d.When is not null) json.WriteString("when", d.When);
        if (d.EventStatus is not null) json.WriteString("status", d.EventStatus);
        if (d.Value is { } value) json.WriteNumber("value", value);
        if (d.Unit is not null) json.WriteString("unit", d.Unit);
        if (d.Batch is { } batch) json.WriteNumber("batch", batch);
        if (d.Settles) json.WriteBoolean("settles", true);
        json.WriteEndObject();
    }
}
