using System.CommandLine;
using System.Diagnostics;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;
using NewsExtract.Training.Ner;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train ner --train FORMAT:PATH [--train …] [--dev FORMAT:PATH] --out MODEL.zip [--config FILE]</c>:
/// trains a named-entity model, prints progress with an ETA, writes MODEL.zip, MODEL.md (model card) and
/// MODEL.config.json (the effective configuration).
/// </summary>
public static class TrainNerCommand
{
    public static Command Create()
    {
        var train = new Option<string[]>("--train") { Description = "Training corpus FORMAT:PATH[@FROM-TO] (conll, gmb, meantime, re3d); repeatable", AllowMultipleArgumentsPerToken = false };
        var dev = new Option<string?>("--dev") { Description = "Development corpus FORMAT:PATH[@FROM-TO] scored into the model card" };
        var output = new Option<FileInfo>("--out") { Description = "Model zip to write", Required = true };
        var config = new Option<FileInfo?>("--config") { Description = "Training configuration (JSON); --train/--dev add to / override it" };
        var command = new Command("ner", "Train a named-entity recogniser") { train, dev, output, config };
        command.SetAction((parse, ct) =>
        {
            try
            {
                return Task.FromResult(Run(parse.GetValue(train) ?? [], parse.GetValue(dev), parse.GetValue(output)!, parse.GetValue(config)));
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or ArgumentException or DirectoryNotFoundException)
            {
                Console.Error.WriteLine($"train ner: {e.Message}");
                return Task.FromResult(2);
            }
        });
        return command;
    }

    private static int Run(string[] trainArgs, string? devArg, FileInfo output, FileInfo? configFile)
    {
        var total = Stopwatch.StartNew();
        var config = configFile is null ? new NerTrainingConfig() : NerTrainingConfig.Load(configFile.FullName);
        config = config with { Train = [.. config.Train, .. trainArgs], Dev = devArg ?? config.Dev };
        if (config.Train.Count == 0) throw new ArgumentException("Give at least one --train FORMAT:PATH (or a config listing them).");
        var scheme = TypeScheme.ByName(config.Scheme);
        var trainSpecs = config.Train.Select(CorpusSpec.Parse).ToList();
        var devSpec = config.Dev is null ? null : CorpusSpec.Parse(config.Dev);

        void Progress(string message) => Console.Error.WriteLine($"[{total.Elapsed:mm\\:ss}] {message}");

        var documents = new List<AnnotatedDocument>();
        foreach (var spec in trainSpecs)
        {
            var loaded = spec.Load(scheme);
            Progress($"read {spec}: {loaded.Count:N0} documents, {loaded.Sum(d => d.TokenCount):N0} tokens");
            documents.AddRange(loaded);
        }
        var trainer = new NerTrainer(config, Progress);
        var model = trainer.Train(documents, config.Train);
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

        string commandLine = "newsextract " + string.Join(' ', Environment.GetCommandLineArgs().Skip(1));
        string card = NerModelCard.Build(model, config, commandLine, trainSpecs, devSpec, devScores, trainingTime, bytes, documents.Sum(d => d.TokenCount));
        string stem = Path.Combine(output.DirectoryName ?? ".", Path.GetFileNameWithoutExtension(output.Name));
        File.WriteAllText(stem + ".md", card);
        File.WriteAllText(stem + ".config.json", config.ToJson() + Environment.NewLine);
        Progress($"wrote {stem}.md and {stem}.config.json; total {total.Elapsed.TotalMinutes:F1} min");
        return 0;
    }
}
