using System.CommandLine;
using NewsExtract.Training.Html;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train html-blocks --data wcxb:DIR [--seed N] [--folds K] [--trees N] [--out DIR]</c>: trains the
/// HTML block classifier on a benchmark's annotated pages, cross-validated over sites, and writes
/// <c>html-blocks.json</c> and its card <c>html-blocks.md</c>.
/// </summary>
public static class TrainHtmlBlocksCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Annotated pages: wcxb:DIR (a WCXB split folder)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (training and fold assignment)", DefaultValueFactory = _ => 7 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over sites", DefaultValueFactory = _ => 5 };
        var trees = new Option<int>("--trees") { Description = "Trees in the ensemble", DefaultValueFactory = _ => 200 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for html-blocks.json and html-blocks.md", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "html-blocks")) };
        var scoresOut = new Option<FileInfo?>("--scores") { Description = "Also write every block's out-of-fold score (TSV, with the block's text: for error analysis, not for the repository)" };
        var scoresIn = new Option<FileInfo?>("--from-scores") { Description = "Re-score the decoding from out-of-fold scores written by --scores on the same pages, without training (writes no model)" };
        var command = new Command("html-blocks", "Train the HTML block classifier (main content or not) with folds over sites") { data, seed, folds, trees, output, scoresOut, scoresIn };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(data)!, parse.GetValue(seed), parse.GetValue(folds), parse.GetValue(trees), parse.GetValue(output)!,
            parse.GetValue(scoresOut)?.FullName, parse.GetValue(scoresIn)?.FullName, ct)));
        return command;
    }

    private static int Run(string spec, int seed, int folds, int trees, DirectoryInfo output, string? scoresOut, string? scoresIn, CancellationToken ct)
    {
        if (WcxbTrainingPages.Read("train html-blocks", spec, folds, "pages annotated with their main text and page type") is not { } pages)
            return 2;
        var options = new BlockTrainingOptions { Seed = seed, Folds = folds, Trees = trees, ScoresOut = scoresOut, ScoresIn = scoresIn };
        var trainer = new BlockClassifierTrainer(options, m => Console.Error.WriteLine(m));
        var labelled = trainer.Label(pages, ct);
        if (labelled.Count == 0)
        {
            Console.Error.WriteLine("newsextract train html-blocks: no page with a main text to learn from");
            return 2;
        }
        Console.Error.WriteLine($"{labelled.Count} pages, {labelled.Sum(p => p.Labels.Length)} blocks");
        var cv = trainer.CrossValidate(labelled, ct);
        if (scoresIn is not null)
        {
            Console.WriteLine(BlockModelCard.Scores(cv));
            return 0;
        }
        var model = trainer.Train(labelled, cv.Threshold, out var importance);
        output.Create();
        model.Save(Path.Combine(output.FullName, "html-blocks.json"));
        var command = $"newsextract train html-blocks --data {spec} --seed {seed} --folds {folds} --trees {trees}";
        var card = BlockModelCard.Write(command, options, labelled.Count, labelled.Select(p => p.Page.Domain).Distinct().Count(),
            labelled.Sum(p => (long)p.Labels.Length), labelled.Sum(p => (long)p.Labels.Count(l => l)), cv, importance, DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(output.FullName, "html-blocks.md"), card);
        Console.WriteLine(card);
        return 0;
    }
}
