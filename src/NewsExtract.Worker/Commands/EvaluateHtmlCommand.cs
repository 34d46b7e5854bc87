using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract evaluate html --data aeb:DIR|wcxb:DIR [--json] [--per-page FILE] [--folds K]</c>: runs the HTML
/// article extractor over a benchmark and prints body F1 in that benchmark's metric, per page type (and per fold over
/// sites), and the share of right titles, publication days and authors where the benchmark has them.
/// </summary>
public static class EvaluateHtmlCommand
{
    public static Command Create()
    {
        var data = new Option<string>("--data") { Description = "The benchmark: aeb:DIR (article-extraction benchmark) or wcxb:DIR (a WCXB split folder)", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the scores as JSON" };
        var perPage = new Option<FileInfo?>("--per-page") { Description = "Write each page's scores and extracted metadata here (TSV, worst body first)" };
        var folds = new Option<int>("--folds") { Description = "Also score K folds over sites (every site's pages in one fold, as the HTML trainers split them); 0 for none", DefaultValueFactory = _ => 0 };
        var command = new Command("html", "Score HTML article extraction (body, title, date, author) on a benchmark") { data, json, perPage, folds };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(data)!, parse.GetValue(json), parse.GetValue(perPage), parse.GetValue(folds), ct)));
        return command;
    }

    private static int Run(string spec, bool asJson, FileInfo? perPageFile, int folds, CancellationToken ct)
    {
        if (folds is < 0 or 1)
        {
            Console.Error.WriteLine("newsextract evaluate html: --folds must be 0 (none) or at least 2");
            return 2;
        }
        IReadOnlyList<BenchmarkPage> pages;
        BenchmarkKind kind;
        try
        {
            (kind, var folder) = BenchmarkCorpus.ParseSpec(spec);
            if (!Directory.Exists(folder))
            {
                Console.Error.WriteLine($"newsextract evaluate html: {Path.GetFullPath(folder)}: no such folder");
                return 2;
            }
            pages = BenchmarkCorpus.Read(kind, folder);
        }
        catch (Exception e) when (e is ArgumentException or InvalidDataException or IOException)
        {
            Console.Error.WriteLine($"newsextract evaluate html: {e.Message}");
            return 2;
        }
        if (pages.Count == 0)
        {
            Console.Error.WriteLine($"newsextract evaluate html: no pages in {spec}");
            return 2;
        }

        var evaluator = new HtmlBenchmarkEvaluator(kind);
        var results = new List<PageEvaluation>(pages.Count);
        var watch = Stopwatch.StartNew();
        foreach (var page in pages)
        {
            ct.ThrowIfCancellationRequested();
            var result = evaluator.Evaluate(page);
            if (result.Error is not null)
                Console.Error.WriteLine($"newsextract evaluate html: {page.Id}: {result.Error}");
            results.Add(result);
        }
        watch.Stop();
        var groups = HtmlBenchmarkEvaluator.Summarize(results);
        if (folds > 0)
            groups = [.. groups, .. HtmlBenchmarkEvaluator.SummarizeFolds(results, folds)];
        if (perPageFile is not null)
            WritePerPage(perPageFile, results);
        var metric = kind == BenchmarkKind.Aeb ? "shingle F1 (F1 of mean P and mean R)" : "word-bag F1 (mean of per-page F1)";
        if (asJson)
            PrintJson(spec, metric, groups, results.Count(r => r.Error is not null), watch.Elapsed.TotalSeconds);
        else
            PrintTable(metric, groups, results.Count(r => r.Error is not null), watch.Elapsed.TotalSeconds);
        return 0;
    }

    private static void PrintTable(string metric, IReadOnlyList<HtmlBenchmarkGroup> groups, int errors, double seconds)
    {
        Console.WriteLine($"body: {metric}; title exact after whitespace/case normalisation; date to the day; author by words");
        Console.WriteLine($"{"pages",-16} {"n",5} {"bodyP",6} {"bodyR",6} {"bodyF1",6}  {"title",-13} {"date",-13} {"author",-13}");
        foreach (var g in groups)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{g.Name,-16} {g.BodyPages,5} {g.BodyPrecision,6:F3} {g.BodyRecall,6:F3} {g.BodyF1,6:F3}  {Field(g.Title),-13} {Field(g.Date),-13} {Field(g.Author),-13}"));
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{errors} pages failed to extract; {seconds:F1} s"));
    }

    private static string Field(FieldAccuracy f) =>
        f.Accuracy is { } a ? string.Create(CultureInfo.InvariantCulture, $"{a:F3} ({f.Pages})") : "—";

    private static void PrintJson(string spec, string metric, IReadOnlyList<HtmlBenchmarkGroup> groups, int errors, double seconds)
    {
        var output = new Dictionary<string, object?>
        {
            ["data"] = spec,
            ["bodyMetric"] = metric,
            ["failed"] = errors,
            ["seconds"] = Math.Round(seconds, 2),
            ["groups"] = groups.Select(g => new Dictionary<string, object?>
            {
                ["name"] = g.Name, ["pages"] = g.Pages, ["bodyPages"] = g.BodyPages,
                ["bodyPrecision"] = Math.Round(g.BodyPrecision, 4), ["bodyRecall"] = Math.Round(g.BodyRecall, 4), ["bodyF1"] = Math.Round(g.BodyF1, 4),
                ["title"] = FieldJson(g.Title), ["date"] = FieldJson(g.Date), ["author"] = FieldJson(g.Author),
            }).ToList(),
        };
        Console.WriteLine(JsonSerializer.Serialize(output, new JsonSerializerOptions { WriteIndented = true }));
    }

    private static Dictionary<string, object?> FieldJson(FieldAccuracy f) => new()
    {
        ["accuracy"] = f.Accuracy is { } a ? Math.Round(a, 4) : null, ["correct"] = f.Correct, ["pages"] = f.Pages,
    };

    private static void WritePerPage(FileInfo file, IEnumerable<PageEvaluation> results)
    {
        using var writer = new StreamWriter(file.FullName);
        writer.WriteLine("id\ttype\tdomain\tbodyF1\tprecision\trecall\ttitleOk\tdateOk\tauthorOk\ttitle\ttruthTitle\tdate\ttruthDate\tauthor\ttruthAuthor\ttitleSource\tdateSource\tauthorSource\terror");
        foreach (var r in results.OrderBy(r => r.BodyF1 ?? 2))
        {
            var (p, rc) = r.WordScore is { } w ? (w.Precision, w.Recall) : r.ShingleScore is { } s ? (s.Precision ?? 0, s.Recall) : (0.0, 0.0);
            writer.WriteLine(string.Join('\t',
                r.Page.Id, r.Page.PageType, r.Page.Domain,
                Num(r.BodyF1), Num(p), Num(rc),
                Flag(r.TitleCorrect), Flag(r.DateCorrect), Flag(r.AuthorCorrect),
                Tsv(r.Title), Tsv(r.Page.Title),
                r.PublishedAt?.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture) ?? "", Tsv(r.Page.PublishDate),
                Tsv(r.Author), Tsv(r.Page.Author), Tsv(r.Sources.Title), Tsv(r.Sources.PublishedAt), Tsv(r.Sources.Author), Tsv(r.Error)));
        }
    }

    private static string Num(double? v) => v is { } x ? x.ToString("F4", CultureInfo.InvariantCulture) : "";

    private static string Flag(bool? v) => v is null ? "" : v.Value ? "1" : "0";

    private static string Tsv(string? s) => s is null ? "" : s.Replace('\t', ' ').Replace('\n', ' ').Replace('\r', ' ');
}
