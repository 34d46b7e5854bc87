using System.CommandLine;
using System.Text;
using NewsExtract.Core.Articles;
using NewsExtract.Core.Records;
using NewsExtract.Extraction;
using NewsExtract.Extraction.Language;
using NewsExtract.Extraction.Records;
using NewsExtract.Ingestion.Files;
using NewsExtract.Storage.Files;
using NewsExtract.Worker.Processing;
using NewsExtract.Worker.Progress;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract extract PATH… [--out FILE]</c>: one record per article file (.txt, .json, .html; folders
/// recursively) as JSON Lines to FILE (written atomically: complete or not at all) or to stdout. Each file that
/// cannot be read gets one line on stderr; the others are still processed; the exit code is 1 if any failed.
/// Articles are extracted on <c>--threads</c> threads (default one per core) and written in input order; a text
/// longer than <c>--max-chars</c> is cut at a paragraph break, with a warning on stderr. Progress goes to stderr
/// (<see cref="ProgressReporter"/>).
/// <c>--title</c>, <c>--published</c> and <c>--url</c> describe a single <c>.txt</c> article; <c>--register news|web</c>
/// states the kind of writing of every file instead of letting the register detector judge each.
/// </summary>
public static class ExtractCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("path") { Arity = ArgumentArity.OneOrMore, Description = "Article files (.txt, .json, .html) or folders (searched recursively)" };
        var output = new Option<FileInfo?>("--out") { Description = "Write the records here (atomically) instead of stdout" };
        var source = new Option<string>("--source") { Description = "Source name for articles that do not name one", DefaultValueFactory = _ => "local" };
        var threads = new Option<int>("--threads") { Description = "Extraction threads (default: one per core)", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxChars = new Option<int>("--max-chars") { Description = "Cut longer article texts (at a paragraph break) to this many characters, with a warning", DefaultValueFactory = _ => ArticleSizeCap.DefaultMaxChars };
        var title = new Option<string?>("--title") { Description = "Title of a .txt article" };
        var published = new Option<string?>("--published") { Description = "Publication date of a .txt article (ISO 8601), against which relative dates resolve" };
        var url = new Option<string?>("--url") { Description = "Canonical URL of a .txt article (the record id derives from it)" };
        var register = new Option<string?>("--register") { Description = "The kind of writing the files are: news or web (forum posts, reviews, e-mail); default: the register detector judges each" };
        register.AcceptOnlyFromAmong(TextRegisters.News, TextRegisters.Web);
        var command = new Command("extract", "Extract records from article files") { paths, output, source, threads, maxChars, title, published, url, register };
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

            // Read and extract in parallel; a file that cannot be read yields its error instead of a line.
            (string? Line, string? Error) Extract(ArticleFile file)
            {
                try
                {
                    var read = details.ApplyTo(reader.Read(file), file.FullPath);
                    if (parse.GetValue(register) is { } stated) read = read with { Register = stated };
                    var article = ArticleSizeCap.Apply(read, Math.Max(1, parse.GetValue(maxChars)), out bool truncated);
                    if (truncated)
                        Console.Error.WriteLine($"newsextract extract: warning: {file.FullPath}: {read.Text.Length:N0} characters, more than --max-chars; only the first {article.Text.Length:N0} were extracted");
                    return (RecordSerializer.ToJsonLine(builder.Build(pipeline.Run(article, ct))), null);
                }
                catch (ArticleReadException ex)
                {
                    return (null, ex.Message);
                }
            }

            await using var progress = ProgressReporter.Start("extract", "articles", files.Count);

            async IAsyncEnumerable<string> Records()
            {
                await foreach (var (line, error) in OrderedParallel.SelectAsync(files, Extract, Math.Max(1, parse.GetValue(threads)), ct))
                {
                    progress.Advance();
                    if (line is not null)
                    {
                        yield return line;
                        continue;
                    }
                    failures++;
                    Console.Error.WriteLine($"newsextract extract: {error}");
                }
            }

            if (parse.GetValue(output) is { } outFile)
            {
                // A run where every input fails leaves no file (not an empty one) and says so.
                var written = await AtomicFile.WriteIfAsync(outFile.FullName, async (stream, token) =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                    int count = 0;
                    await foreach (var line in Records())
                    {
                        await writer.WriteLineAsync(line.AsMemory(), token);
                        count++;
                    }
                    return count > 0;
                }, ct);
                if (!written) Console.Error.WriteLine($"newsextract extract: no record extracted; {outFile.FullName} was not written");
            }
            else
            {
                var stdout = Console.Out;
                await foreach (var line in Records())
                    await stdout.WriteLineAsync(line);
                await stdout.FlushAsync(ct);
            }
            return failures == 0 ? 0 : 1;
        });
        return command;
    }
}
