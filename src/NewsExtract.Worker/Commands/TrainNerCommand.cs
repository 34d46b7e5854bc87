using System.CommandLine;
using System.Data.Common;
using System.Diagnostics;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Language;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;
using NewsExtract.Training.Ner;
using NewsExtract.Worker.Reviews;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train ner --train FORMAT:PATH [--train …] [--dev FORMAT:PATH] --out MODEL.zip [--config FILE]
/// [--include-reviews [--reviews-db PATH] [--reviews-weight N] [--reviews-completed-only]] [--cv K [--cv-transition-weights W,…]]</c>: trains a named-entity
/// model, prints progress with an ETA, writes MODEL.zip, MODEL.md (model card) and MODEL.config.json (the effective
/// configuration). With --include-reviews, analysts' reviewed articles join the training data. With --cv K it
/// cross-validates the configuration over the training documents instead (folds by document) and writes no model.
/// </summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "Training corpus FORMAT:PATH[@FROM-TO] (conll, gmb, meantime, re3d); repeatable", AllowMultipleArgumentsPerToken = false };
        var dev = new Option<string?>("--dev") { Description = "Development corpus FORMAT:PATH[@FROM-TO] scored into the model card" };
        var output = new Option<FileInfo?>("--out") { Description = "Model zip to write (required unless --cv)" };
        var config = new Option<FileInfo?>("--config") { Description = "Training configuration (JSON); --train/--dev add to / override it" };
        var includeReviews = new Option<bool>("--include-reviews") { Description = "Add analysts' reviewed articles (entities after their decisions) to the training data" };
        var reviewsDb = new Option<string?>("--reviews-db") { Description = "State database holding the reviews (default out/state.db)" };
        var reviewsWeight = new Option<int?>("--reviews-weight") { Description = "Times each reviewed article is repeated in the training data (default 1)" };
        var reviewsCompletedOnly = new Option<bool>("--reviews-completed-only") { Description = "Only articles an analyst marked as completely reviewed" };
        var crossValidate = new Option<int?>("--cv") { Description = "Cross-validate the configuration over its training documents in K folds by document (prints per-fold and pooled scores; writes no model)" };
        var cvTransitionWeights = new Option<string?>("--cv-transition-weights") { Description = "With --cv: also pool the held-out folds decoded at each of these transition weights (comma-separated, e.g. 0,0.3,0.6), to choose transitionWeight by cross-validation" };
        var command = new Command("ner", "Train a named-entity recogniser")
        {
            train, dev, output, config, includeReviews, reviewsDb, reviewsWeight, reviewsCompletedOnly, crossValidate, cvTransitionWeights,
        };
        command.SetAction((parse, ct) =>
        {
            try
            {
                var reviews = Reviews(parse.GetValue(includeReviews), parse.GetValue(reviewsDb), parse.GetValue(reviewsWeight), parse.GetValue(reviewsCompletedOnly));
                var weights = ParseWeights(parse.GetValue(cvTransitionWeights));
                if (weights.Count > 0 && parse.GetValue(crossValidate) is null) throw new ArgumentException("--cv-transition-weights goes with --cv K.");
                return Task.FromResult(Run(parse.GetValue(train) ?? [], parse.GetValue(dev), parse.GetValue(output), parse.GetValue(config), reviews, parse.GetValue(crossValidate), weights));
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or ArgumentException or DirectoryNotFoundException or DbException)
            {
                Console.Error.WriteLine($"train ner: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    /// <summary>The reviews the command line asks for (null: none, or whatever the config says); review options need --include-reviews.</summary>
    private static NerReviewsConfig? Reviews(bool include, string? database, int? weight, bool completedOnly)
    {
        if (!include)
        {
            if (database is not null || weight is not null || completedOnly)
                throw new ArgumentException("--reviews-db, --reviews-weight and --reviews-completed-only go with --include-reviews.");
            return null;
        }
        var reviews = new NerReviewsConfig { CompletedOnly = completedOnly };
        if (database is not null) reviews = reviews with { Database = database };
        if (weight is not null) reviews = reviews with { Weight = weight.Value };
        if (reviews.Weight < 1) throw new ArgumentException($"--reviews-weight must be at least 1, not {reviews.Weight}.");
        return reviews;
    }

    private static List<float> ParseWeights(string? list) =>
        list is null ? [] : [.. list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(w =>
            float.TryParse(w, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out float v) && v >= 0
                ? v : throw new ArgumentException($"--cv-transition-weights: '{w}' is not a non-negative number."))];

    private static int Run(string[] trainArgs, string? devArg, FileInfo? outputArg, FileInfo? configFile, NerReviewsConfig? reviewsArg, int? crossValidationFolds, IReadOnlyList<float> cvTransitionWeights)
    {
        if (outputArg is null && crossValidationFolds is null) throw new ArgumentException("--out MODEL.zip is required (unless --cv K cross-validates).");
        var total = Stopwatch.StartNew();
        var config = configFile is null ? new NerTrainingConfig() : NerTrainingConfig.Load(configFile.FullName);
        config = config with { Train = [.. config.Train, .. trainArgs], Dev = devArg ?? config.Dev, Reviews = reviewsArg ?? config.Reviews };
        if (config.Train.Count == 0 && config.Reviews is null)
            throw new ArgumentException("Give at least one --train FORMAT:PATH or --include-reviews (or a config listing them).");
        var scheme = TypeScheme.ByName(config.Scheme);
        var trainSpecs = config.Train.Select(CorpusSpec.Parse).ToList();
        var devSpec = config.Dev is null ? null : CorpusSpec.Parse(config.Dev);

        void Progress(string message) => Console.Error.WriteLine($"[{total.Elapsed:mm\\:ss}] {message}");

        var documents = new List<AnnotatedDocument>();
        var silver = config.SilverTypesFrom is { } reference ? NerModel.Load(reference) : null;
        foreach (var spec in trainSpecs)
        {
            var loaded = spec.Load(scheme);
            Progress($"read {spec}: {loaded.Count:N0} documents, {loaded.Sum(d => d.TokenCount):N0} tokens");
            if (silver is not null && SilverTypeFiller.AnnotatedRawTypes(spec.Format) is { } rawTypes)
            {
                var annotated = rawTypes.Select(raw => scheme.Map(spec.Format, raw)).OfType<string>().ToHashSet(StringComparer.Ordinal);
                loaded = SilverTypeFiller.Fill(loaded, silver, annotated);
                Progress($"  completed with {config.SilverTypesFrom}'s {string.Join(", ", scheme.Types.Where(t => !annotated.Contains(t)))}");
            }
            documents.AddRange(loaded);
        }
        ReviewedTrainingSummary? reviewed = null;
        if (config.Reviews is not null)
        {
            (var reviewedDocuments, reviewed) = ReviewedNerTrainingData.Load(config.Reviews, scheme);
            Progress($"read {reviewed.Describe()}: {reviewed.Tokens:N0} tokens, {reviewed.Entities:N0} entities");
            documents.AddRange(reviewedDocuments);
        }
        if (crossValidationFolds is int folds)
        {
            var cv = NerCrossValidation.Run(config, documents, folds, Progress, cvTransitionWeights);
            Console.Out.WriteLine($"cross-validation, {folds} folds by document: micro F1 per fold {string.Join(" ", cv.Folds.Select(f => f.Micro.F1.ToString("F2", System.Globalization.CultureInfo.InvariantCulture)))}; pooled:");
            Console.Out.Write(ScoreReport.Table(cv.Pooled));
            foreach (var (weight, pooled) in cv.PooledByTransitionWeight.OrderBy(p => p.Key))
                Console.Out.WriteLine(FormattableString.Invariant($"pooled at transition weight {weight}: micro F1 {pooled.Micro.F1:F2} (P {pooled.Micro.Precision:F2}, R {pooled.Micro.Recall:F2})"));
            Progress($"cross-validation done in {total.Elapsed.TotalMinutes:F1} min (no model written)");
            return 0;
        }
        var output = outputArg!;
        var trainer = new NerTrainer(config, Progress);
        var model = trainer.Train(documents, reviewed is null ? config.Train : [.. config.Train, reviewed.Describe()]);
        model.Save(output.FullName, config.PruneThreshold);
        var trainingTime = total.Elapsed;
        long bytes = new FileInfo(output.FullName).Length;
        Progress($"wrote {output.FullName} ({bytes / 1048576.0:F1} MB)");

        EntityEvaluator? devScores = null;
        if (devSpec is not null)
        {
            var saved = NerModel.Load(output.FullName);
            var devDocuments = devSpec.Load(scheme);
            devScores = NerEvaluation.Evaluate(saved, devDocuments);
            Progress($"dev {devSpec}: micro F1 {devScores.Micro.F1:F2}");
            Console.Out.Write(ScoreReport.Table(devScores));
        }

        var alsoScored = new List<(CorpusSpec, EntityEvaluator)>();
        foreach (var spec in config.AlsoScore.Select(CorpusSpec.Parse))
        {
            var saved = NerModel.Load(output.FullName);
            var gold = spec.Load(scheme);
            var annotated = gold.SelectMany(d => d.Sentences).SelectMany(s => s.Tags).Select(IobTags.TypeOf).OfType<string>().ToHashSet(StringComparer.Ordinal);
            // as the product tags: web writing (as the register detector judges it) in the web domain
            var scores = NerEvaluation.Evaluate(saved, gold, annotated, registers: new TextRegisterDetector());
            Progress($"also {spec}: micro F1 {scores.Micro.F1:F2} on {string.Join(", ", annotated.Order(StringComparer.Ordinal))}");
            alsoScored.Add((spec, scores));
        }

        string commandLine = "newsextract " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
        string card = NerModelCard.Build(model, config, commandLine, trainSpecs, devSpec, devScores, trainingTime, bytes, documents.Sum(d => d.TokenCount), reviewed, alsoScored);
        string stem = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name));
        File.WriteAllText(stem + ".md", card);
        File.WriteAllText(stem + ".config.json", config.ToJson() + Environment.NewLine);
        Progress($"wrote {stem}.md and {stem}.config.json; total {total.Elapsed.TotalMinutes:F1} min");
        return 0;
    }
}
