using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.ML;
using NewsExtract.Core.Pipeline;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Events;
using NewsExtract.Extraction.Officials;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Files;
using NewsExtract.Training.Records;
using NewsExtract.Training.Officials;
using NewsExtract.Worker.Progress;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train officials [--gold DIR…] [--agency-dev DIR] [--range N-M] [--gazetteers DIR] [--out DIR]
/// [--seed N] [--folds K] [--l2 X]</c>: builds the officials model's data files from the gazetteers
/// (<see cref="OfficialResourceBuilder"/>), runs the pipeline's layers before the officials over the gold articles,
/// cross-validates the link and country classifiers with folds by article, chooses the link threshold there, trains
/// both on everything and writes <c>models/officials/</c> with its card, including the record scores on the named
/// dev sets measured with the new model. Run it again after the entity layer changes.
/// </summary>
public static class TrainOfficialsCommand
{
    public static Command Create()
    {
        var defaults = new OfficialsTrainingOptions();
        var gold = new Option<DirectoryInfo[]>("--gold") { Description = "Gold folders used whole (corpus/gold shape)", DefaultValueFactory = _ => [new DirectoryInfo(Path.Combine("corpus", "gold"))], AllowMultipleArgumentsPerToken = true };
        var agency = new Option<DirectoryInfo>("--agency-dev") { Description = "The agency-dev articles folder (its --range part is used)", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "agency-dev", "articles")) };
        var range = new Option<string>("--range") { Description = "The agency-dev files to train on (the tune part)", DefaultValueFactory = _ => "101-145" };
        var checkRange = new Option<string>("--check-range") { Description = "The agency-dev files reported in the card but never trained on", DefaultValueFactory = _ => "146-160" };
        var gazetteers = new Option<DirectoryInfo>("--gazetteers") { Description = "The shared gazetteers folder", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("..", "shared", "data", "gazetteers")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Where to write the model", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", OfficialsModel.DefaultFolder)) };
        var seed = new Option<int>("--seed") { Description = "Seed of the folds and the trainer", DefaultValueFactory = _ => defaults.Seed };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds (by article)", DefaultValueFactory = _ => defaults.Folds };
        var l2 = new Option<float>("--l2") { Description = "L-BFGS L2 regularisation", DefaultValueFactory = _ => defaults.L2 };
        var command = new Command("officials", "Train the officials link and country classifiers") { gold, agency, range, checkRange, gazetteers, output, seed, folds, l2 };
        command.SetAction(async (parse, ct) =>
        {
            var options = defaults with { Seed = parse.GetValue(seed), Folds = parse.GetValue(folds), L2 = parse.GetValue(l2) };
            var gazetteerDir = parse.GetValue(gazetteers)!;
            var agencyDir = parse.GetValue(agency)!;
            var outDir = parse.GetValue(output)!;
            var goldDirs = parse.GetValue(gold)!;
            GoldFileRange tune, check;
            try { tune = GoldFileRange.Parse(parse.GetValue(range)!); check = GoldFileRange.Parse(parse.GetValue(checkRange)!); }
            catch (FormatException ex) { Console.Error.WriteLine($"newsextract train officials: {ex.Message}"); return 2; }
            foreach (var dir in goldDirs.Append(agencyDir).Append(gazetteerDir))
                if (!dir.Exists) { Console.Error.WriteLine($"newsextract train officials: {dir.FullName}: no such folder"); return 2; }
            if (options.Folds < 2) { Console.Error.WriteLine("newsextract train officials: --folds must be at least 2"); return 2; }
            var clock = Stopwatch.StartNew();

            outDir.Create();
            int titleWords = OfficialResourceBuilder.BuildTitleWords(Path.Combine(gazetteerDir.FullName, "world-leaders-cia-2019", "leaders.tsv"), Path.Combine(outDir.FullName, OfficialLexicon.TitleWordsFileName));
            var lexicon = OfficialLexicon.Load(outDir.FullName);
            int countries = lexicon.CountryCount;
            Console.WriteLine($"directory words {titleWords} ({lexicon.PortfolioWordCount} portfolios), gazetteer title words {lexicon.TitleWordCount}, countries {countries}");

            var layers = new ExtractionPipeline(DefaultPipeline.Create(new TriggerEventClassifier(), new OfficialRecognizer()).Components.TakeWhile(c => c.Name != "officials"));
            var files = goldDirs.SelectMany(d => GoldSetEvaluation.GoldFiles(d)).Concat(GoldSetEvaluation.GoldFiles(agencyDir, tune)).ToList();
            var articles = new List<OfficialTrainingRows>();
            // steps: each article read, each fold, the final models; then each dev-set article scored
            await using var progress = ProgressReporter.StartAboveOutput("train officials", "steps", files.Count + options.Folds + 1);
            var reader = new ArticleFileReader("gold");
            foreach (var file in files)
            {
                ct.ThrowIfCancellationRequested();
                progress.Advance();
                List<GoldOfficial> officials;
                try
                {
                    using var json = JsonDocument.Parse(File.ReadAllText(file.FullName));
                    if (GoldAnnotation.Find(json.RootElement) is not { } annotation) { Console.Error.WriteLine($"newsextract train officials: {file.Name}: no annotation, skipped"); continue; }
                    officials = ReadOfficials(annotation);
                }
                catch (JsonException ex) { Console.Error.WriteLine($"newsextract train officials: {file.Name}: {ex.Message}, skipped"); continue; }
                var document = layers.Run(reader.Read(new ArticleFile(file.FullName, file.Name)), ct);
                articles.Add(OfficialTrainingSet.Rows(new OfficialTrainingArticle(file.Directory!.Name + "/" + file.Name, document, officials), lexicon));
            }
            int linkRows = articles.Sum(a => a.Links.Count), countryRows = articles.Sum(a => a.Countries.Count);
            Console.WriteLine($"{articles.Count} articles, {articles.Sum(a => a.GoldOfficials)} gold officials, {linkRows} link rows ({articles.Sum(a => a.Links.Count(l => l.Row.Label))} positive), {countryRows} country rows");

            var cv = OfficialsCrossValidation.Run(articles, options, () => progress.Advance());
            var threshold = cv.ChooseThreshold();
            var cvTable = CrossValidationTable(cv, threshold);
            Console.Write(cvTable);

            var ml = new MLContext(seed: options.Seed);
            var link = OfficialsTrainer.Train(ml, [.. articles.SelectMany(a => a.Links).Select(l => l.Row)], options);
            var country = OfficialsTrainer.Train(ml, [.. articles.SelectMany(a => a.Countries).Select(c => c.Row)], options);
            ml.Model.Save(link, null, Path.Combine(outDir.FullName, OfficialsModel.LinkFileName));
            ml.Model.Save(country, null, Path.Combine(outDir.FullName, OfficialsModel.CountryFileName));
            OfficialsScorerFile.WriteFromZips(outDir.FullName);
            var version = "officials-lbfgs-" + DateTime.UtcNow.ToString("yyyyMMdd", CultureInfo.InvariantCulture);
            new OfficialsModelConfig(version, threshold, cv.CountryModelWins).Write(Path.Combine(outDir.FullName, OfficialsModelConfig.FileName));
            progress.Advance();
            Console.WriteLine($"trained in {clock.Elapsed.TotalSeconds:F1} s → {outDir.FullName}");

            var model = OfficialsModel.Load(outDir.FullName);
            var devSets = goldDirs.Select(d => (Name: d.Name, Files: GoldSetEvaluation.GoldFiles(d), Note: "trained on"))
                .Append(($"agency-dev {parse.GetValue(range)}", GoldSetEvaluation.GoldFiles(agencyDir, tune), "trained on"))
                .Append(($"agency-dev {parse.GetValue(checkRange)}", GoldSetEvaluation.GoldFiles(agencyDir, check), "never trained on"))
                .ToList();
            progress.SetTotal(files.Count + options.Folds + 1 + devSets.Sum(d => d.Item2.Count));
            var devTable = DevSetTable(devSets, model, () => progress.Advance(), ct);
            Console.Write(devTable);
            var commandLine = "newsextract " + string.Join(' ', parse.Tokens.Select(t => t.Value));
            File.WriteAllText(Path.Combine(outDir.FullName, "MODEL_CARD.md"),
                ModelCard(version, commandLine.Trim(), options, articles, linkRows, countryRows, titleWords, countries, cvTable, devTable, threshold, cv.CountryModelWins), new UTF8Encoding(false));
            return 0;
        });
        return command;
    }

    private static List<GoldOfficial> ReadOfficials(JsonElement annotation)
    {
        var list = new List<GoldOfficial>();
        if (!annotation.TryGetProperty("officials", out var officials) || officials.ValueKind != JsonValueKind.Array) return list;
        static string? Text(JsonElement o, string name) => o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
        foreach (var o in officials.EnumerateArray())
        {
            var mentions = new List<(int, int)>();
            if (o.TryGetProperty("mentions", out var ms) && ms.ValueKind == JsonValueKind.Array)
                foreach (var m in ms.EnumerateArray())
                    if (m.TryGetProperty("start", out var s) && m.TryGetProperty("end", out var e)) mentions.Add((s.GetInt32(), e.GetInt32()));
            if (Text(o, "name") is { Length: > 0 } name) list.Add(new GoldOfficial(name, Text(o, "title"), Text(o, "country"), mentions));
        }
        return list;
    }

    private static string CrossValidationTable(OfficialsCrossValidation cv, float chosen)
    {
        var sb = new StringBuilder();
        sb.AppendLine("threshold  P      R      F1     (people made officials, out-of-fold; recall over all gold officials)");
        foreach (var t in new[] { 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, chosen }.Distinct().Order())
        {
            var s = cv.LinkScore(t);
            sb.AppendLine(CultureInfo.InvariantCulture, $"{t,9:F2}  {s.P:F3}  {s.R:F3}  {s.F1:F3}{(t == chosen ? "  ← chosen" : "")}");
        }
        var all = cv.LinkScore(0f);
        sb.AppendLine(CultureInfo.InvariantCulture, $"every candidate accepted (the rules alone): P {all.P:F3} R {all.R:F3} F1 {all.F1:F3}");
        sb.AppendLine(CultureInfo.InvariantCulture, $"state served, officials matched to gold ones whose title names no state: model {(double)cv.CountryCorrect / Math.Max(1, cv.CountryOfficials):F3} ({cv.CountryCorrect}/{cv.CountryOfficials}), rule (home state unless international or aimed abroad) {(double)cv.CountryRuleCorrect / Math.Max(1, cv.CountryOfficials):F3} → {(cv.CountryModelWins ? "the model decides" : "the rule decides")}");
        return sb.ToString();
    }

    private static string DevSetTable(List<(string Name, IReadOnlyList<FileInfo> Files, string Note)> sets, OfficialsModel model, Action articleDone, CancellationToken ct)
    {
        var pipeline = DefaultPipeline.Create(new TriggerEventClassifier(), new OfficialRecognizer(model));
        var builder = new RecordBuilder(TimeProvider.System);
        var sb = new StringBuilder();
        sb.AppendLine("| dev set | articles | officials name | name+title | name+country |");
        sb.AppendLine("|---|---|---|---|---|");
        foreach (var (name, files, note) in sets)
        {
            var run = GoldSetEvaluation.Run(files, a =>
            {
                var record = builder.Build(pipeline.Run(a, ct));
                articleDone();
                return record;
            }, null, _ => { }, ct);
            string F(string category) => run.Scorer.Counts.Single(c => c.Category == category).F1.ToString("F3", CultureInfo.InvariantCulture);
            sb.AppendLine(CultureInfo.InvariantCulture, $"| {name} ({note}) | {run.Articles} | {F("officials (name)")} | {F("officials (name+title)")} | {F("officials (name+country)")} |");
        }
        return sb.ToString();
    }

    private static string ModelCard(string version, string commandLine, OfficialsTrainingOptions options, List<OfficialTrainingRows> articles,
        int linkRows, int countryRows, int titleWords, int countries, string cvTable, string devTable, float threshold, bool countryByModel) => $"""
        # Officials model ({version})

        What it does: decides which people the title grammar links to an office are officials, and which state each
        serves. Two L-BFGS logistic regressions over hashed ({options.HashBits} bits) sparse feature tokens:
        - `link.zip` scores a (person mention, title phrase) link that `TitleReader` proposes (`OfficialLinkFeatures`:
          how the title attaches, its words, head and length, how many of its words the world-leaders title list
          knows, the name's shape, whether the recogniser tagged the name, the words around the pair). A person whose
          best link reaches {threshold.ToString("0.00", CultureInfo.InvariantCulture)} (chosen by cross-validation) is an official.
        - The state served, by evidence in order of strength: the state the title names ("of Russia", "Russian …",
          "U.S. …"), else a counterpart introduced with a state ("his Georgian counterpart X"), else `country.zip` or
          the rule, whichever scored better out of fold (`countryByModel` in `officials.config.json`; this training:
          {(countryByModel ? "the classifier" : "the rule, so the classifier ships unused until a retraining on more data beats it")}).
          `country.zip` scores each candidate state (`ServedCountryFeatures`: in the sentence of a titled mention and
          where, in the organisation, the article's home state and how it was found, how often and how early the
          article names it) and "none" (international body, company, no state named); the best wins. The rule: the
          article's home state (the filing agency's state when the text names it, from the source name or a dateline
          credit; else the dateline's country, capital or city; else the state named most), none for international
          bodies and offices aimed at another state.
        - World knowledge comes from the shipped world gazetteer (`models/gazetteer`): states, ISO 3166-1 alpha-2 codes
          (the record's `countryCode`), names, adjectives, demonyms and capitals ({countries} states), and the title
          words (words of its office titles). The model's own table, `title-words.tsv` ({titleWords} words), says which
          words several states use as a portfolio; the same command builds it from the CIA directory.
        - Before the grammar reads titles, "people" that are pieces of a title's portfolio list ("African Cooperation"
          in "Minister of Foreign Affairs, African Cooperation and …") are dropped, names cut at a particle ("bin
          Ismaeel" + "al Balushi") or before a hyphenated name completed, initialled ("H. Smith") and surname-only
          mentions joined to the full name, and an unknown "place" given an office read as a person. The grammar
          also reads cabinet lists ("the ministers of economy, energy and finance, A, B and C") and an unmarked
          "his counterpart, President X" serves the other state.
        The title grammar itself (which words make a title, its country and organisation) stays rules.

        Trained on {DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} with seed {options.Seed}, L2 {options.L2.ToString(CultureInfo.InvariantCulture)}:

            {commandLine}

        Retrain with the same command after the entity layer (NER model, span rules) changes: the candidates come from it.

        Data and licences:
        - `corpus/gold` (written for this project) and the tune part of `../shared/data/agency-dev` (real agency copy,
          annotations made for this project; texts third-party, used for training only, none shipped): {articles.Count}
          articles, {articles.Sum(a => a.GoldOfficials)} gold officials, {linkRows} link rows, {countryRows} country rows.
          The zips hold hashed feature weights only, no text.
        - CIA world-leaders directory 2019 (public domain): office titles, for `title-words.tsv`.
        - The world gazetteer (`models/gazetteer`, see its card for sources and licences): states and title words.

        Cross-validation ({options.Folds} folds by article, seed {options.Seed}):

        ```
        {cvTable.TrimEnd()}
        ```

        Record scores with this model (`evaluate records`; officials matched by name, then by mention overlap). The
        trained-on sets are optimistic; the agency-dev check part was never trained on:

        {devTable.TrimEnd()}

        Known limits: the link model can only accept what the title grammar proposes, so officials whose title the
        grammar misses (a title in an earlier sentence, "retained the foreign ministry") stay missed; nearly every
        candidate link is right, so the link model has few negatives to learn from and the grammar decides most;
        titles follow the agency-dev convention only in part (a company officer's title there drops "of <company>",
        `corpus/gold` keeps it); the training set is small (one to two hundred officials), so cross-validated scores
        move by a few points with the seed.

        """;
}
