using System.CommandLine;
using NewsExtract.Training.Html;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract train html-page-kinds --data wcxb:DIR [--seed N] [--folds K] [--trees N] [--articles-kept S] [--out DIR]</c>:
/// trains the page-kind classifier (article or not) on a benchmark's pages with an annotated page type,
/// cross-validated over sites, and writes <c>html-page-kinds.json</c> and its card <c>html-page-kinds.md</c>.
/// </summary>
public static class TrainHtmlPageKindsCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "Annotated pages: wcxb:DIR (a WCXB split folder)", Required = true };
        var seed = new Option<int>("--seed") { Description = "Random seed (training and fold assignment)", DefaultValueFactory = _ => 7 };
        var folds = new Option<int>("--folds") { Description = "Cross-validation folds over sites", DefaultValueFactory = _ => 5 };
        var trees = new Option<int>("--trees") { Description = "Trees in the ensemble", DefaultValueFactory = _ => 100 };
        var kept = new Option<double>("--articles-kept") { Description = "Share of article pages the threshold must keep out of fold", DefaultValueFactory = _ => 0.98 };
        var output = new Option<DirectoryInfo>("--out") { Description = "Folder for html-page-kinds.json and html-page-kinds.md", DefaultValueFactory = _ => new DirectoryInfo(Path.Combine("models", "html-page-kinds")) };
        var command = new Command("html-page-kinds", "Train the HTML page-kind classifier (article or not: listing, forum, product…) with folds over sites") { data, seed, folds, trees, kept, output };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(data)!, parse.GetValue(seed), parse.GetValue(folds), parse.GetValue(trees),
            parse.GetValue(kept), parse.GetValue(output)!, ct)));
        return command;
    }

    private static int Run(string spec, int seed, int folds, int trees, double kept, DirectoryInfo output, CancellationToken ct)
    {
        if (WcxbTrainingPages.Read("train html-page-kinds", spec, folds, "pages annotated with their page type") is not { } pages)
            return 2;
        if (kept is <= 0 or > 1)
        {
            Console.Error.WriteLine("newsextract train html-page-kinds: --articles-kept must be above 0 and at most 1");
            return 2;
        }
        var options = new PageKindTrainingOptions { Seed = seed, Folds = folds, Trees = trees, ArticlesKept = kept };
        var trainer = new PageKindTrainer(options, m => Console.Error.WriteLine(m));
        var labelled = trainer.Label(pages, ct);
        if (!labelled.Any(p => p.IsArticle) || labelled.All(p => p.IsArticle))
        {
            Console.Error.WriteLine("newsextract train html-page-kinds: needs both article pages and other pages to learn from");
            return 2;
        }
        Console.Error.WriteLine($"{labelled.Count} pages, {labelled.Count(p => p.IsArticle)} articles");
        var cv = trainer.CrossValidate(labelled, ct);
        var model = trainer.Train(labelled, cv.Threshold, out var importance);
        output.Create();
        model.Save(Path.Combine(output.FullName, "html-page-kinds.json"));
        var command = $"newsextract train html-page-kinds --data {spec} --seed {seed} --folds {folds} --trees {trees} --articles-kept {kept.ToString(System.Globalization.CultureInfo.InvariantCulture)}";
        var card = PageKindModelCard.Write(command, options, labelled.Count, labelled.Select(p => p.Page.Domain).Distinct().Count(),
            labelled.Count(p => p.IsArticle), cv, importance, DateTimeOffset.UtcNow);
        File.WriteAllText(Path.Combine(output.FullName, "html-page-kinds.md"), card);
        Console.WriteLine(card);
        return 0;
    }
}
