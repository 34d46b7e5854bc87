using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Events;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Events;
using NewsExtract.Training.Records;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train event-merges [--agency-dev DIR] [--range N-M] [--model DIR] [--part DIR=N-M…] [--out DIR] [--folds K] [--seed N] [--l2 X]</c>:
/// runs the pipeline with the event model in <c>--model</c> over the annotated agency articles of the range (or each
/// <c>--part</c>'s model over its range: models that have not seen those articles fire on their restatements as on
/// new copy, which a model trained on them does not), records
/// every decision the coalescer takes on a sentence event with an earlier happening of its type, labelled by the
/// gold events' evidence (<see cref="EventMergeRecorder"/>), cross-validates the learned decision against the
/// rules' with an article's decisions in one fold, trains it on all and writes <c>event-merges.json</c> and its
/// card <c>MERGES_CARD.md</c> to <c>--out</c> (default: the model folder).
/// </summary>
public static class TrainEventMergesCommand
{
    public static Command Create()
    {
        var agency = new Option<DirectoryInfo>("--agency-dev") { Description = "The annotated agency articles (their --range part is trained on)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "agency-dev", "articles")) };
        var range = new Option<string>("--range") { Description = "The agency-dev files to train on (the tune part)", DefaultValueFactory = _ => "101-145" };
        var modelDir = new Option<DirectoryInfo>("--model") { Description = "The event model whose sentence events are merged", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "events")) };
        var output = new Option<DirectoryInfo?>("--out") { Description = "Where to write event-merges.json and its card (default: the --model folder)" };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by article)", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the folds and the trainer", DefaultValueFactory = _ => 7 };
        var parts = new Option<string[]>("--part") { Description = "DIR=N-M: the decisions of the event model in DIR over the agency-dev files N-M (repeatable; each model should not have trained on its range). Replaces --model and --range", AllowMultipleArgumentsPerToken = true };
        var l2 = new Option<float>("--l2") { Description = "L-BFGS L2 regularisation", DefaultValueFactory = _ => 1f };
        var command = new Command("event-merges", "Train the decision whether a sentence event restates an earlier one") { agency, range, modelDir, output, folds, seed, l2, parts };
        command.SetAction((parse, ct) =>
        {
            var agencyDir = parse.GetValue(agency)!;
            var dir = parse.GetValue(modelDir)!;
            var outDir = parse.GetValue(output) ?? dir;
            int k = parse.GetValue(folds);
            if (!agencyDir.Exists) { Console.Error.WriteLine($"newsextract train event-merges: {agencyDir.FullName}: no such folder"); return Task.FromResult(2); }
            if (k < 2) { Console.Error.WriteLine("newsextract train event-merges: --folds must be at least 2"); return Task.FromResult(2); }
            var sources = new List<(string Model, GoldFileRange Range)>();
            try
            {
                var given = parse.GetValue(parts) ?? [];
                if (given.Length == 0) sources.Add((dir.FullName, GoldFileRange.Parse(parse.GetValue(range)!)));
                foreach (var part in given)
                {
                    int at = part.LastIndexOf('=');
                    if (at <= 0) throw new FormatException($"--part \"{part}\" is not DIR=N-M");
                    sources.Add((part[..at], GoldFileRange.Parse(part[(at + 1)..])));
                }
            }
            catch (FormatException ex) { Console.Error.WriteLine($"newsextract train event-merges: {ex.Message}"); return Task.FromResult(2); }
            var recorder = new EventMergeRecorder();
            var reader = new ArticleFileReader("gold");
            int articles = 0;
            foreach (var (source, tune) in sources)
            {
                var loaded = EventModel.Load(source);
                // the sentence events of the event model alone: a merge model already beside it takes no part
                var pipeline = DefaultPipeline.Create(new EventModel(loaded.Scorer, loaded.Config), eventMerges: recorder);
                foreach (var file in GoldSetEvaluation.GoldFiles(agencyDir, tune))
                {
                    ct.ThrowIfCancellationRequested();
                    using var json = JsonDocument.Parse(File.ReadAllText(file.FullName));
                    if (GoldAnnotation.Find(json.RootElement) is not { } annotation) continue;
                    var article = reader.Read(new ArticleFile(file.FullName, file.Name));
                    recorder.Begin(file.Name, article.Text, ArticleEventSentenceReader.Events(annotation));
                    pipeline.Run(article, ct);
                    articles++;
                }
            }
            var rows = recorder.Rows;
            float l2Value = parse.GetValue(l2);
            int seedValue = parse.GetValue(seed);
            var outOfFold = EventMergeTrainer.CrossValidate(rows, k, l2Value, seedValue);
            var version = "event-merges-lbfgs-" + DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var model = EventMergeTrainer.Train(rows, l2Value, seedValue, version);
            outDir.Create();
            model.Write(outDir.FullName);
            var report = Report(rows, outOfFold, articles, k);
            Console.Write(report);
            var commandLine = "newsextract " + string.Join(' ', parse.Tokens.Select(t => t.Value));
            File.WriteAllText(Path.Combine(outDir.FullName, "MERGES_CARD.md"), Card(version, commandLine, model, report, l2Value, seedValue), new UTF8Encoding(false));
            return Task.FromResult(0);
        });
        return command;
    }

    /// <summary>Out-of-fold accuracy of the learned decision and of the rules on the same decisions, overall and by type.</summary>
    private static string Report(IReadOnlyList<EventMergeRow> rows, float[] outOfFold, int articles, int folds)
    {
        var sb = new StringBuilder();
        int restates = rows.Count(r => r.Restates);
        sb.AppendLine(CultureInfo.InvariantCulture, $"{rows.Count} decisions in {articles} articles ({restates} restatements or sentences no gold event gives, {rows.Count - restates} gold events of their own); {folds} folds by article, threshold 0.5");
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-12} {"n",4} {"model",6} {"rules",6}");
        foreach (var group in rows.Select((r, i) => (Row: r, P: outOfFold[i])).GroupBy(x => TypeOf(x.Row.Features)).OrderBy(g => g.Key, StringComparer.Ordinal).Append(null))
        {
            var items = group?.ToList() ?? [.. rows.Select((r, i) => (Row: r, P: outOfFold[i]))];
            double model = items.Count(x => x.P >= 0.5f == x.Row.Restates) / (double)items.Count;
            double rules = items.Count(x => x.Row.RuleMerges == x.Row.Restates) / (double)items.Count;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{group?.Key ?? "all",-12} {items.Count,4} {model,6:F3} {rules,6:F3}");
        }
        return sb.ToString();
    }

    private static string TypeOf(float[] features)
    {
        for (int i = 0; i < EventMergeFeatures.Names.Count; i++)
            if (features[i] > 0 && EventMergeFeatures.Names[i].StartsWith("type_", StringComparison.Ordinal)) return EventMergeFeatures.Names[i][5..];
        return "?";
    }

    private static string Card(string version, string commandLine, EventMergeModel model, string report, float l2, int seed) => $"""
        # Event merge decision ({version})

        What it does: for a sentence event that has an earlier happening of its type in the article, says whether it
        restates that happening (merged into it) or reports a new one (`EventCoalescer`). An L-BFGS logistic regression
        (ML.NET, L2 {l2.ToString(CultureInfo.InvariantCulture)}, seed {seed}) over the 0/1 features of `EventMergeFeatures`: the coalescer rules'
        decision, the restatement cues, whether participants, amounts, date and place are shared, new or in conflict,
        closeness to the latest happening, a few wording cues and the type; merged at probability ≥ {model.Threshold.ToString(CultureInfo.InvariantCulture)}. Exported as
        plain weights (`{EventMergeModel.FileName}`), checked against ML.NET's probabilities when written.

        Trained on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} with

            {commandLine}

        Data: the decisions met when the event model beside it runs over the annotated agency-dev articles of the range
        (real agency copy; texts third-party, used for training only, none shipped: the file holds 28 weights). A
        sentence that a gold event of its type gives as evidence is a happening of its own; any other restates one (or
        reports none, so merging it is right too). Training follows the gold decisions, so later decisions of an article
        see the happenings gold has.

        Cross-validated (out of fold, folds by article), accuracy of the decision against the rules on the same decisions:

        ```
        {report.TrimEnd()}
        ```

        Weights: {string.Join(", ", model.Names.Select((n, i) => $"{n} {model.Weights[i].ToString("0.00", CultureInfo.InvariantCulture)}"))}; bias {model.Bias.ToString("0.00", CultureInfo.InvariantCulture)}.

        """;
}
