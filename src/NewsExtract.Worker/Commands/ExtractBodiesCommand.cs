using System.CommandLine;
using System.Globalization;
using NewsExtract.Ingestion.Html;
using NewsExtract.Ingestion.Html.Benchmark;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract extract-bodies DIR --out FILE.json [--truth GT.json] [--per-page FILE.tsv]</c>: the article body of
/// every <c>*.html</c> in a folder, in the article-extraction benchmark's output shape, optionally scored.
/// </summary>
public static class ExtractBodiesCommand
{
    public static Command Create()
    {
        var dir = new Argument<DirectoryInfo>("dir") { Description = "Folder of *.html pages (id = file name without extension)" };
        var output = new Option<FileInfo>("--out") { Description = "Where to write { \"<id>\": { \"articleBody\": ... } }", Required = true };
        var truth = new Option<FileInfo?>("--truth") { Description = "Ground truth in the same shape: print precision, recall, F1 and accuracy" };
        var perPage = new Option<FileInfo?>("--per-page") { Description = "With --truth: write per-page precision/recall here (TSV, worst first)" };
        var command = new Command("extract-bodies", "Extract article bodies from a folder of HTML pages (benchmark output shape)")
        {
            dir, output, truth, perPage,
        };
        command.SetAction((parse, ct) => Task.FromResult(Run(parse.GetValue(dir)!, parse.GetValue(output)!, parse.GetValue(truth), parse.GetValue(perPage), ct)));
        return command;
    }

    private static int Run(DirectoryInfo dir, FileInfo output, FileInfo? truthFile, FileInfo? perPageFile, CancellationToken ct)
    {
        if (!dir.Exists)
        {
            Console.Error.WriteLine($"No such folder: {dir.FullName}");
            return 2;
        }
        if (truthFile is { Exists: false })
        {
            Console.Error.WriteLine($"No such ground-truth file: {truthFile.FullName}");
            return 2;
        }
        var extractor = new HtmlArticleExtractor();
        var bodies = new Dictionary<string, string>(StringComparer.Ordinal);
        var failures = 0;
        foreach (var file in dir.EnumerateFiles("*.html").OrderBy(f => f.Name, StringComparer.Ordinal))
        {
            ct.ThrowIfCancellationRequested();
            var id = Path.GetFileNameWithoutExtension(file.Name);
            try
            {
                bodies[id] = extractor.Extract(File.ReadAllText(file.FullName)).Text;
            }
            catch (Exception e) when (e is IOException or ArgumentException or InvalidOperationException or FormatException or UnauthorizedAccessException)
            {
                failures++;
                bodies[id] = "";
                Console.Error.WriteLine($"{file.Name}: {e.Message}");
            }
        }
        BenchmarkFiles.WriteBodies(output.FullName, bodies);
        Console.Out.WriteLine($"{bodies.Count} pages → {output.FullName}" + (failures > 0 ? $" ({failures} failed)" : ""));
        if (truthFile is null)
            return 0;

        Dictionary<string, string> truth;
        try
        {
            truth = BenchmarkFiles.ReadBodies(truthFile.FullName);
        }
        catch (InvalidDataException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }
        var (pages, result) = BenchmarkFiles.Score(truth, bodies);
        var missing = truth.Keys.Count(k => !bodies.ContainsKey(k));
        Console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"pages {result.Pages} (missing {missing})  F1 {result.F1:F3}  precision {result.Precision:F3}  recall {result.Recall:F3}  accuracy {result.Accuracy:F3}"));
        if (perPageFile is not null)
        {
            using var writer = new StreamWriter(perPageFile.FullName);
            writer.WriteLine("id\tprecision\trecall\texact");
            foreach (var (id, s) in pages.OrderBy(p => p.Score.Recall).ThenBy(p => p.Score.Precision ?? 0))
                writer.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{id}\t{s.Precision:F4}\t{s.Recall:F4}\t{(s.Exact ? 1 : 0)}"));
        }
        return 0;
    }
}
