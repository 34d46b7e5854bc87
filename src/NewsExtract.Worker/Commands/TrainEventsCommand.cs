using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.ML;
using NewsExtract.Core.Documents;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Records;
using NewsExtract.Training.Events;
using NewsExtract.Worker.Progress;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train events [--labels FILE] [--data DIR] [--out DIR] [--folds K] [--seed N] [--weak-per-type N]
/// [--weak-negatives N] [--weak-weight W] [--trainer Lbfgs|Sdca] [--l1 X] [--l2 X] [--iterations N] [--raw-counts] [--agency-dev DIR] [--range N-M]
/// [--exclude N-M] [--article-weight W] [--article-negative-weight W] [--thresholds-from all|articles] [--check-range N-M] [--gold DIR]</c>: trains the sentence event classifier on the
/// hand-labelled sentences and the sentences of the annotated agency articles in the range (each labelled by the
/// events that give it as evidence; skipped with a warning when the folder is absent), plus, optionally,
/// trigger-labelled sentences of the open corpora; chooses each type's threshold by K-fold cross-validation (an
/// article's sentences in one fold), and writes
/// <c>events.zip</c>, <c>events.config.json</c> and <c>MODEL_CARD.md</c>. With <c>--gold</c>, and on the agency-dev
/// check part, the card also reports the model and the trigger baseline (measured once, after everything is chosen).
/// </summary>
public static class TrainEventsCommand
{
    public static Command Create()
    {
        var defaults = new EventTrainingOptions();
        var labels = new Option<FileInfo>("--labels") { Description = "Hand-labelled sentences (types TAB sentence)", DefaultValueFactory = _ => new FileInfo(Path.Combine("corpus", "events", "train.tsv")) };
        var data = new Option<DirectoryInfo>("--data") { Description = "The shared corpora folder (GMB, MEANTIME, re3d) for weak labels", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "events")) };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over the hand-labelled sentences for the thresholds (0: 0.5 for every type)", DefaultValueFactory = _ => 5 };
        var seed = new Option<int>("--seed") { Description = "Seed of the folds, the negative sample and the trainer", DefaultValueFactory = _ => defaults.Seed };
        var weakPerType = new Option<int>("--weak-per-type") { Description = "Trigger-labelled open-corpus sentences per type (0: none)", DefaultValueFactory = _ => defaults.WeakPerType };
        var weakNegatives = new Option<int>("--weak-negatives") { Description = "Open-corpus sentences without a trigger, as negatives (0: none)", DefaultValueFactory = _ => defaults.WeakNegatives };
        var weakWeight = new Option<float>("--weak-weight") { Description = "Weight of each weakly labelled sentence", DefaultValueFactory = _ => defaults.WeakWeight };
        var trainer = new Option<EventTrainerKind>("--trainer") { Description = "The logistic regression's trainer: Lbfgs (L1 and L2 penalties; shipped) or Sdca (L2 only)", DefaultValueFactory = _ => defaults.Trainer };
        var l1 = new Option<float>("--l1") { Description = "L1 regularisation (L-BFGS only)", DefaultValueFactory = _ => defaults.L1 };
        var l2 = new Option<float?>("--l2") { Description = "L2 regularisation (default: 0.01 for L-BFGS, 1E-05 for SDCA)" };
        var iterations = new Option<int>("--iterations") { Description = "SDCA iterations", DefaultValueFactory = _ => defaults.Iterations };
        var rawCounts = new Option<bool>("--raw-counts") { Description = "Feed n-gram counts to the trainer without L2-normalising each sentence's vector (long sentences are not diluted)" };
        var gold = new Option<DirectoryInfo?>("--gold") { Description = "Gold folder to report the trained model and the trigger baseline on (in the model card)" };
        var agency = new Option<DirectoryInfo>("--agency-dev") { Description = "Annotated agency articles whose event evidence sentences are trained on (the --range part)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "agency-dev", "articles")) };
        var range = new Option<string>("--range") { Description = "The agency-dev files to train on (the tune part)", DefaultValueFactory = _ => "101-145" };
        var restatementsPositive = new Option<bool>("--restatements-positive") { Description = "An article sentence holding a trigger word of a type its article has gold events of, not itself an evidence, is a positive of that type (a restatement) instead of a negative" };
        var exclude = new Option<string?>("--exclude") { Description = "Agency-dev files inside --range left out of training, e.g. 116-130 (to score the model on articles it has not seen)" };
        var checkRange = new Option<string>("--check-range") { Description = "The agency-dev files reported in the card but never trained on", DefaultValueFactory = _ => "146-160" };
        var articleWeight = new Option<float>("--article-weight") { Description = "Weight of an article sentence that is an event's evidence (0: only scored in cross-validation)", DefaultValueFactory = _ => defaults.ArticleWeight };
        var articleNegativeWeight = new Option<float>("--article-negative-weight") { Description = "Weight of an article sentence no event gives as evidence (0: only scored)", DefaultValueFactory = _ => defaults.ArticleNegativeWeight };
        var thresholdsFrom = new Option<string>("--thresholds-from") { Description = "Which out-of-fold sentences choose the thresholds: all, articles (the annotated agency articles' sentences only), or split (the plain thresholds on all, the thresholds for sentences with a trigger word on the articles')", DefaultValueFactory = _ => "all" };
        thresholdsFrom.AcceptOnlyFromAmong("all", "articles", "split");
        var triggeredScale = new Option<float>("--triggered-scale") { Description = "Multiply the chosen thresholds for sentences holding a trigger word of the type by this factor (1: as chosen; the shipped model uses 0.25, chosen on held-out parts of the tune articles, since cross-validation over mostly hand-written sentences sets them too high for agency copy)", DefaultValueFactory = _ => 1f };
        var command = new Command("events", "Train the sentence event classifier") { labels, data, output, folds, seed, weakPerType, weakNegatives, weakWeight, trainer, l1, l2, iterations, rawCounts, agency, range, articleWeight, articleNegativeWeight, thresholdsFrom, triggeredScale, checkRange, exclude, restatementsPositive, gold };
        command.SetAction(async (parse, ct) =>
        {
            var labelFile = parse.GetValue(labels)!;
            var dataDir = parse.GetValue(data)!;
            var outDir = parse.GetValue(output)!;
            var chooseOn = parse.GetValue(thresholdsFrom)!;
            var options = defaults with
            {
                Seed = parse.GetValue(seed), WeakPerType = parse.GetValue(weakPerType), WeakNegatives = parse.GetValue(weakNegatives),
                WeakWeight = parse.GetValue(weakWeight), Trainer = parse.GetValue(trainer), L1 = parse.GetValue(l1), L2 = parse.GetValue(l2), Iterations = parse.GetValue(iterations),
                NormalizeFeatures = !parse.GetValue(rawCounts),
                ArticleWeight = parse.GetValue(articleWeight), ArticleNegativeWeight = parse.GetValue(articleNegativeWeight),
                RestatementsPositive = parse.GetValue(restatementsPositive),
            };
            int k = parse.GetValue(folds);
            if (!labelFile.Exists) { Console.Error.WriteLine($"newsextract train events: {labelFile.FullName}: no such file"); return 2; }
            if (k == 1 || k < 0) { Console.Error.WriteLine("newsextract train events: --folds must be 0 or at least 2"); return 2; }
            if (parse.GetValue(gold) is { Exists: false } missingGold) { Console.Error.WriteLine($"newsextract train events: {missingGold.FullName}: no such folder"); return 2; }
            if (!Enum.IsDefined(options.Trainer)) { Console.Error.WriteLine($"newsextract train events: --trainer must be one of {string.Join(", ", Enum.GetNames<EventTrainerKind>())}"); return 2; }
            if (options.L1 < 0 || options.EffectiveL2 < 0) { Console.Error.WriteLine("newsextract train events: --l1 and --l2 must be 0 or more"); return 2; }
            if (options.ArticleWeight < 0 || options.ArticleNegativeWeight < 0) { Console.Error.WriteLine("newsextract train events: article weights must be 0 or more"); return 2; }
            float scale = parse.GetValue(triggeredScale);
            if (scale is < 0 or > 1) { Console.Error.WriteLine("newsextract train events: --triggered-scale must be between 0 and 1"); return 2; }
            GoldFileRange tune, check;
            GoldFileRange? left = null;
            try
            {
                tune = GoldFileRange.Parse(parse.GetValue(range)!);
                check = GoldFileRange.Parse(parse.GetValue(checkRange)!);
                if (parse.GetValue(exclude) is { } excluded) left = GoldFileRange.Parse(excluded);
            }
            catch (FormatException ex) { Console.Error.WriteLine($"newsextract train events: {ex.Message}"); return 2; }
            var clock = Stopwatch.StartNew();
            // steps: reading the sentences, each fold, the final model, the gold report, the agency-dev check part
            await using var progress = ProgressReporter.StartAboveOutput("train events", "steps", 1 + k + 1 + (parse.GetValue(gold) is null ? 0 : 1) + (parse.GetValue(agency)!.Exists ? 1 : 0));
            var hand = LabelledEventSentences.Read(labelFile.FullName);
            var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["hand"] = hand.Count, ["weakPositive"] = 0, ["weakNegative"] = 0, ["openSentencesRead"] = 0 };
            List<EventSentenceRow> weak = [];
            if (options.UsesWeakLabels)
            {
                if (!dataDir.Exists) Console.Error.WriteLine($"newsextract train events: {dataDir.FullName} is missing; training on the hand-labelled sentences only");
                else (weak, var weakCounts) = Weak(dataDir, options, counts);
            }
            progress.Advance();
            List<ArticleEventSentence> articles = [];
            var agencyDir = parse.GetValue(agency)!;
            if (!agencyDir.Exists) Console.Error.WriteLine($"newsextract train events: {agencyDir.FullName} is missing; training without annotated articles");
            else
            {
                (articles, counts["articleEvents"], counts["articleEvidenceMissing"]) =
                    ArticleEventSentenceReader.Read(GoldSetEvaluation.GoldFiles(agencyDir, tune).Where(f => left is null || !left.Contains(f.Name)), w => Console.Error.WriteLine("newsextract train events: " + w), ct);
                counts["articles"] = articles.Select(a => a.ArticleId).Distinct(StringComparer.Ordinal).Count();
                counts["articleSentences"] = articles.Count;
                counts["articlePositives"] = articles.Count(a => a.Types.Length > 0);
                counts["articleRestatements"] = articles.Count(a => a.Restates is { Length: > 0 });
            }
            foreach (var (key, value) in counts) Console.WriteLine($"{key,-22} {value,8}");
            Console.WriteLine($"options: {options}");

            var thresholds = EventTypes.All.ToDictionary(t => t, _ => 0.5f, StringComparer.Ordinal);
            var triggeredThresholds = new Dictionary<string, float>(thresholds, StringComparer.Ordinal);
            EventCrossValidation? cv = null;
            if (k >= 2)
            {
                cv = EventCrossValidation.Run(hand, weak, articles, options, k, Console.WriteLine, () => progress.Advance());
                bool fromArticles = chooseOn == "articles", split = chooseOn == "split";
                if ((fromArticles || split) && cv.ArticleSentences == 0) { Console.Error.WriteLine($"newsextract train events: --thresholds-from {chooseOn} needs annotated articles (--agency-dev)"); return 2; }
                // the other choice is printed too, so one run shows what each gives on the articles' sentences
                var other = fromArticles ? cv.ChooseThresholds() : cv.ArticleSentences > 0 ? cv.ChooseThresholds(i => i >= cv.ArticleStart) : default;
                (thresholds, triggeredThresholds) = fromArticles ? cv.ChooseThresholds(i => i >= cv.ArticleStart) : cv.ChooseThresholds();
                if (split)
                {
                    var (allF1, _) = cv.MicroF1(thresholds, triggeredThresholds, i => i >= cv.ArticleStart);
                    var chosenOnAll = string.Join(", ", triggeredThresholds.Select(p => $"{p.Key} {p.Value:F2}"));
                    triggeredThresholds = cv.ChooseTriggeredThresholds(thresholds, i => i >= cv.ArticleStart);
                    Console.WriteLine($"thresholds with a trigger word re-chosen on the articles' sentences (on all: {chosenOnAll}): micro F1 there {allF1:F3} -> {cv.MicroF1(thresholds, triggeredThresholds, i => i >= cv.ArticleStart).Model:F3}");
                }
                if (other.Plain is not null)
                {
                    var (articleF1, _) = cv.MicroF1(other.Plain, other.Triggered, i => i >= cv.ArticleStart);
                    var (allF1, _) = cv.MicroF1(other.Plain, other.Triggered);
                    Console.WriteLine($"with thresholds chosen on {(fromArticles ? "all sentences" : "the articles' sentences")} instead: micro F1 all {allF1:F3}, articles {articleF1:F3}");
                }
                if (scale != 1f)
                {
                    var chosen = cv.MicroF1(thresholds, triggeredThresholds).Model;
                    triggeredThresholds = triggeredThresholds.ToDictionary(p => p.Key, p => (float)Math.Round(p.Value * scale, 4), StringComparer.Ordinal);
                    Console.WriteLine($"thresholds with a trigger word scaled by {scale.ToString(CultureInfo.InvariantCulture)}: out-of-fold micro F1 on all sentences {chosen:F3} -> {cv.MicroF1(thresholds, triggeredThresholds).Model:F3}");
                }
                Console.Write(CrossValidationTable(cv, thresholds, triggeredThresholds));
            }
            var ml = new MLContext(seed: options.Seed);
            var model = EventModelTrainer.Train(ml, [.. weak.Concat(EventTrainingSet.Hand(hand, options.HandWeight)).Concat(EventTrainingSet.Articles(articles, options).Where(r => r.Weight > 0))], options);
            outDir.Create();
            var version = $"events-{options.Trainer.ToString().ToLowerInvariant()}-" + DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            var config = new EventModelConfig(version, thresholds, TriggeredThresholds: triggeredThresholds);
            var zip = Path.Combine(outDir.FullName, EventModel.ModelFileName);
            ml.Model.Save(model, null, zip);
            EventScorerFile.WriteFromZip(outDir.FullName);
            config.Write(Path.Combine(outDir.FullName, EventModelConfig.FileName));
            progress.Advance();
            Console.WriteLine($"trained on {hand.Count + weak.Count + (options.ArticleWeight > 0 || options.ArticleNegativeWeight > 0 ? articles.Count : 0)} sentences in {clock.Elapsed.TotalSeconds:F1} s → {zip} ({new FileInfo(zip).Length / 1024} KiB)");

            string goldReport = "";
            // loaded once for every report that needs it
            var trained = new Lazy<EventModel>(() => EventModel.Load(outDir.FullName));
            if (parse.GetValue(gold) is { } goldDir)
            {
                goldReport = GoldReport(goldDir.Name, GoldSetEvaluation.GoldFiles(goldDir), trained.Value, ct);
                Console.Write(goldReport);
                progress.Advance();
            }
            if (agencyDir.Exists)
            {
                // the agency-dev part never trained on: the model's measure on real copy
                var checkReport = GoldReport($"agency-dev {parse.GetValue(checkRange)} (never trained on)", GoldSetEvaluation.GoldFiles(agencyDir, check), trained.Value, ct);
                Console.Write(checkReport);
                goldReport += (goldReport.Length > 0 ? "\n" : "") + checkReport;
                progress.Advance();
            }
            var commandLine = "newsextract " + string.Join(' ', parse.Tokens.Select(t => t.Value));
            File.WriteAllText(Path.Combine(outDir.FullName, "MODEL_CARD.md"), ModelCard(version, commandLine, counts, options, k, chooseOn switch { "articles" => "best F1 on the annotated articles' sentences", "split" => "best F1 on all sentences, then the thresholds for sentences with a trigger word (0: the word alone reports the type) re-chosen for best F1 on the annotated articles' sentences", _ => "best F1 on all sentences" } + (scale != 1f ? $", then those for sentences with a trigger word multiplied by {scale.ToString(CultureInfo.InvariantCulture)} (`--triggered-scale`, chosen on held-out parts of the tune articles)" : ""), cv, thresholds, triggeredThresholds, goldReport), new UTF8Encoding(false));
            return 0;
        });
        return command;
    }

    private static (List<EventSentenceRow>, Dictionary<string, int>) Weak(DirectoryInfo dataDir, EventTrainingOptions options, Dictionary<string, int> counts)
    {
        var (rows, weakCounts) = EventTrainingSet.Weak(OpenCorpusSentences.ReadAll(dataDir.FullName), options);
        foreach (var (key, value) in weakCounts) counts[key] = value;
        return (rows, weakCounts);
    }

    private const int LongSentenceWords = 25;

    private static string CrossValidationTable(EventCrossValidation cv, Dictionary<string, float> thresholds, Dictionary<string, float> triggered)
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{"type",-12} {"thr",5} {"trig",5} {"P",6} {"R",6} {"F1",6} {"trigF1",7} {"gold",5}");
        for (int t = 0; t < EventTypes.All.Count; t++)
        {
            var type = EventTypes.All[t];
            var m = cv.Count(t, i => cv.Scores[i][t] >= (cv.Triggers[i][t] ? triggered[type] : thresholds[type]));
            var trig = cv.Count(t, i => cv.Triggers[i][t]);
            double p = m.Predicted == 0 ? 0 : (double)m.Tp / m.Predicted, r = m.Gold == 0 ? 0 : (double)m.Tp / m.Gold;
            sb.AppendLine(CultureInfo.InvariantCulture, $"{type,-12} {thresholds[type],5:F2} {triggered[type],5:F2} {p,6:F3} {r,6:F3} {m.F1,6:F3} {trig.F1,7:F3} {m.Gold,5}");
        }
        var (model, triggers) = cv.MicroF1(thresholds, triggered);
        sb.AppendLine(CultureInfo.InvariantCulture, $"cross-validated micro F1 on the hand-labelled sentences and held-out weak negatives: model {model:F3}, trigger list {triggers:F3}");
        // wire copy runs to long sentences; a featuriser that dilutes them shows here first
        int n = cv.HandWords.Count(w => w >= LongSentenceWords);
        var (longModel, longTriggers) = cv.MicroF1(thresholds, triggered, i => i < cv.HandWords.Length && cv.HandWords[i] >= LongSentenceWords);
        sb.AppendLine(CultureInfo.InvariantCulture, $"cross-validated micro F1 on the {n} hand-labelled sentences of {LongSentenceWords}+ words: model {longModel:F3}, trigger list {longTriggers:F3}");
        if (cv.ArticleSentences > 0)
        {
            var (articleModel, articleTriggers) = cv.MicroF1(thresholds, triggered, i => i >= cv.ArticleStart);
            sb.AppendLine(CultureInfo.InvariantCulture, $"cross-validated micro F1 on the {cv.ArticleSentences} agency article sentences (folds by article): model {articleModel:F3}, trigger list {articleTriggers:F3}");
        }
        return sb.ToString();
    }

    private static string GoldReport(string setName, IReadOnlyList<FileInfo> files, EventModel model, CancellationToken ct)
    {
        var builder = new RecordBuilder(TimeProvider.System);
        var modelPipeline = DefaultPipeline.Create(model);
        var triggerPipeline = DefaultPipeline.Create(new TriggerEventClassifier());
        var withModel = GoldSetEvaluation.Run(files, a => builder.Build(modelPipeline.Run(a, ct)), a => builder.Build(triggerPipeline.Run(a, ct)), _ => { }, ct);
        var withTriggers = GoldSetEvaluation.Run(files, a => builder.Build(triggerPipeline.Run(a, ct)), null, _ => { }, ct);
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"| on {setName} ({withModel.Articles} articles) | P | R | F1 |");
        sb.AppendLine("|---|---|---|---|");
        foreach (var (name, run) in new[] { ("model: events (type)", withModel), ("trigger list: events (type)", withTriggers) })
        {
            var c = run.Scorer.Counts.Single(x => x.Category == "events (type)");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} | {c.Precision:F3} | {c.Recall:F3} | {c.F1:F3} |");
            var cp = run.Scorer.Counts.Single(x => x.Category == "events (type+participant)");
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name.Replace("(type)", "(type+participant)", StringComparison.Ordinal)} | {cp.Precision:F3} | {cp.Recall:F3} | {cp.F1:F3} |");
        }
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"Gold events found only by the model (the trigger list alone misses them): {withModel.Comparison.FoundOnlyByModel}; found only by the trigger list: {withModel.Comparison.FoundOnlyByTriggers}.");
        return sb.ToString();
    }

    private static string ModelCard(string version, string commandLine, Dictionary<string, int> counts, EventTrainingOptions options, int folds, string thresholdSource,
        EventCrossValidation? cv, Dictionary<string, float> thresholds, Dictionary<string, float> triggered, string goldReport) => $"""
        # Event sentence classifier ({version})

        What it does: says which event types (Meeting, Visit, Agreement, Conference, Appointment, Investment, Trade,
        Project, Conflict, Legal) a sentence reports. One logistic regression per type (one-vs-rest; trainer below) over word
        unigrams and bigrams of the sentence's feature text (`EventFeatureText`: lower-cased words and stems with the
        dateline removed, trigger-type tokens with their tense/modality/negation, and entity-type tokens read off the
        words: money, percent, date, country, title, name). A type is reported when its probability reaches its
        threshold in `events.config.json` (one for sentences holding one of the type's trigger words, one for the
        others, where 1.01 means never); the thresholds were chosen by {(folds >= 2 ? $"{folds}-fold cross-validation ({thresholdSource}; an article's sentences in one fold)" : "hand (0.5)")}, never on the gold set.

        Trained on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} with

            {commandLine}

        ({options}).

        Data and licences:
        - {counts["hand"]} sentences written and labelled for this project (`corpus/events/train.tsv`; names invented;
          none taken from `corpus/gold`, the dev set).
        {(counts.TryGetValue("articles", out var articleCount) && (options.ArticleWeight > 0 || options.ArticleNegativeWeight > 0) ? $"- the {counts["articleSentences"]} sentences of {articleCount} annotated agency articles (the tune part of `../shared/data/agency-dev`, real agency copy,\n  annotations made for this project; texts third-party, used for training only, none shipped): {counts["articlePositives"]} are the evidence of one of\n  their {counts["articleEvents"]} gold events (positives of its type, weight {options.ArticleWeight}), the others negatives (weight {options.ArticleNegativeWeight}).\n" : "")}- {counts["weakPositive"]} sentences from GMB (Voice of America news; public domain text), MEANTIME (Wikinews,
          CC BY 4.0, FBK / VU Amsterdam / UPV-EHU) and re3d (public domain / OGL / CC BY parts) labelled by the trigger
          lexicon, and {counts["weakNegative"]} of their sentences without any trigger as negatives, of
          {counts["openSentencesRead"]} read. Only text is used, no annotations; none of that text ships: the zip holds
          the featuriser's vocabulary (single words and word pairs) and the weights.

        Thresholds (plain / with a trigger word): {string.Join(", ", thresholds.Select(t => $"{t.Key} {t.Value.ToString("0.00", CultureInfo.InvariantCulture)} / {triggered[t.Key].ToString("0.00", CultureInfo.InvariantCulture)}"))}.

        {(cv is null ? "" : "Cross-validation on the hand-labelled sentences, held-out open-corpus sentences without triggers and the annotated articles' sentences (out-of-fold, at the chosen thresholds; the trigger list on the same sentences):\n\n```\n" + CrossValidationTable(cv, thresholds, triggered) + "```\n")}
        {(goldReport.Length == 0 ? "Not measured on a gold set here: run `newsextract evaluate records --gold corpus/gold` (and `--events triggers` for the baseline)." : "Measured once after training (`newsextract evaluate records --gold DIR [--range N-M]`, and `--events triggers` for the baseline):\n\n" + goldReport)}
        Known limits: sentence-level only, so an event stated across two sentences is found in whichever says the
        type; the hand-labelled set is small ({counts["hand"] / EventTypes.All.Count} sentences per type on average, written by a few
        hands) and cross-validation over it is optimistic, since sentences one writer wrote alike fall in different folds.

        """;
}
