using System.CommandLine;
using System.Text;
using NewsExtract.Review.Export;
using NewsExtract.Storage.Files;
using NewsExtract.Storage.Review;
using NewsExtract.Worker.Hosting;
using NewsExtract.Worker.Reviews;

namespace NewsExtract.Worker.Commands;

/// <summary>
/// <c>newsextract export reviews --format jsonl|conll [--out FILE] [--db PATH] [--reviewed] [--completed-only]</c>:
/// reviewed articles as JSON Lines with character offsets, states and decisions (or, with --reviewed, the reviewed
/// records in the public schema), or as CoNLL-2003 IOB tokens for NER training — without the articles of the
/// evaluation sets (corpus/gold, the shared agency-dev set), which must never become training data. Writes FILE
/// atomically, else stdout.
/// </summary>
public static class ExportCommand
{
    public static Command Create()
    {
        var export = new Command("export", "Export data the product holds");
        export.Subcommands.Add(Reviews());
        return export;
    }

    private static Command Reviews()
    {
        var format = new Option<string>("--format") { Description = "jsonl (offsets, states, decisions) or conll (IOB tokens)", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "conll");
        var output = new Option<FileInfo?>("--out") { Description = "Write here (atomically) instead of stdout" };
        var db = new Option<FileInfo>("--db") { Description = "The worker's state database", DefaultValueFactory = _ => new FileInfo(Path.Combine("out", "state.db")) };
        var reviewed = new Option<bool>("--reviewed") { Description = "jsonl only: write each reviewed record (decisions applied) in the public record schema" };
        var completedOnly = new Option<bool>("--completed-only") { Description = "Only articles an analyst marked as completely reviewed" };
        var command = new Command("reviews", "Export analysts' reviews: corrected extractions as training data or reviewed records")
        {
            format, output, db, reviewed, completedOnly,
        };
        command.SetAction(async (parse, ct) =>
        {
            var database = parse.GetValue(db)!;
            var kind = parse.GetValue(format)!;
            var asRecords = parse.GetValue(reviewed);
            var postgres = ReviewStoreSelection.PostgresConnectionString(out var settingsError);
            if (settingsError is not null)
            {
                await Console.Error.WriteLineAsync($"newsextract export reviews: {settingsError}");
                return 2;
            }
            if (postgres is null && !database.Exists)
            {
                await Console.Error.WriteLineAsync($"newsextract export reviews: no state database at {database.FullName} (--db).");
                return 2;
            }
            if (asRecords && kind != "jsonl")
            {
                await Console.Error.WriteLineAsync("newsextract export reviews: --reviewed writes records, which only the jsonl format carries.");
                return 2;
            }
            using var storage = postgres is null ? ReviewStorage.Sqlite(database.FullName) : ReviewStorage.Postgres(postgres);
            IEnumerable<ReviewedArticle> articles = ReviewedArticles.Load(storage, parse.GetValue(completedOnly));
            if (kind == "conll")
            {
                var (kept, leftOut) = EvaluationArticles.Load(EvaluationArticles.DefaultFolders).Without(articles);
                articles = kept;
                if (leftOut > 0)
                    await Console.Error.WriteLineAsync($"newsextract export reviews: {leftOut} reviewed article{(leftOut == 1 ? " is an evaluation article" : "s are evaluation articles")} (corpus/gold, agency-dev), left out of the training data.");
            }
            Task<int> Write(TextWriter writer, CancellationToken token) => kind == "conll"
                ? ConllReviewWriter.WriteAsync(writer, articles, token, PipelineSentences.Split)
                : JsonlReviewWriter.WriteAsync(writer, articles, asRecords, token);

            int count = 0;
            if (parse.GetValue(output) is { } file)
            {
                await AtomicFile.WriteAsync(file.FullName, async (stream, token) =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(false), leaveOpen: true) { NewLine = "\n" };
                    count = await Write(writer, token);
                }, ct);
                await Console.Error.WriteLineAsync($"newsextract export reviews: {count} reviewed articles written to {file.FullName} ({kind}{(asRecords ? ", reviewed records" : "")}).");
            }
            else
            {
                count = await Write(Console.Out, ct);
                await Console.Out.FlushAsync(ct);
            }
            return 0;
        });
        return command;
    }
}
