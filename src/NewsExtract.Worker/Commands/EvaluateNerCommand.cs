using System.CommandLine;
using NewsExtract.Extraction.EntityRecognition;
using NewsExtract.Extraction.Language;
using NewsExtract.Training.Corpora;
using NewsExtract.Training.Evaluation;
using NewsExtract.Training.Ner;
using NewsExtract.Worker.Progress;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract evaluate ner --data FORMAT:PATH [--model MODEL.zip] [--types T,…|per-org-loc] [--json] [--errors FILE] [--transition-weight W] [--no-register]</c>:
/// conlleval-style entity scores (exact span and type) of a model — by default the shipped one — with the corpus's types
/// mapped to the model's. Documents are tagged as the product tags them: a corpus named with <c>#DOMAIN</c> in that
/// domain; any other in the web domain when the register detector judges it web writing, else with the shared weights.
/// </summary>
public static class EvaluateNerCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Gold corpus FORMAT:PATH[@FROM-TO] (conll, gmb, meantime, re3d, gold, uner)", Required = true };
        var model = new Option<FileInfo?>("--model") { Description = "Model zip (default: the shipped models/ner model)" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table" };
        var types = new Option<string?>("--types") { Description = "Score only these types, comma-separated, in the model's scheme (PERSON,ORGANIZATION,LOCATION; PER,ORG,LOC for a conll model); 'per-org-loc' names those three in either scheme" };
        var errors = new Option<FileInfo?>("--errors") { Description = "Write every wrong entity (MISS, FALSE, TYPE) with its sentence to this file, one per line" };
        var transitionWeight = new Option<float?>("--transition-weight") { Description = "Decode with this transition weight instead of the model's own (0: IOB2 constraints only)" };
        var sharedOnly = new Option<bool>("--no-register") { Description = "Tag every document without a #DOMAIN with the shared weights, instead of as the product does (web writing, as the register detector judges it, in the model's web domain)" };
        var command = new Command("ner", "Score a named-entity model") { data, model, json, types, errors, transitionWeight, sharedOnly };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                string path = parse.GetValue(model)?.FullName ?? NerModel.FindDefault()
                    ?? throw new FileNotFoundException($"No --model given and no shipped models/ner/{NerModel.DefaultFileName} found.");
                var nerModel = NerModel.Load(path);
                if (parse.GetValue(transitionWeight) is { } weight) nerModel = nerModel.WithTransitionWeight(weight);
                var spec = CorpusSpec.Parse(parse.GetValue(data)!);
                var documents = spec.Load(TypeScheme.ByName(nerModel.Info.Scheme));
                var scheme = TypeScheme.ByName(nerModel.Info.Scheme);
                var onlyTypes = parse.GetValue(types) is { } list ? ParseTypes(list, scheme) : null;
                using var errorFile = parse.GetValue(errors) is { } errorPath ? new StreamWriter(errorPath.FullName) : null;
                var registers = parse.GetValue(sharedOnly) ? null : new TextRegisterDetector();
                EntityEvaluator scores;
                await using (var progress = ProgressReporter.Start("evaluate ner", "documents", documents.Count))
                    scores = NerEvaluation.Evaluate(nerModel, documents, onlyTypes, errorFile is null ? null : new EntityErrorWriter(errorFile, onlyTypes), () => progress.Advance(), registers);
                Console.Out.Write(parse.GetValue(json) ? ScoreReport.Json(scores) + Environment.NewLine : ScoreReport.Table(scores));
                return 0;
            }
            catch (Exception e) when (e is FormatException or FileNotFoundException or InvalidDataException or ArgumentException or DirectoryNotFoundException or InvalidOperationException)
            {
                Console.Error.WriteLine($"evaluate ner: {e.Message}");
                return 2;
            }
        });
        return command;
    }

    /// <summary>The types to score: the names given, each a type of the scheme; "per-org-loc" stands for the scheme's three.</summary>
    internal static HashSet<string> ParseTypes(string list, TypeScheme scheme)
    {
        var names = list.Trim().Equals("per-org-loc", StringComparison.OrdinalIgnoreCase)
            ? [scheme.Map(CorpusFormat.Conll, "PER")!, scheme.Map(CorpusFormat.Conll, "ORG")!, scheme.Map(CorpusFormat.Conll, "LOC")!]
            : list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var unknown = names.Where(n => !scheme.Types.Contains(n)).ToList();
        if (unknown.Count > 0)
            throw new ArgumentException($"--types: {string.Join(", ", unknown)} not in the {scheme.Name} scheme ({string.Join(", ", scheme.Types)})");
        return [.. names];
    }
}
