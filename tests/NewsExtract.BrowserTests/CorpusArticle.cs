using System.Text.Json;
using System.Text.Json.Nodes;
using NewsExtract.Core.Documents;
using NewsExtract.Core.Records;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Files;

namespace NewsExtract.BrowserTests;

/// <summary>
/// A record for an article of the repository's gold set (corpus/gold): the shipped pipeline's output (money,
/// percentages, dates, language) with the hand-made gold entities and events laid over it, each event given the
/// sentence that mentions most of its participants. Stands in for a full model's output on the review page.
/// </summary>
public static class CorpusArticle
{
    public static ArticleRecord FromGold(string path)
    {
        var article = new ArticleFileReader("corpus").Read(new ArticleFile(path, Path.GetFileName(path)));
        var document = DefaultPipeline.Create().Run(article);
        var record = new RecordBuilder(TimeProvider.System).Build(document);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var gold = json.RootElement.GetProperty("gold");
        // The gold object has the record's shape; read it through the record's own serializer.
        var shape = new JsonObject
        {
            ["id"] = record.Id,
            ["source"] = new JsonObject { ["name"] = "gold" },
            ["extractedAt"] = "2026-01-01T00:00:00Z",
            ["text"] = "",
        };
        foreach (var field in new[] { "persons", "officials", "organizations", "locations" })
            shape[field] = JsonNode.Parse(gold.GetProperty(field).GetRawText());
        var shaped = RecordSerializer.FromJson(shape.ToJsonString());
        var entities = shaped.Persons.Concat(shaped.Organizations).Concat(shaped.Locations)
            .Select(e => (e.Name, e.Mentions)).Concat(shaped.Officials.Select(o => (o.Name, o.Mentions))).ToList();

        var events = new List<EventRecord>();
        foreach (var e in gold.GetProperty("events").EnumerateArray())
        {
            var participants = e.GetProperty("participants").EnumerateArray().Select(p => p.GetString()!).ToList();
            var best = document.Sentences
                .Select(s => (Sentence: s, Score: participants.Count(p => entities.Any(x => x.Name == p && x.Mentions.Any(m => m.Start >= s.Start && m.End <= s.End)))))
                .Where(x => x.Score > 0).OrderByDescending(x => x.Score).ThenBy(x => x.Sentence.Start).Select(x => (Sentence?)x.Sentence).FirstOrDefault();
            if (best is not { } sentence) continue;
            events.Add(new EventRecord(e.GetProperty("type").GetString()!, participants,
                e.GetProperty("location").GetString(), e.GetProperty("date").GetString(),
                new MentionRecord(document.Text[sentence.Start..sentence.End], sentence.Start, sentence.End)));
        }
        return record with
        {
            Persons = shaped.Persons, Officials = shaped.Officials, Organizations = shaped.Organizations, Locations = shaped.Locations,
            Events = events,
            Model = new Dictionary<string, string>(record.Model) { ["entities"] = "corpus gold set" },
        };
    }
}
