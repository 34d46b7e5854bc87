using System.CommandLine;
using NewsExtract.Extraction.Language;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Register;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train register --config FILE [--out DIR]</c>: trains the register classifier (news copy or web
/// writing) on the corpora its configuration names, cross-validated with a document in one fold, and writes
/// <c>text-register.json</c> and its card <c>text-register.md</c>.
/// </summary>
public static class TrainRegisterCommand
{
    public static Command Create()
    {
        var config = new Option<FileInfo>("--config") { Description = "Training configuration (JSON)", DefaultValueFactory = _ => new FileInfo(Path.Combine("models", "register", "text-register.config.json")) };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for text-register.json and text-register.md", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "register")) };
        var perDocument = new Option<FileInfo?>("--per-document") { Description = "Write each document's web probability (out of fold, or by the final model for the measured-only corpora) to this TSV" };
        var command = new Command("register", "Train the text-register classifier (edited news copy or informal web writing)") { config, output, perDocument };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(config)!, parse.GetValue(output)!, parse.GetValue(perDocument), ct)));
        return command;
    }

    private static int Run(FileInfo configFile, DirectoryInfo output, FileInfo? perDocument, CancellationToken ct)
    {
        try
        {
            var options = TextRegisterTrainingOptions.Load(configFile.FullName);
            var scheme = TypeScheme.ByName("newsextract");
            var examples = new List<TextRegisterExample>();
            foreach (var (specs, isWeb) in new[] { (options.Web, true), (options.News, false) })
                foreach (var spec in specs)
                {
                    ct.ThrowIfCancellationRequested();
                    var measured = TextRegisterTrainer.Measure(CorpusSpec.Parse(spec).Load(scheme), isWeb, spec);
                    Console.Error.WriteLine($"{spec}: {measured.Count} documents");
                    examples.AddRange(measured);
                }
            var trainer = new TextRegisterTrainer(options);
            var probabilities = trainer.CrossValidate(examples);
            double threshold = trainer.ChooseThreshold(examples, probabilities);
            var rates = new List<TextRegisterModelCard.CorpusRate>();
            foreach (var group in Enumerable.Range(0, examples.Count).GroupBy(i => examples[i].Corpus))
                rates.Add(new(group.Key, examples[group.First()].IsWeb, group.Count(), group.Count(i => probabilities[i] >= threshold) / (double)group.Count(), OutOfFold: true));
            using var list = perDocument is null ? null : new StreamWriter(perDocument.FullName);
            list?.WriteLine("corpus\tdocument\tclass\tprobability\thow");
            for (int i = 0; i < examples.Count; i++)
                list?.WriteLine($"{examples[i].Corpus}\t{examples[i].DocumentId}\t{(examples[i].IsWeb ? "web" : "news")}\t{probabilities[i]:F4}\tout of fold");
            var date = DateTimeOffset.UtcNow;
            var model = trainer.Train(examples, threshold, $"{options.Version}-{date:yyyyMMdd}");
            foreach (var spec in options.AlsoMeasure)
            {
                var measured = TextRegisterTrainer.Measure(CorpusSpec.Parse(spec).Load(scheme), isWeb: false, spec);
                foreach (var e in measured)
                    list?.WriteLine($"{spec}\t{e.DocumentId}\t—\t{model.Probability(e.Features):F4}\tfinal model");
                double web = measured.Count == 0 ? 0 : measured.Count(e => model.Judge(e.Features) == TextRegisters.Web) / (double)measured.Count;
                rates.Add(new(spec, null, measured.Count, web, OutOfFold: false));
            }
            output.Create();
            model.Save(Path.Combine(output.FullName, TextRegisterModel.DefaultFileName));
            string command = $"newsextract train register --config {Path.GetRelativePath(Directory.GetCurrentDirectory(), configFile.FullName)}";
            var card = TextRegisterModelCard.Write(model, options, command, rates, date);
            File.WriteAllText(Path.Combine(output.FullName, "text-register.md"), card);
            Console.WriteLine(card);
            return 0;
        }
        catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or DirectoryNotFoundException or InvalidOperationException)
        {
            Console.Error.WriteLine($"newsextract train register: {e.Message}");
            return 2;
        }
    }
}
