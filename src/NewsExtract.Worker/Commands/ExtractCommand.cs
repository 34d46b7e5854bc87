using System.CommandLine;
using System.Text;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Records;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Files;
using NewsExtract.Storage.Files;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract extract PATH… [--out FILE]</c>: one record per article file (.txt, .json, .html; folders
/// recursively) as JSON Lines to FILE (written atomically: complete or not at all) or to stdout. Each file that
/// cannot be read gets one line on stderr; the others are still processed; the exit code is 1 if any failed.
/// <c>--title</c>, <c>--published</c> and <c>--url</c> describe a single <c>.txt</c> article.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Article files (.txt, .json, .html) or folders (searched recursively)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the records here (atomically) instead of stdout" };
        var source = new Option<string>("--source") { Description = "Source name for articles that do not name one", DefaultValueFactory = _ => "local" };
        var title = new Option<string?>("--title") { Description = "Title of a .txt article" };
        var published = new Option<string?>("--published") { Description = "Publication date of a .txt article (ISO 8601), against which relative dates resolve" };
        var url = new Option<string?>("--url") { Description = "Canonical URL of a .txt article (the record id derives from it)" };
        var command = new Command("extract", "Extract records from article files") { paths, output, source, title, published, url };
        command.SetAction(async (parse, ct) =>
        {
            PlainTextDetails details;
            try
            {
                details = PlainTextDetails.Parse(parse.GetValue(title), parse.GetValue(published), parse.GetValue(url));
            }
            catch (FormatException ex)
            {
                Console.Error.WriteLine($"newsextract extract: {ex.Message}");
                return 2;
            }
            int failures = 0;
            var files = ArticleFileFinder.Find(parse.GetValue(paths)!, missing =>
            {
                failures++;
                Console.Error.WriteLine($"newsextract extract: {missing}: no such file or folder");
            });
            if (!details.IsEmpty && files.Count(f => string.Equals(Path.GetExtension(f.FullPath), ".txt", StringComparison.OrdinalIgnoreCase)) > 1)
            {
                Console.Error.WriteLine("newsextract extract: --title, --published and --url describe one article: give a single .txt file with them.");
                return 2;
            }
            var reader = new ArticleFileReader(parse.GetValue(source)!);
            var pipeline = DefaultPipeline.Create();
            var builder = new RecordBuilder(TimeProvider.System);

            IEnumerable<string> Records()
            {
                foreach (var file in files)
                {
                    ct.ThrowIfCancellationRequested();
                    string line;
                    try
                    {
                        var article = details.ApplyTo(reader.Read(file), file.FullPath);
                        line = RecordSerializer.ToJsonLine(builder.Build(pipeline.Run(article, ct)));
                    }
                    catch (ArticleReadException ex)
                    {
                        failures++;
                        Console.Error.WriteLine($"newsextract extract: {ex.Message}");
                        continue;
                    }
                    yield return line;
                }
            }

            if (parse.GetValue(output) is { } outFile)
            {
                await AtomicFile.WriteAsync(outFile.FullName, async (stream, token) =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                    foreach (var line in Records())
                        await writer.WriteLineAsync(line.AsMemory(), token);
                }, ct);
            }
            else
            {
                var stdout = Console.Out;
                foreach (var line in Records())
                    await stdout.WriteLineAsync(line);
                await stdout.FlushAsync(ct);
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
