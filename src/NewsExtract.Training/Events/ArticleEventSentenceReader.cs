using System.Text.Json;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction.Text;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Records;

namespace NewsExtract.Training.Events;

/// <summary>
/// Reads annotated article files (the agency-dev shape: the text and an <c>events</c> array whose items give a
/// <c>type</c> and an <c>evidence</c> sentence) into labelled sentences (<see cref="ArticleEventSentences"/>),
/// splitting each text with the pipeline's own tokenizer and sentence splitter.
/// </summary>
public static class ArticleEventSentenceReader
{
    /// <summary>The labelled sentences of the files, and how many gold events gave no evidence found in their article.</summary>
    public static (List<ArticleEventSentence> Sentences, int Events, int Unmatched) Read(IEnumerable<FileInfo> files, Action<string> warn, CancellationToken ct = default)
    {
        var splitter = new ExtractionPipeline([new Tokenizer(), new SentenceSplitter()]);
        var reader = new ArticleFileReader("gold");
        var sentences = new List<ArticleEventSentence>();
        int events = 0, unmatched = 0;
        foreach (var file in files)
        {
            ct.ThrowIfCancellationRequested();
            List<(string, string)> gold;
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(file.FullName));
                if (GoldAnnotation.Find(json.RootElement) is not { } annotation) { warn($"{file.Name}: no annotation, skipped"); continue; }
                gold = Events(annotation);
            }
            catch (JsonException ex) { warn($"{file.Name}: {ex.Message}, skipped"); continue; }
            var document = splitter.Run(reader.Read(new ArticleFile(file.FullName, file.Name)), ct);
            sentences.AddRange(ArticleEventSentences.Label(file.Name, document, gold, out int missed));
            events += gold.Count;
            unmatched += missed;
            if (missed > 0) warn($"{file.Name}: {missed} event evidence text(s) not found in the article");
        }
        return (sentences, events, unmatched);
    }

    /// <summary>The gold events' types and evidence sentences of an annotation.</summary>
    public static List<(string Type, string Evidence)> Events(JsonElement annotation)
    {
        var list = new List<(string, string)>();
        if (!annotation.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array) return list;
        foreach (var e in events.EnumerateArray())
            if (e.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String
                && e.TryGetProperty("evidence", out var ev) && ev.ValueKind == JsonValueKind.String)
                list.Add((t.GetString()!, ev.GetString()!));
        return list;
    }
}
