using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using NewsExtract.Core.Records;
using NewsExtract.Extraction;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Officials;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Records;
using NewsExtract.Worker.Progress;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract evaluate records --gold DIR [--range N-M] [--pred FILE] [--json] [--events model|triggers] [--model DIR] [--ner-model FILE] [--ner-transition-weight W] [--officials-model DIR] [--without COMPONENT…] [--errors FILE]</c>:
/// scores records against a gold set (<c>*.json</c> envelopes with a <c>"gold"</c> object, or agency-dev files with the
/// annotation at the top level; see <see cref="GoldAnnotation"/>). Without <c>--pred</c> it runs the
/// pipeline on the gold articles itself; with it, predicted records (JSON Lines) are paired with gold files by URL,
/// else by text. Prints precision, recall and F1 per category (rules in <see cref="RecordScorer"/>); with the model, also
/// how many gold events it finds that the trigger list alone misses (<see cref="EventTypeComparison"/>).
/// </summary>
public static class EvaluateRecordsCommand
{
    public static Command Create()
    {
        var gold = new Option<DirectoryInfo>("--gold") { Description = "Folder of gold files", Required = true };
        var pred = new Option<FileInfo?>("--pred") { Description = "Predicted records (JSON Lines); default: run the pipeline" };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var errors = new Option<FileInfo?>("--errors") { Description = "Write each article's event misses and false alarms (per type), then its people, bodies, places and officials that differ from gold, to this file" };
        var modelDir = new Option<DirectoryInfo?>("--model") { Description = "Event model folder (events.zip and events.config.json); default: the shipped models/events" };
        var officialsModel = new Option<DirectoryInfo?>("--officials-model") { Description = "Officials model folder (link.zip, country.zip, officials.config.json; e.g. one from train officials --out) to run the pipeline with; default: the shipped models/officials" };
        var nerModel = new Option<FileInfo?>("--ner-model") { Description = "NER model zip to run the pipeline with (e.g. a candidate from train ner); default: the shipped models/ner" };
        var without = new Option<string[]>("--without") { Description = "Run the pipeline without these components (by name, e.g. ner-rules), to measure what each adds", AllowMultipleArgumentsPerToken = true };
        var events = new Option<string>("--events") { Description = "Event sentence classifier when running the pipeline: model or triggers", DefaultValueFactory = _ => "model" };
        events.AcceptOnlyFromAmong("model", "triggers");
        var range = new Option<string?>("--range") { Description = "Only gold files whose names start with a number in this range, e.g. 146-160 (agency-dev's check part)" };
        var transitionWeight = new Option<float?>("--ner-transition-weight") { Description = "Decode the NER model with this transition weight instead of its own (0: IOB2 constraints only)" };
        var command = new Command("records", "Score article records against the gold set") { gold, pred, json, events, errors, modelDir, nerModel, officialsModel, transitionWeight, without, range };
        command.SetAction((parse, ct) =>
        {
            var goldDir = parse.GetValue(gold)!;
            if (!goldDir.Exists) { Console.Error.WriteLine($"newsextract evaluate records: {goldDir.FullName}: no such folder"); return Task.FromResult(2); }
            GoldFileRange? fileRange;
            try { fileRange = parse.GetValue(range) is { } r ? GoldFileRange.Parse(r) : null; }
            catch (FormatException ex) { Console.Error.WriteLine($"newsextract evaluate records: --range: {ex.Message}"); return Task.FromResult(2); }
            var files = GoldSetEvaluation.GoldFiles(goldDir, fileRange);
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
            IEventSentenceClassifier? classifier = parse.GetValue(events) == "triggers" ? new TriggerEventClassifier()
                : parse.GetValue(modelDir) is { } dir ? EventModel.Load(dir.FullName) : null;
            EntityRecognizer? entities;
            OfficialRecognizer? officials;
            try
            {
                entities = NerModelOption(parse.GetValue(nerModel), parse.GetValue(transitionWeight));
                officials = parse.GetValue(officialsModel) is { } officialsDir ? new OfficialRecognizer(OfficialsModel.Load(officialsDir.FullName)) : null;
            }
            catch (Exception e) when (e is FileNotFoundException or InvalidDataException or InvalidOperationException)
            {
                Console.Error.WriteLine($"newsextract evaluate records: {e.Message}");
                return Task.FromResult(2);
            }
            var pipeline = predicted is null ? DefaultPipeline.Create(classifier, officials, entities) : null;
            var skipped = (parse.GetValue(without) ?? []).ToHashSet(StringComparer.Ordinal);
            if (pipeline is not null && skipped.Count > 0)
            {
                var names = pipeline.Components.Select(c => c.Name).ToList();
                if (skipped.FirstOrDefault(s => !names.Contains(s)) is { } unknown)
                {
                    Console.Error.WriteLine($"newsextract evaluate records: --without: no component '{unknown}' (components: {string.Join(", ", names)})");
                    return Task.FromResult(2);
                }
                pipeline = new NewsExtract.Core.Pipeline.ExtractionPipeline(pipeline.Components.Where(c => !skipped.Contains(c.Name)));
            }
            // the trigger list alone, to count the gold events only the model finds
            var triggerPipeline = predicted is null && classifier is not TriggerEventClassifier ? DefaultPipeline.Create(new TriggerEventClassifier(), officials, entities) : null;
            var builder = new RecordBuilder(TimeProvider.System);
            Func<NewsExtract.Core.Articles.Article, ArticleRecord?> predict = pipeline is not null
                ? article => builder.Build(pipeline.Run(article, ct))
                : article => predicted!.TryGetValue(article.Url ?? article.Text, out var r) || predicted.TryGetValue(article.Text, out r) ? r : null;
            Func<NewsExtract.Core.Articles.Article, ArticleRecord>? baseline = triggerPipeline is null ? null : article => builder.Build(triggerPipeline.Run(article, ct));
            var progress = ProgressReporter.Start("evaluate records", "articles", files.Count);
            GoldSetEvaluation run;
            try
            {
                run = GoldSetEvaluation.Run(files, article => { try { return predict(article); } finally { progress.Advance(); } },
                    baseline, m => Console.Error.WriteLine($"newsextract evaluate records: {m}"), ct);
            }
            finally
            {
                progress.DisposeAsync().AsTask().GetAwaiter().GetResult();
            }
            var (scorer, comparison, scored, missing) = (run.Scorer, run.Comparison, run.Articles, run.Missing);
            if (parse.GetValue(errors) is { } errorFile)
                File.WriteAllLines(errorFile.FullName, [.. comparison.ErrorLines, "", "==== people, bodies, places and officials", .. run.EntityErrorLines]);
            var onlyModel = triggerPipeline is null ? (int?)null : comparison.FoundOnlyByModel;
            var onlyTriggers = triggerPipeline is null ? (int?)null : comparison.FoundOnlyByTriggers;
            if (parse.GetValue(json)) PrintJson(scorer, scored, missing, onlyModel, onlyTriggers);
            else PrintTable(scorer, scored, missing, onlyModel, onlyTriggers);
            return Task.FromResult(0);
        });
        return command;
    }

