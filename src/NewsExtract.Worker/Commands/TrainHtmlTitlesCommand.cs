using System.CommandLine;
using NewsExtract.Training.Html;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train html-titles --data wcxb:DIR [--seed N] [--folds K] [--trees N] [--out DIR] [--candidates FILE]</c>: trains the
/// HTML title ranker on a benchmark's pages with a true title, cross-validated over sites, and writes
/// <c>html-titles.json</c> and its card <c>html-titles.md</c>; <c>--candidates</c> also writes every candidate with its
/// out-of-fold score (<see cref="TitleCandidateReport"/>).
/// </summary>
public static class TrainHtmlTitlesCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Annotated pages: wcxb:DIR (a WCXB split folder)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (training and fold assignment)", DefaultValueFactory = _ => 7 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over sites", DefaultValueFactory = _ => 5 };
        var trees = new Option<int>("--trees") { Description = "Trees in the ensemble", DefaultValueFactory = _ => 100 };
        var leaves = new Option<int>("--leaves") { Description = "Leaves per tree", DefaultValueFactory = _ => new TitleTrainingOptions().Leaves };
        var minLeaf = new Option<int>("--min-leaf") { Description = "Fewest candidates in a leaf", DefaultValueFactory = _ => new TitleTrainingOptions().MinExamplesPerLeaf };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for html-titles.json and html-titles.md", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "html-titles")) };
        var ranking = new Option<bool>("--ranking") { Description = "Learn to rank each page's candidates (LambdaRank) instead of judging each alone" };
        var candidates = new Option<FileInfo?>("--candidates") { Description = "Also write every page's candidates with their out-of-fold scores (TSV, wrongly titled pages first)" };
        var command = new Command("html-titles", "Train the HTML title ranker (which candidate is the headline) with folds over sites") { data, seed, folds, trees, leaves, minLeaf, output, ranking, candidates };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(data)!, parse.GetValue(seed), parse.GetValue(folds), parse.GetValue(trees), parse.GetValue(leaves), parse.GetValue(minLeaf), parse.GetValue(output)!, parse.GetValue(ranking), parse.GetValue(candidates), ct)));
        return command;
    }

    private static int Run(string spec, int seed, int folds, int trees, int leaves, int minLeaf, DirectoryInfo output, bool ranking, FileInfo? candidateReport, CancellationToken ct)
    {
        if (WcxbTrainingPages.Read("train html-titles", spec, folds, "pages annotated with their title") is not { } pages)
            return 2;
        var options = new TitleTrainingOptions { Seed = seed, Folds = folds, Trees = trees, Leaves = leaves, MinExamplesPerLeaf = minLeaf, Ranking = ranking };
        var trainer = new TitleRankerTrainer(options, m => Console.Error.WriteLine(m));
        var labelled = trainer.Label(pages, ct);
        if (labelled.Count == 0 || labelled.All(p => !p.Labels.Any(l => l)))
        {
            Console.Error.WriteLine("newsextract train html-titles: no page with a title among its candidates to learn from");
            return 2;
        }
        Console.Error.WriteLine($"{labelled.Count} pages, {labelled.Sum(p => p.Candidates.Count)} candidates");
        var cv = trainer.CrossValidate(labelled, ct);
        if (candidateReport is not null)
            TitleCandidateReport.Write(candidateReport.FullName, labelled, cv, trainer.FoldOf);
        var model = trainer.Train(labelled, out var importance);
        output.Create();
        model.Save(Path.Combine(output.FullName, "html-titles.json"));
        var command = $"newsextract train html-titles --data {spec} --seed {seed} --folds {folds} --trees {trees} --leaves {leaves} --min-leaf {minLeaf}" + (ranking ? " --ranking" : "");
        var card = TitleModelCard.Write(command, options, labelled.Count, labelled.Select(p => p.Page.Domain).Distinct().Count(),
            labelled.Sum(p => (long)p.Candidates.Count), cv, importance, DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(output.FullName, "html-titles.md"), card);
        Console.WriteLine(card);
        return 0;
    }
}
