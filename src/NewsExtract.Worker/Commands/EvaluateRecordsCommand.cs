using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsExtract.Core.Records;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Records;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract evaluate records --gold DIR [--pred FILE] [--json] [--events model|triggers]</c>: scores records
/// against the gold set (<c>*.json</c> envelopes with a <c>"gold"</c> object). Without <c>--pred</c> it runs the
/// pipeline on the gold articles itself; with it, predicted records (JSON Lines) are paired with gold files by URL,
/// else by text. Prints precision, recall and F1 per category (rules in <see cref="RecordScorer"/>).
/// </summary>
public static class EvaluateRecordsCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Folder of gold files", Required = true };
        var pred = new Option<FileInfo?>("--pred") { Description = "Predicted records (JSON Lines); default: run the pipeline" };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var events = new Option<string>("--events") { Description = "Event sentence classifier when running the pipeline: model or triggers", DefaultValueFactory = _ => "model" };
        events.AcceptOnlyFromAmong("model", "triggers");
        var command = new Command("records", "Score article records against the gold set") { gold, pred, json, events };
        command.SetAction((parse, ct) =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (!goldDir.Exists) { Console.Error.WriteLine($"newsextract evaluate records: {goldDir.FullName}: no such folder"); return Task.FromResult(2); }
            var files = goldDir.EnumerateFiles("*.json").OrderBy(f => f.Name, StringComparer.Ordinal).ToList();
            if (files.Count == 0) { Console.Error.WriteLine($"newsextract evaluate records: no gold files in {goldDir.FullName}"); return Task.FromResult(2); }

            Dictionary<string, ArticleRecord>? predicted = null;
            if (parse.GetValue(pred) is { } predFile)
            {
                if (!predFile.Exists) { Console.Error.WriteLine($"newsextract evaluate records: {predFile.FullName}: no such file"); return Task.FromResult(2); }
                predicted = [];
                foreach (var line in File.ReadLines(predFile.FullName).Where(l => l.Trim().Length > 0))
                {
                    var record = RecordSerializer.FromJson(line);
                    predicted.TryAdd(record.Url ?? record.Text, record);
                    predicted.TryAdd(record.Text, record);
                }
            }
            IEventSentenceClassifier? classifier = parse.GetValue(events) == "triggers" ? new TriggerEventClassifier() : null;
            var pipeline = predicted is null ? DefaultPipeline.Create(classifier) : null;
            var builder = new RecordBuilder(TimeProvider.System);
            var reader = new ArticleFileReader("gold");
            var scorer = new RecordScorer();
            int scored = 0, missing = 0;
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                JsonElement goldObject;
                using (var doc = JsonDocument.Parse(File.ReadAllText(file.FullName)))
                {
                    if (!doc.RootElement.TryGetProperty("gold", out var g)) { Console.Error.WriteLine($"newsextract evaluate records: {file.Name}: no \"gold\" object, skipped"); continue; }
                    goldObject = g.Clone();
                }
                var article = reader.Read(new ArticleFile(file.FullName, file.Name));
                ArticleRecord? record;
                if (pipeline is not null) record = builder.Build(pipeline.Run(article, ct));
                else if (!predicted!.TryGetValue(article.Url ?? article.Text, out record) && !predicted.TryGetValue(article.Text, out record))
                {
                    missing++;
                    record = null;
                }
                var predictedRecord = record is null ? new ScoredRecord([], [], [], [], [], [], []) : ScoredRecord.From(record);
                scorer.Add(ScoredRecord.FromGold(goldObject), predictedRecord);
                scored++;
            }
            if (parse.GetValue(json)) PrintJson(scorer, scored, missing);
            else PrintTable(scorer, scored, missing);
            return Task.FromResult(0);
        });
        return command;
    }

    private static void PrintTable(RecordScorer scorer, int articles, int missing)
    {
        Console.WriteLine($"{articles} gold articles" + (missing > 0 ? $" ({missing} without a predicted record: scored as empty)" : ""));
        Console.WriteLine($"{"category",-28} {"P",6} {"R",6} {"F1",6} {"tp",5} {"pred",5} {"gold",5}");
        foreach (var c in scorer.Counts) Row(c);
        Console.WriteLine();
        Console.WriteLine("events by type:");
        foreach (var c in scorer.EventTypeCounts) Row(c);

        static void Row(ScoreCount c) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{c.Category,-28} {c.Precision,6:F3} {c.Recall,6:F3} {c.F1,6:F3} {c.TruePositives,5} {c.Predicted,5} {c.Gold,5}"));
    }

    private static void PrintJson(RecordScorer scorer, int articles, int missing)
    {
        static object Row(ScoreCount c) => new { category = c.Category, precision = Math.Round(c.Precision, 4), recall = Math.Round(c.Recall, 4), f1 = Math.Round(c.F1, 4), truePositives = c.TruePositives, predicted = c.Predicted, gold = c.Gold };
        var result = new { articles, missing, scores = scorer.Counts.Select(Row), eventTypes = scorer.EventTypeCounts.Select(Row) };
        Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    }
}