    internal static void PrintTable(RecordScorer scorer, int articles, int missing, int? onlyModel, int? onlyTriggers)
    {
        Console.WriteLine($"{articles} gold articles" + (missing > 0 ? $" ({missing} without a predicted record: scored as empty)" : ""));
        Console.WriteLine($"{"category",-28} {"P",6} {"R",6} {"F1",6} {"tp",5} {"pred",5} {"gold",5}");
        foreach (var c in scorer.Counts) Row(c);
        Console.WriteLine();
        Console.WriteLine("events by type:");
        foreach (var c in scorer.EventTypeCounts) Row(c);
        if (onlyModel is not null)
        {
            Console.WriteLine();
            Console.WriteLine($"found only by model: {onlyModel} (gold events the trigger list alone misses)");
            Console.WriteLine($"found only by triggers: {onlyTriggers}");
        }

        static void Row(ScoreCount c) => Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{c.Category,-28} {c.Precision,6:F3} {c.Recall,6:F3} {c.F1,6:F3} {c.TruePositives,5} {c.Predicted,5} {c.Gold,5}"));
    }

    private static void PrintJson(RecordScorer scorer, int articles, int missing, int? onlyModel, int? onlyTriggers)
    {
        static object Row(ScoreCount c) => new { category = c.Category, precision = Math.Round(c.Precision, 4), recall = Math.Round(c.Recall, 4), f1 = Math.Round(c.F1, 4), truePositives = c.TruePositives, predicted = c.Predicted, gold = c.Gold };
        var result = new { articles, missing, scores = scorer.Counts.Select(Row), eventTypes = scorer.EventTypeCounts.Select(Row), foundOnlyByModel = onlyModel, foundOnlyByTriggers = onlyTriggers };
        Console.WriteLine(JsonSerializer.Serialize(result, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>The entity recognizer for <c>--ner-model</c>/<c>--ner-transition-weight</c>, or null for the pipeline's default.</summary>
    private static EntityRecognizer? NerModelOption(FileInfo? file, float? transitionWeight)
    {
        if (file is null && transitionWeight is null) return null;
        if (file is { Exists: false }) throw new FileNotFoundException($"{file.FullName}: no such file");
        string path = file?.FullName ?? NerModel.FindDefault()
            ?? throw new FileNotFoundException($"No shipped models/ner/{NerModel.DefaultFileName} found.");
        var model = NerModel.Load(path);
        return new EntityRecognizer(transitionWeight is { } w ? model.WithTransitionWeight(w) : model);
    }
}
